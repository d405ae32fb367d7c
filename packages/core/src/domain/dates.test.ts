import { describe, expect, it } from 'vitest';
import { fullYearsBetween, parseDate, todayInChina } from './dates.ts';

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

  it('takes today in China, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-06-30T16:30:00Z')).toISOString().slice(0, 10)).toBe(
      '2026-07-01',
    );
    expect(todayInChina(new Date('2026-06-30T15:59:00Z')).toISOString().slice(0, 10)).toBe(
      '2026-06-30',
    );
  });
});
