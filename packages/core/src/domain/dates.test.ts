import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsCivil,
  formatDate,
  fullYearsBetween,
  parseDate,
  todayInChina,
} from './dates.ts';

const d = (s: string) => parseDate(s) as Date;

describe('calendar dates', () => {
  it.each(['2024-02-29', '2026-12-31', '1950-01-01'])('parses the real date %s', (s) => {
    expect(d(s).toISOString().slice(0, 10)).toBe(s);
  });

  it.each(['2023-02-29', '2026-13-01', '2026-1-5', '20260105', '', '2026-04-31'])(
    'rejects %j',
    (s) => {
      expect(parseDate(s)).toBeNull();
    },
  );

  it.each([
    ['1985-03-12', '2026-03-12', 41],
    ['1985-03-12', '2026-03-11', 40],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2026-05-01', '2026-01-01', 0],
  ])('counts whole years from %s to %s as %i', (from, to, years) => {
    expect(fullYearsBetween(d(from), d(to))).toBe(years);
  });

  // 民法典第二百零一条、第二百零二条: the same-numbered day of the last month, else its last day.
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-03-01', 18, '2027-09-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-02-28', 1, '2026-03-28'],
    ['2026-03-31', 0, '2026-03-31'],
  ])('counts %s + %i months to %s', (from, months, last) => {
    expect(formatDate(addMonthsCivil(d(from), months))).toBe(last);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('moves %s by %i days to %s', (from, days, to) => {
    expect(formatDate(addDays(d(from), days))).toBe(to);
  });

  it('takes today in China, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-06-30T16:30:00Z')).toISOString().slice(0, 10)).toBe(
      '2026-07-01',
    );
    expect(todayInChina(new Date('2026-06-30T15:59:00Z')).toISOString().slice(0, 10)).toBe(
      '2026-06-30',
    );
  });
});
