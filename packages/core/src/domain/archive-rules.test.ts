import { describe, expect, it } from 'vitest';
import { checkRecordDates, checkRecordYear } from './archive-rules.ts';
import { parseDate } from './dates.ts';

const d = (s: string) => parseDate(s) as Date;
const TODAY = d('2026-12-02');
const BIRTH = d('1985-03-12');

describe('dates of an archive record', () => {
  it.each([
    ['1985-03-12', []],
    ['1985-03-11', ['DATE_BEFORE_BIRTH']],
    ['2026-12-02', []],
    ['2026-12-03', ['DATE_IN_FUTURE']],
  ])('%s against birth 1985-03-12 and today 2026-12-02: %j', (date, codes) => {
    expect(checkRecordDates({ decisionDate: d(date) }, TODAY, BIRTH).map((v) => v.code)).toEqual(
      codes,
    );
  });

  it('names each broken field, skips the ones left out, and knows no birth when none is given', () => {
    expect(
      checkRecordDates(
        { decisionDate: d('1980-01-01'), effectiveDate: d('2027-01-01'), liftedOn: null },
        TODAY,
        BIRTH,
      ),
    ).toEqual([
      { field: 'decisionDate', code: 'DATE_BEFORE_BIRTH' },
      { field: 'effectiveDate', code: 'DATE_IN_FUTURE' },
    ]);
    expect(checkRecordDates({ birthDate: d('1900-01-01') }, TODAY)).toEqual([]);
  });
});

describe('the year of an annual grade', () => {
  it.each([
    [2006, false],
    [2007, true],
    [2026, true],
    [2027, false],
  ])('%i with work started 2007-07-01, today 2026-12-02: allowed %s', (year, allowed) => {
    expect(checkRecordYear(year, d('2007-07-01'), TODAY)).toEqual(
      allowed ? [] : [{ field: 'year', code: 'YEAR_OUT_OF_RANGE' }],
    );
  });
});
