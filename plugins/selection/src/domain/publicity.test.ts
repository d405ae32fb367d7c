import { formatDate, parseDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { MIN_PUBLICITY_WORKING_DAYS, publicityEnd, publicityStatus } from './publicity.ts';
import { shippedCalendar } from './test-calendar.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const calendar = shippedCalendar();

describe('the shipped calendar around the holidays used below', () => {
  // State Council notices: 2025 National Day and Mid-Autumn, 1–8 October off, Sunday 28
  // September and Saturday 11 October worked; 2026 Spring Festival, 15–23 February off,
  // Saturdays 14 and 28 February worked.
  it.each([
    ['2025-09-27', false],
    ['2025-09-28', true],
    ['2025-10-01', false],
    ['2025-10-08', false],
    ['2025-10-11', true],
    ['2026-02-14', true],
    ['2026-02-15', false],
    ['2026-02-23', false],
    ['2026-02-28', true],
  ])('%s is a working day: %s', (day, working) => {
    expect(calendar.isWorkingDay(d(day))).toBe(working);
  });
});

describe('publicityEnd (任前公示)', () => {
  // 条例（任职）: 公示期不少于五个工作日. Seed 001: 一律通过"一报两台"向社会进行公示7天.
  it.each([
    // 2025 National Day: Mon 29, Tue 30 Sep, then Thu 9, Fri 10, Sat 11 Oct (make-up day).
    ['2025-09-29', 5, '2025-10-11'],
    // Fri 26, Sun 28 (make-up day), Mon 29, Tue 30 Sep, Thu 9 Oct.
    ['2025-09-26', 5, '2025-10-09'],
    // Posted on a holiday: day 1 is 9 October.
    ['2025-10-01', 5, '2025-10-14'],
    // Posted on an ordinary Saturday: day 1 is Sunday 28 September, a make-up day.
    ['2025-09-27', 5, '2025-10-10'],
    // Seven working days, as seed 001 publicizes.
    ['2025-09-29', 7, '2025-10-14'],
    // 2026 Spring Festival: Wed 11 … Sat 14 (make-up day), then Tue 24 February.
    ['2026-02-11', 5, '2026-02-24'],
    // Posted on the last holiday, Mon 23 February: 24–27 and Saturday 28 (make-up day).
    ['2026-02-23', 5, '2026-02-28'],
    ['2026-02-13', 7, '2026-02-28'],
    // An ordinary week.
    ['2025-11-03', 5, '2025-11-07'],
  ])('from %s for %i working days ends on %s', (start, days, end) => {
    expect(formatDate(publicityEnd(d(start), days, calendar))).toBe(end);
  });

  it.each([4, 0, 5.5])('refuses %f working days: the floor is fixed by regulation', (days) => {
    expect(() => publicityEnd(d('2025-11-03'), days, calendar)).toThrow(RangeError);
  });

  it('keeps the regulation’s floor', () => {
    expect(MIN_PUBLICITY_WORKING_DAYS).toBe(5);
  });
});

describe('publicityStatus', () => {
  it.each([
    ['2025-09-28', 'NOT_STARTED'],
    ['2025-09-29', 'RUNNING'],
    ['2025-10-05', 'RUNNING'], // a holiday inside the period
    ['2025-10-11', 'RUNNING'], // the last day
    ['2025-10-12', 'ENDED'],
  ])('publicity from 2025-09-29 for 5 working days, on %s: %s', (today, status) => {
    expect(
      publicityStatus({ start: d('2025-09-29'), workingDays: 5, calendar, today: d(today) }),
    ).toBe(status);
  });

  it('is running from a start posted on a holiday, before day 1 is counted', () => {
    expect(
      publicityStatus({ start: d('2025-10-01'), workingDays: 5, calendar, today: d('2025-10-03') }),
    ).toBe('RUNNING');
  });
});
