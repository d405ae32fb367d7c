import { formatDate, parseDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { PROBATION_YEARS, probationEnd, probationReminderDate } from './probation.ts';
import { shippedCalendar } from './test-calendar.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const calendar = shippedCalendar();

describe('probation (试用期)', () => {
  // 条例（任职）: 提拔担任…非选举产生的…领导职务的，试用期为一年. Seed 002: 对新提拔人员实行一年
  // 试用期，期满经考核合格后，下发正式任职文件.
  it('lasts one year', () => {
    expect(PROBATION_YEARS).toBe(1);
  });

  it.each([
    ['2025-03-01', '2026-02-28'],
    ['2024-02-29', '2025-02-28'], // a leap day
    ['2023-03-01', '2024-02-29'], // a year that ends on a leap day
    ['2025-10-09', '2026-10-08'],
  ])('from %s ends on %s', (start, end) => {
    expect(formatDate(probationEnd(d(start)))).toBe(end);
  });

  it.each([
    // Five working days before Fri 27 February 2026, across the Spring Festival (15–23 off,
    // Saturday 14 worked): 26, 25, 24, 14, 13.
    ['2026-02-27', 5, '2026-02-13'],
    // Before Thu 8 October 2026, after the National Day week (1–7 off): 30, 29, 28 September.
    ['2026-10-08', 3, '2026-09-28'],
    ['2026-06-12', 0, '2026-06-12'],
  ])('%s less %i working days is %s', (end, days, due) => {
    expect(formatDate(probationReminderDate(d(end), days, calendar))).toBe(due);
  });

  it('refuses a negative lead', () => {
    expect(() => probationReminderDate(d('2026-06-12'), -1, calendar)).toThrow(RangeError);
  });
});
