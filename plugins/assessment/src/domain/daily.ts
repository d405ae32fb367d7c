import { addDays, formatDate, type Schedule, type WorkingDayCalendar } from '@cadre/core';
import type { DailyRecordKind } from '@cadre/db/client';

// 平时考核 (seed 004): 周记实、月自查、季考评. Every date is a calendar day in China (UTC-midnight
// `Date`s, as core keeps them): a week runs Monday to Sunday, a quarter is three calendar months.

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

/** Monday of the week `day` falls in: the period of a weekly record (周记实). */
export function weekStart(day: Date): Date {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

/** The first of the month `day` falls in: the period of a monthly self-check (月自查). */
export function monthStart(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
}

/** The first day of the period a record of `kind` written about `day` belongs to. */
export function periodStart(kind: DailyRecordKind, day: Date): Date {
  return kind === 'WEEKLY_RECORD' ? weekStart(day) : monthStart(day);
}

/** The last day of the period that starts on `start`. */
export function periodEnd(kind: DailyRecordKind, start: Date): Date {
  return kind === 'WEEKLY_RECORD'
    ? addDays(start, 6)
    : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
}

export function quarterOf(day: Date): Quarter {
  return { year: day.getUTCFullYear(), quarter: Math.floor(day.getUTCMonth() / 3) + 1 };
}

export function quarterStart({ year, quarter }: Quarter): Date {
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

export function quarterEnd({ year, quarter }: Quarter): Date {
  return new Date(Date.UTC(year, quarter * 3, 0));
}

/** How a quarter is named in due items and links: `2026-Q3`. */
export const quarterKey = ({ year, quarter }: Quarter) => `${year}-Q${quarter}`;

/**
 * The weeks of a quarter: those whose Monday falls in it, so every week belongs to exactly one
 * quarter (the week of Monday 29 September is the third quarter's, though it ends in October).
 */
export function weeksOf(q: Quarter): Date[] {
  const end = quarterEnd(q);
  const weeks: Date[] = [];
  let monday = weekStart(quarterStart(q));
  if (monday < quarterStart(q)) monday = addDays(monday, 7);
  for (; monday <= end; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** The firsts of a quarter's three months. */
export function monthsOf({ year, quarter }: Quarter): Date[] {
  return [0, 1, 2].map((i) => new Date(Date.UTC(year, (quarter - 1) * 3 + i, 1)));
}

/**
 * The periods among `expected` that are over by `today` (their last day has passed) without a
 * record: a week still running is not missing yet.
 */
export function missingPeriods(
  kind: DailyRecordKind,
  expected: readonly Date[],
  submitted: readonly Date[],
  today: Date,
): Date[] {
  const done = new Set(submitted.map(formatDate));
  return expected.filter((start) => periodEnd(kind, start) < today && !done.has(formatDate(start)));
}

/**
 * 平时考核得分 of a year: the mean of the quarters evaluated, to two decimals; null when none is.
 * A quarter not evaluated (a cadre who joined in the autumn) is left out rather than counted as
 * 0. The annual weight (`dailyWeight`) is applied where the annual total is computed.
 */
export function dailyScore(quarterScores: readonly number[]): number | null {
  if (quarterScores.length === 0) return null;
  const mean = quarterScores.reduce((sum, score) => sum + score, 0) / quarterScores.length;
  return Math.round(mean * 100) / 100;
}

/**
 * The last day of the publicity (公示) of a quarter's results within the unit: `workingDays`
 * working days on the Chinese calendar, the day of publication counting as the first when it is
 * a working day.
 */
export function dailyPublicityEnd(
  publishedOn: Date,
  workingDays: number,
  calendar: WorkingDayCalendar,
): Date {
  return calendar.periodEnd(publishedOn, workingDays);
}

/**
 * Days after a quarter's end by which its evaluations (季考评) are due: the first half of the next
 * quarter's first month.
 */
export const EVALUATIONS_DUE_DAYS = 15;

/**
 * Each quarter's evaluations: due `EVALUATIONS_DUE_DAYS` after the quarter ends, on the list from
 * its last day, named by the quarter (`2026-Q3`, see `quarterKey`).
 */
export const quarterlyEvaluationsDue: Schedule = function* (from) {
  let q = quarterOf(addDays(from, -EVALUATIONS_DUE_DAYS));
  for (;;) {
    const end = quarterEnd(q);
    const dueDate = addDays(end, EVALUATIONS_DUE_DAYS);
    if (dueDate >= from) yield { period: quarterKey(q), dueDate, shownFrom: end };
    q = q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { ...q, quarter: q.quarter + 1 };
  }
};

/** The quarter a period name of `quarterlyEvaluationsDue` stands for. */
export function quarterOfKey(key: string): Quarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new Error(`Not a quarter: ${key}`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}
