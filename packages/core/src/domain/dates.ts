// Archive dates are calendar dates without a time of day. They travel as UTC midnight `Date`s
// (what Prisma returns for `@db.Date`) and as `YYYY-MM-DD` strings in GraphQL.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into UTC midnight; `null` for anything that is not a real calendar date. */
export function parseDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : null;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today as a calendar date in China (UTC+8), where the departments work. */
export function todayInChina(now: Date = new Date()): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Whole years from `from` to `to`, as a person counts a birthday: one day short is one year less. */
export function fullYearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeAnniversary =
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeAnniversary) years -= 1;
  return Math.max(0, years);
}

export function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

/**
 * The last day of a period of `months` months from `date`, counted as the Civil Code counts
 * (民法典第二百零一条、第二百零二条): the day it starts from is not counted, and it ends on the day
 * of the last month with the same number, or on that month's last day when there is none —
 * 15 January + 6 is 15 July, 31 August + 6 is the last day of February.
 */
export function addMonthsCivil(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), daysInMonth)));
}

const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
