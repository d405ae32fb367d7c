import { formatDate } from './dates.ts';

// Working days (工作日) on the Chinese calendar: Monday to Friday, except the official holidays
// (法定节假日) the State Council announces each year, plus the weekend days made working days
// in exchange (调休上班). Dates are calendar dates: UTC-midnight `Date`s, as everywhere in core.

const DAY_MS = 86_400_000;

const shift = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** The calendar date of `date` in UTC, so a stray time of day cannot throw the loops off. */
const dayOf = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The exceptions to Monday–Friday, as `YYYY-MM-DD` strings. */
export interface CalendarExceptions {
  /** Days off, on weekdays or weekends (a weekend holiday changes nothing but its name). */
  holidays: Iterable<string>;
  /** Weekend days worked in exchange for a holiday. */
  workdays: Iterable<string>;
}

export class WorkingDayCalendar {
  readonly #holidays: ReadonlySet<string>;
  readonly #workdays: ReadonlySet<string>;
  readonly #years: ReadonlySet<number>;

  constructor(exceptions: CalendarExceptions) {
    this.#holidays = new Set(exceptions.holidays);
    this.#workdays = new Set(exceptions.workdays);
    // A day cannot be both; a caller that merges sources decides which wins before this point.
    for (const day of this.#workdays) {
      if (this.#holidays.has(day)) throw new Error(`${day} is both a holiday and a workday`);
    }
    this.#years = new Set(
      [...this.#holidays, ...this.#workdays].map((day) => Number(day.slice(0, 4))),
    );
  }

  /**
   * Whether the official arrangement of `year` is known. For a year that is not, the calendar
   * falls back to Monday–Friday, which is wrong around every holiday of that year.
   */
  knowsYear(year: number): boolean {
    return this.#years.has(year);
  }

  isWorkingDay(date: Date): boolean {
    const key = formatDate(date);
    if (this.#holidays.has(key)) return false;
    if (this.#workdays.has(key)) return true;
    const weekday = date.getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The `n`-th working day after `date` (before it for negative `n`); `date` itself for 0. */
  addWorkingDays(date: Date, n: number): Date {
    if (!Number.isInteger(n)) throw new Error(`Not a whole number of working days: ${n}`);
    const step = n < 0 ? -1 : 1;
    let day = dayOf(date);
    for (let left = Math.abs(n); left > 0;) {
      day = shift(day, step);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /**
   * The working days passed going from `from` to `to`, counting `to` but not `from`; negative
   * going backward. So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const [start, end] = [dayOf(from), dayOf(to)];
    const step = start <= end ? 1 : -1;
    let count = 0;
    for (let day = start; day.getTime() !== end.getTime();) {
      day = shift(day, step);
      if (this.isWorkingDay(day)) count += step;
    }
    return count;
  }

  /**
   * The last day of a period of `n` working days that starts on `start`: `start` counts when it
   * is a working day, else the period starts on the next one. E.g. publicity (任前公示) of not less
   * than 5 working days ends on `periodEnd(firstDay, 5)` at the earliest.
   */
  periodEnd(start: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 1) throw new Error(`A period needs 1 or more days: ${n}`);
    return this.addWorkingDays(shift(start, -1), n);
  }
}

/** Where a deadline stands on a given day. */
export interface DeadlineStanding {
  overdue: boolean;
  /**
   * Working days left after `asOf` up to the due date (0 when it is due today or only days off
   * remain). Negative when overdue: the working days since the due date, at least 1, so a
   * deadline missed on a Friday is already -1 on Saturday.
   */
  workingDaysLeft: number;
}

export function deadlineStanding(
  calendar: WorkingDayCalendar,
  dueDate: Date,
  asOf: Date,
): DeadlineStanding {
  if (asOf <= dueDate) {
    return { overdue: false, workingDaysLeft: calendar.workingDaysBetween(asOf, dueDate) };
  }
  return {
    overdue: true,
    workingDaysLeft: -Math.max(1, calendar.workingDaysBetween(dueDate, asOf)),
  };
}
