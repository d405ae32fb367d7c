import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';
import {
  dated,
  daysBefore,
  everyMonths,
  type Occurrence,
  periodSubject,
  shownBy,
  yearlyOn,
} from './deadlines.ts';

const d = (text: string) => parseDate(text) as Date;
const day = (date: Date) => date.toISOString().slice(0, 10);
const listed = (occurrences: Occurrence[]) =>
  occurrences.map((o) => [o.period, day(o.dueDate), day(o.shownFrom)]);

describe('yearly deadlines', () => {
  const report = yearlyOn({ month: 1, day: 31 }, { leadDays: 30 });

  it('shows an occurrence from its lead time before the due day, not a day earlier', () => {
    expect(listed(shownBy(report, d('2027-01-01'), d('2027-01-01')))).toEqual([
      ['2027', '2027-01-31', '2027-01-01'],
    ]);
    expect(shownBy(report, d('2026-12-31'), d('2026-12-31'))).toEqual([]);
  });

  it('keeps overdue occurrences up to a year back, so a missed day is made up for', () => {
    expect(listed(shownBy(report, d('2027-06-01')))).toEqual([
      ['2027', '2027-01-31', '2027-01-01'],
    ]);
    // 2027-01-31 is more than a year before 2028-02-01; 2028's is shown.
    expect(listed(shownBy(report, d('2028-01-15')))).toEqual([
      ['2027', '2027-01-31', '2027-01-01'],
      ['2028', '2028-01-31', '2028-01-01'],
    ]);
    expect(listed(shownBy(report, d('2028-02-01')))).toEqual([
      ['2028', '2028-01-31', '2028-01-01'],
    ]);
  });

  it('falls on 28 February in the years without a 29th, and counts leads across a leap day', () => {
    const leapDay = yearlyOn({ month: 2, day: 29 }, { leadDays: 1 });
    expect(listed(shownBy(leapDay, d('2029-01-01'), d('2027-01-01')))).toEqual([
      ['2027', '2027-02-28', '2027-02-27'],
      ['2028', '2028-02-29', '2028-02-28'],
    ]);
    const march = yearlyOn({ month: 3, day: 1 }, { leadDays: 2 });
    expect(listed(shownBy(march, d('2029-01-01'), d('2028-01-01')))).toEqual([
      ['2028', '2028-03-01', '2028-02-28'],
    ]);
  });

  it('is shown from a day of the year: of the same year, or the year before when later', () => {
    const grades = yearlyOn({ month: 3, day: 31 }, { shownFrom: { month: 1, day: 1 } });
    expect(listed(shownBy(grades, d('2028-01-01'), d('2028-01-01')))).toEqual([
      ['2028', '2028-03-31', '2028-01-01'],
    ]);
    expect(shownBy(grades, d('2027-12-31'), d('2027-12-31'))).toEqual([]);
    const early = yearlyOn({ month: 1, day: 10 }, { shownFrom: { month: 12, day: 1 } });
    expect(listed(shownBy(early, d('2026-12-01'), d('2026-12-01')))).toEqual([
      ['2027', '2027-01-10', '2026-12-01'],
    ]);
  });

  it('refuses days that no year has and negative lead times', () => {
    expect(() => yearlyOn({ month: 2, day: 30 }, { leadDays: 0 })).toThrow(/2-30/);
    expect(() => yearlyOn({ month: 13, day: 1 }, { leadDays: 0 })).toThrow(/13-1/);
    expect(() => yearlyOn({ month: 1, day: 31 }, { leadDays: -1 })).toThrow(/lead time/);
    expect(() => yearlyOn({ month: 1, day: 31 }, { shownFrom: { month: 4, day: 31 } })).toThrow();
  });
});

describe('deadlines every few months', () => {
  it('counts each from the start as the Civil Code does, to the last day of shorter months', () => {
    const visits = everyMonths(3, d('2026-11-30'), 10);
    expect(listed(shownBy(visits, d('2027-08-20'), d('2026-01-01')))).toEqual([
      ['2027-02', '2027-02-28', '2027-02-18'],
      ['2027-05', '2027-05-30', '2027-05-20'],
      ['2027-08', '2027-08-30', '2027-08-20'],
    ]);
    const monthly = everyMonths(1, d('2027-12-31'), 0);
    expect(
      listed(shownBy(monthly, d('2028-04-30'), d('2028-01-01'))).map(([, due]) => due),
    ).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('starts one interval after the start, and leaves out what falls before `since`', () => {
    const visits = everyMonths(6, d('2026-01-15'), 0);
    expect(shownBy(visits, d('2026-07-14'), d('2026-01-01'))).toEqual([]);
    expect(listed(shownBy(visits, d('2027-07-15'), d('2027-01-16')))).toEqual([
      ['2027-07', '2027-07-15', '2027-07-15'],
    ]);
  });

  it('refuses intervals that are not whole months', () => {
    expect(() => everyMonths(0, d('2026-01-01'), 0)).toThrow(/months/);
    expect(() => everyMonths(1.5, d('2026-01-01'), 0)).toThrow(/months/);
  });
});

describe('dated deadlines', () => {
  it('is due once, shown from its lead time, and counts only within the look-back', () => {
    const end = dated(d('2027-03-16'), 31);
    expect(shownBy(end, d('2027-02-12'))).toEqual([]);
    expect(listed(shownBy(end, d('2027-02-13')))).toEqual([
      ['2027-03-16', '2027-03-16', '2027-02-13'],
    ]);
    expect(shownBy(end, d('2028-03-15'))).toHaveLength(1);
    expect(shownBy(end, d('2028-03-16'))).toEqual([]);
  });

  it('falls a number of days before a date, across a month end and a leap day', () => {
    expect(listed(shownBy(daysBefore(30, d('2028-03-15'), 7), d('2028-02-08')))).toEqual([
      ['2028-02-14', '2028-02-14', '2028-02-07'],
    ]);
    expect(listed(shownBy(daysBefore(1, d('2028-03-01'), 0), d('2028-03-01')))).toEqual([
      ['2028-02-29', '2028-02-29', '2028-02-29'],
    ]);
  });

  it('names the subject of a recurring deadline by record and period', () => {
    const report = yearlyOn({ month: 1, day: 31 }, { leadDays: 30 });
    const subjects = shownBy(report, d('2027-01-05')).map((o) => periodSubject('c1', o));
    expect(subjects).toEqual(['c1/2026', 'c1/2027']);
  });
});
