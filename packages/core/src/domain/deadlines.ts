import { addDays, addMonthsCivil, formatDate } from './dates.ts';

// Deadlines that follow from dates alone (到期提醒): a report due every year on 31 January, a
// return visit every three months, an evaluation 30 days before a period ends. Each occurrence is
// shown from its lead time before its due date and stays due until someone acts on it, so a
// source computes from the facts what should exist by a day, whenever it is asked.

/** One occurrence of a deadline. All dates are calendar days (UTC midnight). */
export interface Occurrence {
  /**
   * Names the occurrence among its deadline's: `2027` for a yearly one, `2027-04` (the due month)
   * for one every few months, the due date for a single one. See `periodSubject`.
   */
  period: string;
  dueDate: Date;
  /** The first day it is shown: its lead time before the due date. */
  shownFrom: Date;
}

/** A deadline's occurrences in date order, from the first one due on or after `from`. */
export type Schedule = (from: Date) => Generator<Occurrence>;

export interface MonthDay {
  /** 1–12. */
  month: number;
  day: number;
}

/** How far ahead an occurrence is shown: a number of days, or (yearly) from a day of the year. */
export type Lead = { leadDays: number } | { shownFrom: MonthDay };

/** How far back an occurrence still counts: older ones are history, not reminders. */
export const LOOK_BACK_DAYS = 365;

const checkLeadDays = (days: number) => {
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(`A lead time is a whole number of days ≥ 0, not ${days}`);
  }
};

function checkMonthDay({ month, day }: MonthDay): void {
  const valid =
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    // Against a leap year: 29 February is a yearly date (28 February in other years).
    day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
  if (!valid) throw new Error(`Not a day of the year: ${month}-${day}`);
}

/** `month`/`day` in `year`; the month's last day when it is shorter (29 February). */
function dayIn(year: number, { month, day }: MonthDay): Date {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1, Math.min(day, last)));
}

/** Every year on `on` (e.g. 31 January), named by the year it falls in. */
export function yearlyOn(on: MonthDay, lead: Lead): Schedule {
  checkMonthDay(on);
  if ('leadDays' in lead) checkLeadDays(lead.leadDays);
  else checkMonthDay(lead.shownFrom);
  const shownFrom = (dueDate: Date): Date => {
    if ('leadDays' in lead) return addDays(dueDate, -lead.leadDays);
    const year = dueDate.getUTCFullYear();
    const sameYear = dayIn(year, lead.shownFrom);
    // Shown from a later day of the year than it is due: that day of the year before.
    return sameYear > dueDate ? dayIn(year - 1, lead.shownFrom) : sameYear;
  };
  return function* (from) {
    for (let year = from.getUTCFullYear(); ; year += 1) {
      const dueDate = dayIn(year, on);
      if (dueDate >= from) yield { period: String(year), dueDate, shownFrom: shownFrom(dueDate) };
    }
  };
}

/**
 * Every `months` months after `start`, each counted from `start` as the Civil Code counts a
 * period (31 August + 6 months is the last day of February), named by the month it falls in.
 */
export function everyMonths(months: number, start: Date, leadDays: number): Schedule {
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`A recurrence is a whole number of months ≥ 1, not ${months}`);
  }
  checkLeadDays(leadDays);
  return function* (from) {
    for (let n = 1; ; n += 1) {
      const dueDate = addMonthsCivil(start, n * months);
      if (dueDate >= from) {
        const period = formatDate(dueDate).slice(0, 7);
        yield { period, dueDate, shownFrom: addDays(dueDate, -leadDays) };
      }
    }
  };
}

/** Once, on `dueDate`, named by that date. */
export function dated(dueDate: Date, leadDays: number): Schedule {
  checkLeadDays(leadDays);
  return function* (from) {
    if (dueDate >= from) {
      yield { period: formatDate(dueDate), dueDate, shownFrom: addDays(dueDate, -leadDays) };
    }
  };
}

/** Once, `days` days before `date` (an evaluation before a period ends). */
export function daysBefore(days: number, date: Date, leadDays: number): Schedule {
  return dated(addDays(date, -days), leadDays);
}

/**
 * The occurrences that should be on the list by `today`: shown by then and due on or after
 * `since` (a year back by default). Overdue ones stay, so a day missed (the gateway was down)
 * is made up for by the next run.
 */
export function shownBy(
  schedule: Schedule,
  today: Date,
  since: Date = addDays(today, -LOOK_BACK_DAYS),
): Occurrence[] {
  const shown: Occurrence[] = [];
  for (const occurrence of schedule(since)) {
    if (occurrence.shownFrom > today) break;
    shown.push(occurrence);
  }
  return shown;
}

/** The subject of one occurrence of a record's recurring deadline: `<cadreId>/2027`. */
export const periodSubject = (recordId: string, occurrence: Occurrence): string =>
  `${recordId}/${occurrence.period}`;
