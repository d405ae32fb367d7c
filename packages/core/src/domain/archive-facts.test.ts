import { describe, expect, it } from 'vitest';
import { archiveAges, grassRootsYears, highestEducation } from './archive-facts.ts';
import { checkArchiveDates, checkPostPeriod } from './archive-rules.ts';
import { parseDate } from './dates.ts';

const d = (s: string) => parseDate(s) as Date;
const on = d('2026-06-30');

describe('三龄 (the three ages)', () => {
  it('counts age, party standing and work years from their dates', () => {
    const dates = {
      birthDate: d('1986-07-01'),
      partyJoinDate: d('2008-06-30'),
      workStartDate: d('2008-07-01'),
    };
    expect(archiveAges(dates, on)).toEqual({ age: 39, partyYears: 18, workYears: 17 });
  });

  it('has no party standing for a non-member', () => {
    expect(
      archiveAges(
        { birthDate: d('1990-01-01'), partyJoinDate: null, workStartDate: d('2012-07-01') },
        on,
      ).partyYears,
    ).toBeNull();
  });
});

describe('二历 (education and experience)', () => {
  it('takes the higher of full-time and in-service education', () => {
    expect(highestEducation('COLLEGE', 'MASTER')).toBe('MASTER');
    expect(highestEducation('UNIVERSITY', 'COLLEGE')).toBe('UNIVERSITY');
    expect(highestEducation(null, null)).toBeNull();
  });

  it('counts overlapping posts once and open posts up to the day asked', () => {
    const posts = [
      { startedOn: d('2010-01-01'), endedOn: d('2013-12-31'), grassRoots: true },
      { startedOn: d('2012-01-01'), endedOn: d('2012-12-31'), grassRoots: true },
      { startedOn: d('2014-01-01'), endedOn: null, grassRoots: false },
    ];
    expect(grassRootsYears(posts, on)).toBe(4);
    const stillHeld = [{ startedOn: d('2010-01-01'), endedOn: null, grassRoots: true }];
    expect(grassRootsYears(stillHeld, on)).toBe(16.41); // 16 years 5 months
  });

  it('counts the last day in the post: two years to the day, and one month less a day short', () => {
    const post = (endedOn: string) => [
      { startedOn: d('2020-01-02'), endedOn: d(endedOn), grassRoots: true },
    ];
    expect(grassRootsYears(post('2022-01-01'), on)).toBe(2);
    expect(grassRootsYears(post('2021-12-31'), on)).toBe(1.91);
  });
});

describe('archive consistency rules', () => {
  it('wants party members to be 18 and workers 16, and nothing in the future', () => {
    const found = checkArchiveDates(
      {
        birthDate: d('2000-05-01'),
        partyJoinDate: d('2018-04-30'),
        workStartDate: d('2016-04-30'),
      },
      on,
    );
    expect(found.map((f) => f.code)).toEqual(['PARTY_JOIN_TOO_EARLY', 'WORK_START_TOO_EARLY']);
    expect(
      checkArchiveDates(
        {
          birthDate: d('2000-05-01'),
          partyJoinDate: d('2018-05-01'),
          workStartDate: d('2016-05-01'),
        },
        on,
      ),
    ).toEqual([]);
    expect(
      checkArchiveDates(
        { birthDate: d('2027-01-01'), partyJoinDate: null, workStartDate: d('2050-01-01') },
        on,
      ).map((f) => f.field),
    ).toContain('birthDate');
  });

  it('refuses a post before birth or ending before it starts', () => {
    expect(
      checkPostPeriod({ startedOn: d('1985-03-12'), endedOn: null }, d('1985-03-12'), on),
    ).toEqual([{ field: 'startedOn', code: 'POST_BEFORE_BIRTH' }]);
    expect(
      checkPostPeriod(
        { startedOn: d('2010-01-01'), endedOn: d('2009-12-31') },
        d('1985-03-12'),
        on,
      ),
    ).toEqual([{ field: 'endedOn', code: 'POST_ENDS_BEFORE_START' }]);
  });
});
