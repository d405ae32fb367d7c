import { SanctionKind } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import { SANCTION_KIND_LABELS, sanctionFamily } from './archive-labels.ts';
import { addDays, formatDate, parseDate } from './dates.ts';
import {
  checkSanctionDates,
  restrictionsInForce,
  restrictionsOf,
  restrictionSpan,
  type InfluenceFact,
  type RestrictionKind,
} from './influence-periods.ts';

const d = (s: string) => parseDate(s) as Date;
const day = (date: Date | null) => date && formatDate(date);

const fact = (
  kind: SanctionKind,
  effective: string,
  more: Partial<InfluenceFact> = {},
): InfluenceFact => ({
  id: kind,
  kind,
  effectiveDate: d(effective),
  probationMonths: kind === 'PARTY_PROBATION' ? 12 : null,
  liftedOn: null,
  revoked: false,
  ...more,
});

const inForce = (f: InfluenceFact, on: Date) =>
  restrictionsInForce([f], on).map((r) => r.restriction);

// The last day of each bar, counted by hand from the rules of DOMAIN §11.
const DATED: [SanctionKind, string, RestrictionKind, string, number?][] = [
  ['ADMIN_WARNING', '2025-08-31', 'NO_PROMOTION', '2026-02-28'],
  ['ADMIN_WARNING', '2025-08-31', 'NO_EXCELLENT_GRADE', '2025-12-31'],
  ['ADMIN_DEMERIT', '2026-01-15', 'NO_PROMOTION', '2027-01-15'],
  ['ADMIN_DEMERIT', '2026-01-15', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['ADMIN_MAJOR_DEMERIT', '2026-03-01', 'NO_PROMOTION', '2027-09-01'],
  ['ADMIN_MAJOR_DEMERIT', '2026-03-01', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['ADMIN_DEMOTION', '2024-02-29', 'NO_PROMOTION', '2026-02-28'],
  ['ADMIN_DEMOTION', '2024-02-29', 'NO_EXCELLENT_GRADE', '2024-12-31'],
  ['ADMIN_DISMISSAL', '2026-05-31', 'NO_PROMOTION', '2028-05-31'],
  ['ADMIN_DISMISSAL', '2026-05-31', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['PARTY_WARNING', '2026-01-31', 'NO_PROMOTION', '2027-01-31'],
  ['PARTY_WARNING', '2026-01-31', 'NO_HIGHER_POST', '2027-01-31'],
  ['PARTY_WARNING', '2026-01-31', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['PARTY_SERIOUS_WARNING', '2025-08-31', 'NO_PROMOTION', '2027-02-28'],
  ['PARTY_SERIOUS_WARNING', '2025-08-31', 'NO_HIGHER_POST', '2027-02-28'],
  ['PARTY_SERIOUS_WARNING', '2025-08-31', 'NO_EXCELLENT_GRADE', '2025-12-31'],
  ['PARTY_POST_REMOVAL', '2026-04-30', 'NO_PROMOTION', '2028-04-30'],
  ['PARTY_POST_REMOVAL', '2026-04-30', 'NO_HIGHER_POST', '2028-04-30'],
  ['PARTY_POST_REMOVAL', '2026-04-30', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['PARTY_PROBATION', '2026-03-01', 'NO_PROMOTION', '2029-03-01', 12],
  ['PARTY_PROBATION', '2026-03-01', 'NO_HIGHER_POST', '2029-03-01', 12],
  ['PARTY_PROBATION', '2026-03-01', 'NO_PROMOTION', '2030-03-01', 24],
  ['PARTY_PROBATION', '2026-03-01', 'NO_HIGHER_POST', '2030-03-01', 24],
  ['PARTY_PROBATION', '2026-03-01', 'NO_EXCELLENT_GRADE', '2026-12-31', 12],
  ['PARTY_EXPULSION', '2026-03-01', 'NO_PROMOTION', '2031-03-01'],
  ['PARTY_EXPULSION', '2026-03-01', 'NO_LEADING_POST', '2031-03-01'],
  ['PARTY_EXPULSION', '2026-03-01', 'NO_EXCELLENT_GRADE', '2026-12-31'],
  ['HANDLING_TRANSFER', '2026-03-01', 'NO_PROMOTION', '2027-03-01'],
  ['HANDLING_REMOVAL', '2027-02-28', 'NO_LEADING_POST', '2028-02-28'],
  ['HANDLING_REMOVAL', '2027-02-28', 'NO_HIGHER_POST', '2029-02-28'],
  ['HANDLING_ORDERED_RESIGNATION', '2026-03-01', 'NO_LEADING_POST', '2027-03-01'],
  ['HANDLING_ORDERED_RESIGNATION', '2026-03-01', 'NO_HIGHER_POST', '2028-03-01'],
  ['HANDLING_DEMOTION', '2026-12-31', 'NO_PROMOTION', '2028-12-31'],
  ['SUPERVISION_ADMONISHMENT', '2026-08-31', 'NO_PROMOTION', '2027-02-28'],
  ['SUPERVISION_ADMONISHMENT', '2026-08-31', 'NO_IMPORTANT_POST', '2027-02-28'],
  ['SUPERVISION_ADMONISHMENT', '2026-08-31', 'NO_EXCELLENT_GRADE', '2026-12-31'],
];
const OPEN: [SanctionKind, RestrictionKind][] = [
  ['ADMIN_EXPULSION', 'NO_PROMOTION'],
  ['ADMIN_EXPULSION', 'NO_LEADING_POST'],
  ['HANDLING_SUSPENSION', 'NO_PROMOTION'],
];
const NOTHING: SanctionKind[] = ['SUPERVISION_REMINDER', 'SUPERVISION_LETTER_INQUIRY'];

describe('what each measure bars', () => {
  it('covers every kind of the archive', () => {
    const covered = new Set([...DATED.map((r) => r[0]), ...OPEN.map((r) => r[0]), ...NOTHING]);
    expect([...covered].sort()).toEqual(Object.values(SanctionKind).sort());
  });

  it.each(Object.values(SanctionKind))('imposes on %s exactly the bars of the rules', (kind) => {
    const expected = [
      ...DATED.filter(([k, , , , months]) => k === kind && months !== 24).map(([, , r]) => r),
      ...OPEN.filter(([k]) => k === kind).map(([, r]) => r),
    ].sort();
    expect(
      restrictionsOf(fact(kind, '2026-03-01'))
        .map((r) => r.restriction)
        .sort(),
    ).toEqual(expected);
  });

  it.each(DATED)(
    '%s from %s: %s in force the day before and on %s, not the day after',
    (kind, effective, restriction, last, probationMonths) => {
      const f = fact(kind, effective, probationMonths ? { probationMonths } : {});
      const bar = restrictionsOf(f).find((r) => r.restriction === restriction);
      expect(day(bar?.until ?? null)).toBe(last);
      expect(day(bar?.from ?? null)).toBe(effective);
      expect(inForce(f, addDays(d(last), -1))).toContain(restriction);
      expect(inForce(f, d(last))).toContain(restriction);
      expect(inForce(f, addDays(d(last), 1))).not.toContain(restriction);
    },
  );

  it.each(OPEN)('%s bars %s with no end until lifted', (kind, restriction) => {
    const f = fact(kind, '2026-03-01');
    expect(restrictionsOf(f).find((r) => r.restriction === restriction)?.until).toBeNull();
    expect(inForce(f, d('2026-02-28'))).not.toContain(restriction);
    expect(inForce(f, d('2026-03-01'))).toContain(restriction);
    expect(inForce(f, d('2099-12-31'))).toContain(restriction);
    const lifted = { ...f, liftedOn: d('2026-05-10') };
    expect(inForce(lifted, d('2026-05-09'))).toContain(restriction);
    expect(inForce(lifted, d('2026-05-10'))).not.toContain(restriction);
  });

  it.each(NOTHING)('%s bars nothing', (kind) => {
    expect(restrictionsOf(fact(kind, '2026-03-01'))).toEqual([]);
  });

  it('counts a probation recorded without its length as the longest, two years', () => {
    const f = fact('PARTY_PROBATION', '2026-03-01', { probationMonths: null });
    expect(day(restrictionSpan(f)?.until ?? null)).toBe('2030-03-01');
  });
});

describe('explanations', () => {
  it('quotes what, until when and why, with the regulation', () => {
    const [promotion, grade] = restrictionsOf(fact('ADMIN_MAJOR_DEMERIT', '2026-03-01'));
    expect(promotion?.explanation).toEqual({
      zh: '2026年3月1日受记大过处分，影响期18个月，至2027年9月1日期满（政务处分期内不得晋升职务、职级、衔级和级别，期满自动解除）',
      en: 'Major demerit (政务处分) effective 2026-03-01: 18-month influence period until 2027-09-01; no promotion in post, rank or grade during the sanction period, which ends on its own',
    });
    expect(promotion?.source.zh).toBe('《中华人民共和国公职人员政务处分法》第八条、第二十二条');
    expect(grade?.explanation.zh).toBe(
      '2026年3月1日受记大过处分，影响2026年度考核，至2026年12月31日（当年年度考核不得确定为优秀等次）',
    );
    expect(grade?.source.zh).toBe('《公务员考核规定》');
  });

  it('names an early lift, and an open end', () => {
    const lifted = fact('HANDLING_SUSPENSION', '2026-03-01', { liftedOn: d('2026-05-10') });
    expect(restrictionsOf(lifted)[0]?.explanation).toEqual({
      zh: '2026年3月1日受停职检查处理，不设期满日，已于2026年5月10日按程序解除（停职检查期间不得提拔，至按程序解除为止）',
      en: 'Suspension for examination (组织处理) effective 2026-03-01: no end date; lifted by procedure on 2026-05-10; no promotion while suspended, until lifted by procedure',
    });
  });
});

describe('several at once', () => {
  const majorDemerit = fact('ADMIN_MAJOR_DEMERIT', '2026-03-01', { id: 'demerit' });
  const admonishment = fact('SUPERVISION_ADMONISHMENT', '2026-06-15', { id: 'admonish' });
  const removal = fact('HANDLING_REMOVAL', '2026-05-01', { id: 'removal' });
  const governing = (facts: InfluenceFact[], on: string) =>
    restrictionsInForce(facts, d(on)).map((r) => [r.restriction, r.factId, day(r.until)]);

  it.each([
    [
      '2026-07-01',
      [
        ['NO_PROMOTION', 'demerit', '2027-09-01'],
        ['NO_IMPORTANT_POST', 'admonish', '2026-12-15'],
        ['NO_LEADING_POST', 'removal', '2027-05-01'],
        ['NO_HIGHER_POST', 'removal', '2028-05-01'],
        // Both end on 31 December: the earlier effective date governs.
        ['NO_EXCELLENT_GRADE', 'demerit', '2026-12-31'],
      ],
    ],
    [
      '2027-06-01',
      [
        ['NO_PROMOTION', 'demerit', '2027-09-01'],
        ['NO_HIGHER_POST', 'removal', '2028-05-01'],
      ],
    ],
    ['2028-05-02', []],
  ])('on %s one per kind, the longest governing', (on, expected) => {
    expect(governing([majorDemerit, admonishment, removal], on)).toEqual(expected);
    expect(governing([removal, admonishment, majorDemerit], on)).toEqual(expected);
  });

  it('lets an open-ended bar govern over any date', () => {
    const suspension = fact('HANDLING_SUSPENSION', '2026-06-01', { id: 'suspension' });
    const demotion = fact('HANDLING_DEMOTION', '2026-03-01', { id: 'demotion' });
    expect(governing([demotion, suspension], '2026-07-01')).toEqual([
      ['NO_PROMOTION', 'suspension', null],
    ]);
  });

  it('breaks a full tie by id, whatever the order', () => {
    const b = fact('HANDLING_TRANSFER', '2026-03-01', { id: 'b' });
    const a = fact('HANDLING_TRANSFER', '2026-03-01', { id: 'a' });
    expect(governing([b, a], '2026-07-01')).toEqual([['NO_PROMOTION', 'a', '2027-03-01']]);
    expect(governing([a, b], '2026-07-01')).toEqual([['NO_PROMOTION', 'a', '2027-03-01']]);
  });
});

describe('lifts and revocations', () => {
  it('ends every bar the day before an early lift; the day of the lift is free', () => {
    const f = fact('ADMIN_MAJOR_DEMERIT', '2026-03-01', { liftedOn: d('2026-10-01') });
    expect(restrictionsOf(f).map((r) => [r.restriction, day(r.until)])).toEqual([
      ['NO_PROMOTION', '2026-09-30'],
      ['NO_EXCELLENT_GRADE', '2026-09-30'],
    ]);
    expect(inForce(f, d('2026-09-30'))).toEqual(['NO_PROMOTION', 'NO_EXCELLENT_GRADE']);
    expect(inForce(f, d('2026-10-01'))).toEqual([]);
    expect(restrictionsOf(f)[0]?.explanation.zh).toContain('已于2026年10月1日按程序解除');
  });

  it('leaves a bar that had already ended as it was', () => {
    const f = fact('HANDLING_REMOVAL', '2026-03-01', { liftedOn: d('2027-06-01') });
    const [leading, higher] = restrictionsOf(f);
    expect([day(leading?.until ?? null), day(higher?.until ?? null)]).toEqual([
      '2027-03-01',
      '2027-05-31',
    ]);
    expect(leading?.explanation.zh).not.toContain('解除');
    expect(higher?.explanation.zh).toContain('已于2027年6月1日按程序解除');
  });

  it.each(['2026-03-01', '2026-02-01'])('leaves nothing after a lift on %s', (liftedOn) => {
    const f = fact('ADMIN_DEMERIT', '2026-03-01', { liftedOn: d(liftedOn) });
    expect(restrictionsOf(f)).toEqual([]);
    expect(restrictionSpan(f)).toBeNull();
  });

  it('takes nothing from a revoked fact', () => {
    const f = fact('ADMIN_EXPULSION', '2026-03-01', { revoked: true });
    expect(restrictionsOf(f)).toEqual([]);
    expect(restrictionsInForce([f], d('2026-07-01'))).toEqual([]);
    expect(restrictionSpan(f)).toBeNull();
  });
});

describe('restrictionSpan, stored per sanction', () => {
  it.each([
    ['ADMIN_MAJOR_DEMERIT', '2026-03-01', {}, '2027-09-01', false],
    ['ADMIN_WARNING', '2026-09-01', {}, '2027-03-01', false],
    // The year-end bar outlasts six months from March.
    ['ADMIN_WARNING', '2026-03-01', {}, '2026-12-31', false],
    ['ADMIN_EXPULSION', '2026-03-01', {}, null, true],
    ['PARTY_PROBATION', '2026-03-01', { probationMonths: 24 }, '2030-03-01', false],
    ['PARTY_EXPULSION', '2026-03-01', {}, '2031-03-01', false],
    ['HANDLING_REMOVAL', '2026-03-01', {}, '2028-03-01', false],
    ['HANDLING_SUSPENSION', '2026-03-01', { liftedOn: d('2026-05-10') }, '2026-05-09', false],
    ['SUPERVISION_ADMONISHMENT', '2026-08-01', {}, '2027-02-01', false],
    ['SUPERVISION_ADMONISHMENT', '2026-03-01', {}, '2026-12-31', false],
  ] as const)('%s from %s %o: until %s, open-ended %s', (kind, effective, more, until, open) => {
    const span = restrictionSpan(fact(kind, effective, more));
    expect(span && { until: day(span.until), openEnded: span.openEnded }).toEqual({
      until,
      openEnded: open,
    });
  });

  it('is null for a measure that bars nothing', () => {
    expect(restrictionSpan(fact('SUPERVISION_LETTER_INQUIRY', '2026-03-01'))).toBeNull();
  });
});

describe('checkSanctionDates', () => {
  const valid = {
    kind: 'HANDLING_TRANSFER' as SanctionKind,
    decisionDate: d('2026-02-20'),
    effectiveDate: d('2026-03-01'),
    probationMonths: null as number | null,
    liftedOn: null as Date | null,
  };

  it.each([
    ['a transfer', {}],
    ['an effective date on the decision date', { effectiveDate: d('2026-02-20') }],
    ['a probation of 24 months', { kind: 'PARTY_PROBATION', probationMonths: 24 }],
    ['a lift on the last day', { liftedOn: d('2027-03-01') }],
    ['a lift the day after it took effect', { liftedOn: d('2026-03-02') }],
  ] as const)('accepts %s', (_, change) => {
    expect(checkSanctionDates({ ...valid, ...change })).toEqual([]);
  });

  it.each([
    [
      'effective before decision',
      { effectiveDate: d('2026-02-19') },
      'effectiveDate',
      'EFFECTIVE_BEFORE_DECISION',
    ],
    [
      'a probation without its length',
      { kind: 'PARTY_PROBATION' },
      'probationMonths',
      'PROBATION_MONTHS_REQUIRED',
    ],
    [
      'a probation of 18 months',
      { kind: 'PARTY_PROBATION', probationMonths: 18 },
      'probationMonths',
      'PROBATION_MONTHS_INVALID',
    ],
    [
      'a probation length on a warning',
      { kind: 'PARTY_WARNING', probationMonths: 12 },
      'probationMonths',
      'PROBATION_MONTHS_NOT_APPLICABLE',
    ],
    [
      'a lift before the effective date',
      { liftedOn: d('2026-02-28') },
      'liftedOn',
      'LIFT_NOT_AFTER_EFFECTIVE',
    ],
    [
      'a lift on the effective date',
      { liftedOn: d('2026-03-01') },
      'liftedOn',
      'LIFT_NOT_AFTER_EFFECTIVE',
    ],
    ['a lift after the period', { liftedOn: d('2027-03-02') }, 'liftedOn', 'LIFT_AFTER_PERIOD'],
    [
      'a lift of a reminder',
      { kind: 'SUPERVISION_REMINDER', liftedOn: d('2026-04-01') },
      'liftedOn',
      'LIFT_WITHOUT_PERIOD',
    ],
    [
      'a lift of a letter inquiry',
      { kind: 'SUPERVISION_LETTER_INQUIRY', liftedOn: d('2026-04-01') },
      'liftedOn',
      'LIFT_WITHOUT_PERIOD',
    ],
  ] as const)('refuses %s', (_, change, field, code) => {
    expect(checkSanctionDates({ ...valid, ...change }).map((i) => [i.field, i.code])).toEqual([
      [field, code],
    ]);
  });

  it('says in both languages when the period ends anyway', () => {
    const [issue] = checkSanctionDates({ ...valid, liftedOn: d('2027-03-02') });
    expect(issue?.text).toEqual({
      zh: '影响期至2027年3月1日届满，其后无需解除',
      en: 'The influence period ends on 2027-03-01; a lift after it changes nothing',
    });
  });

  it('reports every broken rule at once', () => {
    const issues = checkSanctionDates({
      kind: 'PARTY_PROBATION',
      decisionDate: d('2026-03-01'),
      effectiveDate: d('2026-02-01'),
      probationMonths: null,
      liftedOn: d('2026-01-01'),
    });
    expect(issues.map((i) => i.field)).toEqual(['effectiveDate', 'probationMonths', 'liftedOn']);
  });
});

describe('archive labels', () => {
  it('names every kind with its family', () => {
    expect(SANCTION_KIND_LABELS.ADMIN_MAJOR_DEMERIT).toEqual({
      zh: '政务处分：记大过',
      en: 'administrative sanction: major demerit',
    });
  });

  it.each([
    ['ADMIN_EXPULSION', 'ADMIN'],
    ['PARTY_SERIOUS_WARNING', 'PARTY'],
    ['HANDLING_ORDERED_RESIGNATION', 'HANDLING'],
    ['SUPERVISION_LETTER_INQUIRY', 'SUPERVISION'],
  ] as const)('puts %s in the family %s', (kind, family) => {
    expect(sanctionFamily(kind)).toBe(family);
  });
});
