import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from './dates.ts';
import { WorkingDayCalendar, deadlineStanding } from './working-days.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let day = d(from); day <= d(to); day = new Date(day.getTime() + 86_400_000)) {
    out.push(formatDate(day));
  }
  return out;
};

// The State Council's notice for 2025: National Day and Mid-Autumn together, 1–8 October off,
// Sunday 28 September and Saturday 11 October worked instead.
const nationalDay2025 = new WorkingDayCalendar({
  holidays: days('2025-10-01', '2025-10-08'),
  workdays: ['2025-09-28', '2025-10-11'],
});

describe('WorkingDayCalendar on the 2025 National Day week', () => {
  it('knows holidays, make-up workdays and ordinary weekends', () => {
    const working = (text: string) => nationalDay2025.isWorkingDay(d(text));
    expect(working('2025-09-26')).toBe(true); // Friday
    expect(working('2025-09-27')).toBe(false); // Saturday
    expect(working('2025-09-28')).toBe(true); // Sunday, made a workday
    expect(working('2025-10-01')).toBe(false); // Wednesday, holiday
    expect(working('2025-10-04')).toBe(false); // Saturday inside the holiday
    expect(working('2025-10-08')).toBe(false); // Wednesday, last holiday
    expect(working('2025-10-09')).toBe(true);
    expect(working('2025-10-11')).toBe(true); // Saturday, made a workday
    expect(working('2025-10-12')).toBe(false); // Sunday
  });

  it('adds working days forward and backward across the holiday', () => {
    const add = (text: string, n: number) => formatDate(nationalDay2025.addWorkingDays(d(text), n));
    expect(add('2025-09-26', 1)).toBe('2025-09-28');
    expect(add('2025-09-30', 1)).toBe('2025-10-09');
    expect(add('2025-09-30', 3)).toBe('2025-10-11');
    expect(add('2025-09-30', 4)).toBe('2025-10-13');
    expect(add('2025-10-09', -1)).toBe('2025-09-30');
    expect(add('2025-10-05', 0)).toBe('2025-10-05');
  });

  it('counts working days between two dates, negative backwards', () => {
    const between = (a: string, b: string) => nationalDay2025.workingDaysBetween(d(a), d(b));
    expect(between('2025-09-30', '2025-10-09')).toBe(1);
    expect(between('2025-09-26', '2025-10-11')).toBe(6);
    expect(between('2025-10-11', '2025-09-26')).toBe(-6); // 10-10 back to 09-26
    expect(between('2025-10-09', '2025-09-30')).toBe(-1);
    expect(between('2025-10-05', '2025-09-30')).toBe(-1);
    expect(between('2025-10-01', '2025-10-08')).toBe(0);
    expect(between('2025-10-03', '2025-10-03')).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of days('2025-09-20', '2025-10-15')) {
      for (const n of [-7, -3, -1, 0, 1, 2, 5, 9]) {
        const end = nationalDay2025.addWorkingDays(d(start), n);
        expect(nationalDay2025.workingDaysBetween(d(start), end)).toBe(n);
      }
    }
  });

  it('ends 5 working days of publicity (任前公示) starting on a given day', () => {
    const end = (text: string) => formatDate(nationalDay2025.periodEnd(d(text), 5));
    // Mon 29, Tue 30 September, then Thu 9, Fri 10, Sat 11 (make-up workday) October.
    expect(end('2025-09-29')).toBe('2025-10-11');
    // Starting on a holiday: the period starts on the next working day, 9 October.
    expect(end('2025-10-01')).toBe('2025-10-14');
    // Starting on an ordinary Saturday: Sunday 28 September is the first working day.
    expect(end('2025-09-27')).toBe('2025-10-10');
    // An ordinary week without holidays.
    expect(end('2025-11-03')).toBe('2025-11-07');
    expect(() => nationalDay2025.periodEnd(d('2025-11-03'), 0)).toThrow();
  });

  it('tells which years it knows', () => {
    expect(nationalDay2025.knowsYear(2025)).toBe(true);
    expect(nationalDay2025.knowsYear(2031)).toBe(false);
  });

  it('refuses a day that is both a holiday and a workday', () => {
    expect(
      () => new WorkingDayCalendar({ holidays: ['2025-10-01'], workdays: ['2025-10-01'] }),
    ).toThrow(/both/);
  });
});

describe('WorkingDayCalendar without exceptions', () => {
  const plain = new WorkingDayCalendar({ holidays: [], workdays: [] });

  it('works Monday to Friday', () => {
    expect(days('2031-03-03', '2031-03-09').map((t) => plain.isWorkingDay(d(t)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(formatDate(plain.addWorkingDays(d('2031-03-07'), 1))).toBe('2031-03-10');
  });
});

describe('deadlineStanding', () => {
  const standing = (due: string, asOf: string) =>
    deadlineStanding(nationalDay2025, d(due), d(asOf));

  it('counts working days left until the due date', () => {
    expect(standing('2025-10-09', '2025-09-30')).toEqual({ overdue: false, workingDaysLeft: 1 });
    expect(standing('2025-10-10', '2025-09-26')).toEqual({ overdue: false, workingDaysLeft: 5 });
    expect(standing('2025-10-09', '2025-10-09')).toEqual({ overdue: false, workingDaysLeft: 0 });
    // Due on a holiday seen from the working day before: nothing left to work on it.
    expect(standing('2025-10-03', '2025-09-30')).toEqual({ overdue: false, workingDaysLeft: 0 });
  });

  it('is negative once the due date has passed, at least -1', () => {
    expect(standing('2025-09-30', '2025-10-08')).toEqual({ overdue: true, workingDaysLeft: -1 });
    expect(standing('2025-09-30', '2025-10-10')).toEqual({ overdue: true, workingDaysLeft: -2 });
    expect(standing('2025-09-28', '2025-09-29')).toEqual({ overdue: true, workingDaysLeft: -1 });
  });
});
