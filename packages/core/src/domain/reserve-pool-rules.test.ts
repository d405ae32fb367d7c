import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';
import { poolEntryProblems } from './reserve-pool-rules.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const cadre = { name: '王五', workStartDate: d('2007-07-01') };
const today = d('2026-03-02');

describe('reserve pool entry dates (后备干部入库)', () => {
  it.each([
    ['the day work started', '2007-07-01', []],
    ['today', '2026-03-02', []],
    ['before work started', '2007-06-30', ['POOL_ENTRY_BEFORE_WORK']],
    ['after today', '2026-03-03', ['DATE_IN_FUTURE']],
  ])('an entry on %s', (_, enteredOn, codes) => {
    expect(poolEntryProblems(d(enteredOn), cadre, today).map((p) => p.code)).toEqual(codes);
  });

  it('names the cadre and the day work started, never an id', () => {
    expect(poolEntryProblems(d('2001-01-01'), cadre, today)).toEqual([
      {
        field: 'enteredOn',
        code: 'POOL_ENTRY_BEFORE_WORK',
        text: {
          zh: '入库日期早于王五参加工作时间（2007-07-01）',
          en: "The entry predates 王五's start of work (2007-07-01)",
        },
      },
    ]);
  });
});
