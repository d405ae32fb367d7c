import { formatDate, parseDate } from './dates.ts';
import { describe, expect, it } from 'vitest';
import { isoDuration, serviceBetween, serviceIn, serviceLabel, termEnd } from './service-length.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const post = (startedOn: string, endedOn: string | null) => ({
  startedOn: d(startedOn),
  endedOn: endedOn ? d(endedOn) : null,
});

describe('serviceBetween', () => {
  it.each([
    ['2020-06-01', '2025-06-01', '5年', 'P5Y'],
    ['2020-06-02', '2025-06-01', '4年11个月', 'P4Y11M'],
    ['2020-02-29', '2025-02-28', '4年11个月', 'P4Y11M'], // a leap day's anniversary is 1 March
    ['2020-02-29', '2025-03-01', '5年', 'P5Y'],
    ['2025-01-31', '2025-03-01', '1个月', 'P1M'],
    ['2025-06-01', '2025-06-20', '0年', 'P0M'],
    ['2025-06-01', '2025-05-01', '0年', 'P0M'], // never negative
  ])('%s to %s is %s', (from, to, zh, iso) => {
    const service = serviceBetween(d(from), d(to));
    expect(serviceLabel(service).zh).toBe(zh);
    expect(isoDuration(service)).toBe(iso);
  });

  it('speaks English', () => {
    expect(serviceLabel({ years: 4, months: 11 }).en).toBe('4 years 11 months');
    expect(serviceLabel({ years: 1, months: 0 }).en).toBe('1 year');
    expect(serviceLabel({ years: 0, months: 1 }).en).toBe('1 month');
  });
});

describe('serviceIn', () => {
  const on = d('2025-06-01');
  it.each<[string, ReturnType<typeof post>[], string]>([
    ['one post still held', [post('2023-06-01', null)], 'P2Y'],
    ['one post still held, a day short', [post('2023-06-02', null)], 'P1Y11M'],
    // endedOn is the last day in the post: 1 June 2020 to 31 May 2022 is two full years.
    ['a closed post', [post('2020-06-01', '2022-05-31')], 'P2Y'],
    ['a closed post, a day short', [post('2020-06-01', '2022-05-30')], 'P1Y11M'],
    [
      'two posts joined end to start',
      [post('2019-01-01', '2019-12-31'), post('2020-01-01', '2020-12-31')],
      'P2Y',
    ],
    [
      'overlapping posts (兼任) count once',
      [post('2019-01-01', '2020-12-31'), post('2020-01-01', '2020-06-30')],
      'P2Y',
    ],
    [
      'separate stretches add up, odd days dropped',
      [post('2015-03-10', '2016-03-20'), post('2018-01-01', '2018-12-31')],
      'P2Y',
    ],
    ['a post beyond `on` counts up to it', [post('2024-06-01', '2026-01-01')], 'P1Y'],
    ['a post starting after `on`', [post('2025-07-01', null)], 'P0M'],
    ['nothing', [], 'P0M'],
  ])('%s', (_, periods, iso) => {
    expect(isoDuration(serviceIn(periods, on))).toBe(iso);
  });
});

describe('termEnd', () => {
  it.each([
    ['2025-03-01', 1, '2026-02-28'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2023-03-01', 1, '2024-02-29'],
    ['2025-01-01', 2, '2026-12-31'],
  ])('%s for %i year(s) ends on %s', (start, years, end) => {
    expect(formatDate(termEnd(d(start), years))).toBe(end);
  });
});
