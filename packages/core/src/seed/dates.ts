// Calendar dates as UTC midnight, which is how Prisma reads and writes `@db.Date` columns. The
// date arithmetic the rules use lives in the domain; this adds what only the generator needs.

import { addYears, daysBetween } from '../domain/dates.ts';
import type { Random } from './random.ts';

export { addYears, daysBetween };
export { fullYearsBetween as ageOn } from '../domain/dates.ts';

const DAY_MS = 86_400_000;

/** `month` is 1-based, as people write dates. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** A uniformly chosen day in [from, to]. */
export function dayBetween(random: Random, from: Date, to: Date): Date {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** Normalizes any instant to the UTC midnight of its UTC day. */
export function toUtcDay(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export const earlier = (a: Date, b: Date): Date => (a <= b ? a : b);
export const later = (a: Date, b: Date): Date => (a >= b ? a : b);
