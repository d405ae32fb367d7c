import { bilingual, todayInChina } from '@cadre/core';
import { z } from 'zod';

// Input pieces the schema slice shares; each message is in both languages.

/** A required text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, bilingual('不能为空', 'Required'))
    .max(max, bilingual(`不能超过 ${max} 个字`, `At most ${max} characters`));

/** An optional text; blank counts as none. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, bilingual(`不能超过 ${max} 个字`, `At most ${max} characters`))
    .nullish()
    .transform((value) => value || null);

/** An assessment year (考核年度). */
export const assessmentYear = z
  .number()
  .int(bilingual('年度应为整数', 'A year is a whole number'))
  .min(2000, bilingual('年度不能早于2000年', 'The year cannot be before 2000'))
  .max(2100, bilingual('年度不能晚于2100年', 'The year cannot be after 2100'));

/** A day something happened: not after today in China. */
export const pastDay = z
  .date()
  .refine(
    (day) => day <= todayInChina(),
    bilingual('日期不能晚于今天', 'The date cannot be in the future'),
  );

/** A weight in percent: above 0, at most 100, in hundredths (the set's sum is checked later). */
export const weight = z
  .number()
  .gt(0, bilingual('权重应大于0', 'A weight must be above 0'))
  .max(100, bilingual('权重不能超过100%', 'A weight cannot exceed 100%'))
  .refine(
    (value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
    bilingual('权重最多保留两位小数', 'A weight has at most two decimals'),
  );

/** A score of one item by one subject: 0–100. */
export const score = z
  .number()
  .min(0, bilingual('分数不能小于0', 'A score cannot be below 0'))
  .max(100, bilingual('分数不能超过100', 'A score cannot exceed 100'));
