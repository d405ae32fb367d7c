import { bilingual, InputError, todayInChina } from '@cadre/core';
import { z } from 'zod';
import type { DateConflict } from '../domain/index.ts';

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

/** A day something happened: not after today in China. */
export const pastDay = z
  .date()
  .refine(
    (day) => day <= todayInChina(),
    bilingual('日期不能晚于今天', 'The date cannot be in the future'),
  );

/** A head count or a number of votes. */
export const count = z
  .number()
  .int(bilingual('应为整数', 'Must be a whole number'))
  .min(0, bilingual('不能小于 0', 'Cannot be below 0'))
  .max(100_000);

/** The case version the client saw, for steps that move the case. */
export const expectedVersion = z
  .number()
  .int()
  .min(1, bilingual('版本号从 1 开始', 'Versions start at 1'));

/** The calendar day before `day`. */
export const dayBefore = (day: Date) => new Date(day.getTime() - 86_400_000);

/** Refuses the dates that contradict the case's earlier records, naming each field; none: nothing. */
export function refuseDateConflicts(...conflicts: (DateConflict | null)[]): void {
  const found = conflicts.filter((c): c is DateConflict => c !== null);
  if (found.length > 0) throw InputError.ofFields(found);
}
