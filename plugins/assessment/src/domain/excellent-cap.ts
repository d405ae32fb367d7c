import type { Label } from '@cadre/core';
import type { AnnualGrade } from '@cadre/db/client';

// The 优秀 cap of an assessed group (年度考核 优秀 share: civil servants ≤ 20%, ≤ 25% with approval;
// public institutions 15%, ≤ 20% — DOMAIN §11), as the server's allocation and guards count it and
// as the allocation page shows it while grades are set. No run-time import of `@cadre/core`: the
// pages compute with these very functions.

const EPSILON = 1e-9;

/** A number as explanations show it: at most two decimals, no trailing zeros. */
export const twoDecimals = (value: number): string => String(Number(value.toFixed(2)));

/**
 * How many may be 优秀 in a group of `groupSize` under a cap of `capPercent`: ⌊n × cap / 100⌋.
 * The regulation says 不超过 (not more than), so a fraction of a place is no place: 12 × 20% = 2.4
 * gives 2.
 */
export function excellentLimit(groupSize: number, capPercent: number): number {
  return Math.floor((groupSize * capPercent) / 100 + EPSILON);
}

/** How the limit was counted, for explanations and refusals: `12人×20%=2.4，向下取整为2`. */
export function limitCounting(groupSize: number, capPercent: number): Label {
  const limit = excellentLimit(groupSize, capPercent);
  const exact = (groupSize * capPercent) / 100;
  const rounded = Math.abs(exact - limit) > EPSILON;
  const product = String(Number(exact.toFixed(4)));
  const zh = `${groupSize}人×${twoDecimals(capPercent)}%=${product}`;
  const en = `${groupSize} × ${twoDecimals(capPercent)}% = ${product}`;
  return rounded
    ? {
        zh: `${zh}，按“不超过”向下取整为${limit}`,
        en: `${en}, rounded down to ${limit} as the rule says "not more than"`,
      }
    : { zh, en };
}

/**
 * What is wrong with a group's grades under the cap: more 优秀 than the limit. Ungraded
 * participants (null) count in the group's size, as they are assessed in it.
 */
export function capProblems(grades: readonly (AnnualGrade | null)[], capPercent: number): Label[] {
  const limit = excellentLimit(grades.length, capPercent);
  const excellent = grades.filter((g) => g === 'EXCELLENT').length;
  if (excellent <= limit) return [];
  const counting = limitCounting(grades.length, capPercent);
  return [
    {
      zh: `优秀等次不得超过${limit}人（${counting.zh}），现有${excellent}人`,
      en: `At most ${limit} may be rated excellent (${counting.en}); ${excellent} are`,
    },
  ];
}
