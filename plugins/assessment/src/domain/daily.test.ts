import { formatDate, parseDate, shownBy } from '@cadre/core';
import { shippedCalendar } from '@cadre/testing';
import { describe, expect, it } from 'vitest';
import {
  dailyPublicityEnd,
  dailyScore,
  missingPeriods,
  monthsOf,
  monthStart,
  periodStart,
  quarterEnd,
  quarterlyEvaluationsDue,
  quarterOf,
  quarterOfKey,
  weeksOf,
  weekStart,
} from './daily.ts';

// Seed 004 (一、(四)): 在全地区机关事业单位中普遍开展"周记实、月自查、季考评"的平时考核办法 … 并提高平时
// 考核在年度考核中的权重; (三、(二)): 要严格落实平时考核结果公示制度. DOMAIN §4: quarterly results feed
// the annual assessment with a configurable weight; results are published within the unit.

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const days = (dates: Date[]) => dates.map(formatDate);

describe('periods (周记实 by the week, 月自查 by the month)', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday
    ['2026-12-02', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // Sunday ends the week
    ['2027-01-01', '2026-12-28'], // a week across the new year
  ])('the week of %s starts on Monday %s', (day, monday) => {
    expect(formatDate(weekStart(d(day)))).toBe(monday);
    expect(formatDate(periodStart('WEEKLY_RECORD', d(day)))).toBe(monday);
  });

  it.each([
    ['2026-12-02', '2026-12-01'],
    ['2026-02-28', '2026-02-01'],
  ])('the month of %s starts on %s', (day, first) => {
    expect(formatDate(monthStart(d(day)))).toBe(first);
    expect(formatDate(periodStart('MONTHLY_SELF_CHECK', d(day)))).toBe(first);
  });
});

describe('quarters (季考评)', () => {
  it.each([
    ['2026-01-01', 2026, 1, '2026-03-31'],
    ['2026-06-30', 2026, 2, '2026-06-30'],
    ['2026-09-29', 2026, 3, '2026-09-30'],
    ['2026-12-31', 2026, 4, '2026-12-31'],
  ])('%s is in %i Q%i, which ends on %s', (day, year, quarter, end) => {
    expect(quarterOf(d(day))).toEqual({ year, quarter });
    expect(formatDate(quarterEnd({ year, quarter }))).toBe(end);
  });

  it('has the weeks whose Monday falls in it, each week in one quarter', () => {
    const q3 = weeksOf({ year: 2026, quarter: 3 });
    const q4 = weeksOf({ year: 2026, quarter: 4 });
    // 1 July 2026 is a Wednesday: the first week of Q3 starts on Monday 6 July.
    expect(formatDate(q3[0] ?? d('2000-01-01'))).toBe('2026-07-06');
    // Monday 28 September belongs to Q3 though the week ends in October.
    expect(formatDate(q3.at(-1) ?? d('2000-01-01'))).toBe('2026-09-28');
    expect(formatDate(q4[0] ?? d('2000-01-01'))).toBe('2026-10-05');
    expect([q3.length, q4.length]).toEqual([13, 13]);
  });

  it('has three months', () => {
    expect(days(monthsOf({ year: 2026, quarter: 4 }))).toEqual([
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });
});

describe('missingPeriods', () => {
  const weeks = [d('2026-11-16'), d('2026-11-23'), d('2026-11-30')];
  it.each([
    // Today Wednesday 2 December: the week of 30 November is still running.
    ['2026-12-02', ['2026-11-23'], ['2026-11-16']],
    ['2026-12-02', [], ['2026-11-16', '2026-11-23']],
    // Sunday is the week's last day: not missing until Monday.
    ['2026-12-06', ['2026-11-16', '2026-11-23'], []],
    ['2026-12-07', ['2026-11-16', '2026-11-23'], ['2026-11-30']],
  ])('on %s with weeks %j recorded, missing: %j', (today, submitted, missing) => {
    expect(days(missingPeriods('WEEKLY_RECORD', weeks, submitted.map(d), d(today)))).toEqual(
      missing,
    );
  });

  it('counts a month as missing once it is over', () => {
    const months = monthsOf({ year: 2026, quarter: 4 });
    expect(days(missingPeriods('MONTHLY_SELF_CHECK', months, [], d('2026-12-02')))).toEqual([
      '2026-10-01',
      '2026-11-01',
    ]);
  });
});

describe('dailyScore (季考评 → 年度考核)', () => {
  it.each([
    [[], null],
    [[90], 90],
    [[90, 80], 85],
    [[90, 85, 80, 95], 87.5],
    // Three quarters evaluated (joined in the spring): the mean of those three, not of four.
    [[88, 91, 90], 89.67],
  ])('of quarters %j is %s', (scores, score) => {
    expect(dailyScore(scores)).toBe(score);
  });
});

describe('dailyPublicityEnd (平时考核结果公示)', () => {
  const calendar = shippedCalendar();
  // State Council notice for 2026: National Day 1–7 October off, Saturday 10 October worked;
  // Mid-Autumn 25–27 September off, Sunday 20 September worked.
  it.each([
    ['2026-11-30', 5, '2026-12-04'], // an ordinary week
    ['2026-12-02', 5, '2026-12-08'], // over a weekend
    ['2026-09-30', 5, '2026-10-12'], // 30 Sep, 8, 9, 10 (make-up Saturday), 12 October
    ['2026-10-03', 3, '2026-10-10'], // posted on a holiday: day 1 is 8 October
    ['2026-09-24', 1, '2026-09-24'],
    ['2026-09-25', 1, '2026-09-28'], // posted on a holiday, one working day
  ])('published on %s for %i working days ends on %s', (published, workingDays, end) => {
    expect(formatDate(dailyPublicityEnd(d(published), workingDays, calendar))).toBe(end);
  });
});

describe('quarterlyEvaluationsDue', () => {
  const listed = (today: string, since?: string) =>
    shownBy(quarterlyEvaluationsDue, d(today), since ? d(since) : undefined).map(
      (o) => `${o.period} ${formatDate(o.dueDate)}`,
    );

  it.each([
    // On the list from the quarter's last day, due 15 days after it.
    ['2026-09-29', []],
    ['2026-09-30', ['2026-Q3 2026-10-15']],
    ['2026-10-20', ['2026-Q3 2026-10-15']],
    ['2026-12-31', ['2026-Q3 2026-10-15', '2026-Q4 2027-01-15']],
  ])('on %s, of those due since 1 October: %j', (today, due) => {
    expect(listed(today, '2026-10-01')).toEqual(due);
  });

  it('keeps overdue quarters on the list for a year (core’s look-back)', () => {
    expect(listed('2027-01-02')).toEqual([
      '2025-Q4 2026-01-15',
      '2026-Q1 2026-04-15',
      '2026-Q2 2026-07-15',
      '2026-Q3 2026-10-15',
      '2026-Q4 2027-01-15',
    ]);
  });

  it('names the quarter it is for', () => {
    expect(quarterOfKey('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(() => quarterOfKey('2026-05')).toThrow();
  });
});
