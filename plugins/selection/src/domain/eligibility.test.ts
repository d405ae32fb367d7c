import { type InfluenceFact, parseDate } from '@cadre/core';
import type { AnnualGrade, Rank } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  DEFAULT_ELIGIBILITY_RULES,
  eligibilityRulesSchema,
  type CandidateFacts,
  type CandidatePost,
  type EligibilityRules,
} from './eligibility.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const post = (
  rank: Rank,
  startedOn: string,
  endedOn: string | null,
  grassRoots = false,
): CandidatePost => ({
  rank,
  startedOn: d(startedOn),
  endedOn: endedOn ? d(endedOn) : null,
  grassRoots,
});

const asOf = d('2025-06-01');

/**
 * A section principal who meets every default for 县处级副职 on 1 June 2025 to the day: five
 * years of work, two of them at the grass roots, three as 乡科级正职.
 */
const justInTime: CandidateFacts = {
  birthDate: d('1992-03-15'),
  workStartDate: d('2020-06-01'),
  education: 'UNIVERSITY',
  posts: [
    post('STAFF_1', '2020-06-01', '2021-05-31', true),
    post('LEADER_SECTION_DEPUTY', '2021-06-01', '2022-05-31', true),
    post('LEADER_SECTION_PRINCIPAL', '2022-06-01', null),
  ],
  currentRank: 'LEADER_SECTION_PRINCIPAL',
  influenceFacts: [],
  annualGrades: [
    { year: 2022, grade: 'COMPETENT' },
    { year: 2023, grade: 'EXCELLENT' },
    { year: 2024, grade: 'COMPETENT' },
  ],
};

/** Every requirement off, so a test can switch on the one it is about. */
const NO_RULES: EligibilityRules = {
  minWorkYears: { SECTION: 0, COUNTY: 0 },
  minGrassRootsYears: { SECTION: 0, COUNTY: 0 },
  minYearsDeputyToPrincipal: { SECTION: 0, COUNTY: 0 },
  minYearsLowerPrincipalToUpperDeputy: 0,
  minEducation: { SECTION: 'BELOW_SECONDARY', COUNTY: 'BELOW_SECONDARY' },
  gradeLookbackYears: 0,
  disqualifyingGrades: [],
};

const check = (
  facts: Partial<CandidateFacts>,
  { target = 'LEADER_COUNTY_DEPUTY' as Rank, rules = DEFAULT_ELIGIBILITY_RULES, on = asOf } = {},
) => checkEligibility({ ...justInTime, ...facts }, target, rules, on);

describe('checkEligibility with the defaults of 条例第八条', () => {
  it('passes the candidate who meets every rule to the day', () => {
    expect(check({})).toEqual([]);
  });

  // 条例第八条（一）: 提任县处级领导职务的，应当具有五年以上工龄和两年以上基层工作经历.
  // 条例第八条（三）: 由下级正职提任上级副职的，应当在下级正职岗位工作三年以上.
  it.each<[string, Partial<CandidateFacts>, string]>([
    [
      'work starting a day later',
      { workStartDate: d('2020-06-02') },
      '工作年限不足5年（实有4年11个月）',
    ],
    [
      'grass-roots experience ending a day earlier',
      {
        posts: [
          post('STAFF_1', '2020-06-01', '2021-05-31', true),
          post('LEADER_SECTION_DEPUTY', '2021-06-01', '2022-05-30', true),
          post('LEADER_SECTION_PRINCIPAL', '2022-06-01', null),
        ],
      },
      '基层工作经历不足2年（实有1年11个月）',
    ],
    [
      'the principal post starting a day later',
      {
        posts: [
          post('STAFF_1', '2020-06-01', '2021-05-31', true),
          post('LEADER_SECTION_DEPUTY', '2021-06-01', '2022-06-01', true),
          post('LEADER_SECTION_PRINCIPAL', '2022-06-02', null),
        ],
      },
      '在乡科级正职岗位工作不足3年（实有2年11个月）',
    ],
  ])('fails one day short: %s', (_, facts, zh) => {
    const failures = check(facts);
    expect(failures.map((f) => f.zh)).toEqual([zh]);
  });

  it('explains a failure in both languages with language-neutral figures', () => {
    expect(check({ workStartDate: d('2020-06-02') })).toEqual([
      {
        rule: 'WORK_YEARS',
        required: 'P5Y',
        actual: 'P4Y11M',
        zh: '工作年限不足5年（实有4年11个月）',
        en: 'Less than 5 years of work (has 4 years 11 months)',
      },
    ]);
  });
});

describe('work years (工龄)', () => {
  const rules = { ...NO_RULES, minWorkYears: { SECTION: 0, COUNTY: 5 } };
  it.each([
    ['2020-06-01', '2025-06-01', []],
    ['2020-06-02', '2025-06-01', ['P4Y11M']],
    // Started on a leap day: the fifth anniversary is 1 March 2025, not 28 February.
    ['2020-02-29', '2025-02-28', ['P4Y11M']],
    ['2020-02-29', '2025-03-01', []],
  ])('from %s, on %s', (start, on, actual) => {
    const failures = check({ workStartDate: d(start) }, { rules, on: d(on) });
    expect(failures.map((f) => f.actual)).toEqual(actual);
  });
});

describe('tenure in the lower post (任职年限)', () => {
  // 条例第八条（三）: 由副职提任正职的，应当在副职岗位工作两年以上.
  const deputy = (posts: CandidatePost[]): Partial<CandidateFacts> => ({
    posts,
    currentRank: 'LEADER_COUNTY_DEPUTY',
  });
  const rules = { ...NO_RULES, minYearsDeputyToPrincipal: { SECTION: 0, COUNTY: 2 } };
  it.each<[string, Partial<CandidateFacts>, string[]]>([
    ['two years as deputy', deputy([post('LEADER_COUNTY_DEPUTY', '2023-06-01', null)]), []],
    [
      'a day short',
      deputy([post('LEADER_COUNTY_DEPUTY', '2023-06-02', null)]),
      ['在县处级副职岗位工作不足2年（实有1年11个月）'],
    ],
    [
      'two deputy posts in different units add up',
      deputy([
        post('LEADER_COUNTY_DEPUTY', '2020-01-01', '2020-12-31'),
        post('LEADER_SECTION_PRINCIPAL', '2021-01-01', '2024-05-31'),
        post('LEADER_COUNTY_DEPUTY', '2024-06-01', null),
      ]),
      [],
    ],
    [
      'a grade at the same level (四级调研员) is not a deputy post',
      deputy([
        post('RESEARCHER_4', '2020-01-01', '2024-05-31'),
        post('LEADER_COUNTY_DEPUTY', '2024-06-01', null),
      ]),
      ['在县处级副职岗位工作不足2年（实有1年）'],
    ],
  ])('%s', (_, facts, expected) => {
    const failures = check(facts, { target: 'LEADER_COUNTY_PRINCIPAL', rules });
    expect(failures.map((f) => f.zh)).toEqual(expected);
    expect(failures.every((f) => f.rule === 'DEPUTY_TENURE')).toBe(true);
  });

  it('asks nothing of a section-level step unless the district sets it', () => {
    const facts = {
      posts: [post('LEADER_SECTION_DEPUTY', '2024-06-01', null)],
      currentRank: 'LEADER_SECTION_DEPUTY' as const,
    };
    const target = 'LEADER_SECTION_PRINCIPAL';
    expect(check(facts, { target, rules: DEFAULT_ELIGIBILITY_RULES })).toEqual([]);
    const local = { ...NO_RULES, minYearsDeputyToPrincipal: { SECTION: 2, COUNTY: 2 } };
    expect(check(facts, { target, rules: local }).map((f) => f.zh)).toEqual([
      '在乡科级副职岗位工作不足2年（实有1年）',
    ]);
  });
});

describe('which moves the qualifications apply to', () => {
  const newcomer: Partial<CandidateFacts> = {
    workStartDate: d('2022-07-01'),
    posts: [post('STAFF_1', '2022-07-01', null)],
    currentRank: 'STAFF_1',
  };
  it.each<[string, Partial<CandidateFacts>, Rank, string[]]>([
    // The 5 and 2 years are set for 县处级 posts only.
    ['a staff member to 乡科级副职', newcomer, 'LEADER_SECTION_DEPUTY', []],
    [
      'a staff member to 县处级副职',
      newcomer,
      'LEADER_COUNTY_DEPUTY',
      ['WORK_YEARS', 'GRASS_ROOTS_YEARS'],
    ],
    // Not a promotion (提拔): the same level in another post, or a grade (职级) with its own rules.
    [
      'a section principal moving sideways',
      { workStartDate: d('2024-01-01') },
      'LEADER_SECTION_PRINCIPAL',
      [],
    ],
    ['a section principal to a grade', { workStartDate: d('2024-01-01') }, 'RESEARCHER_4', []],
  ])('%s', (_, facts, target, rules) => {
    expect(check(facts, { target }).map((f) => f.rule)).toEqual(rules);
  });
});

describe('education (学历)', () => {
  // 条例第八条（四）: 一般应当具有大学专科以上文化程度，其中厅局级以上领导干部一般应当具有大学本科以上文化程度.
  it.each<[CandidateFacts['education'], string[]]>([
    ['DOCTORATE', []],
    ['UNIVERSITY', []],
    ['COLLEGE', []],
    ['SECONDARY', ['学历应为大学专科及以上（实为中专及高中）']],
    [null, ['学历应为大学专科及以上（实为未录入）']],
  ])('%s', (education, expected) => {
    expect(check({ education }).map((f) => f.zh)).toEqual(expected);
  });

  it('follows a stricter local rule', () => {
    const rules = {
      ...NO_RULES,
      minEducation: { SECTION: 'COLLEGE', COUNTY: 'UNIVERSITY' } as const,
    };
    expect(check({ education: 'COLLEGE' }, { rules })).toMatchObject([
      {
        rule: 'EDUCATION',
        required: 'UNIVERSITY',
        actual: 'COLLEGE',
        en: 'Education must be university (bachelor) or higher (is college (associate))',
      },
    ]);
  });
});

describe('influence periods (影响期)', () => {
  // 条例（考察）: 受到诫勉、组织处理或者党纪政务处分等影响期未满或者期满影响使用的，不得列为考察对象.
  const measure = (
    kind: InfluenceFact['kind'],
    effective: string,
    extra: Partial<InfluenceFact> = {},
  ): InfluenceFact => ({
    id: `${kind}-${effective}`,
    kind,
    effectiveDate: d(effective),
    probationMonths: null,
    liftedOn: null,
    revoked: false,
    ...extra,
  });
  const under = (...facts: InfluenceFact[]): Partial<CandidateFacts> => ({ influenceFacts: facts });

  // 诫勉: six months; the last day is the one of the sixth month with the same number.
  it.each([
    ['2024-11-30', []], // ended 2025-05-30
    ['2024-12-01', ['2025-06-02']], // its last day is today
    ['2025-06-01', ['2025-12-02']], // from today
  ])('admonished from %s: free from %j', (effective, free) => {
    const failures = check(under(measure('SUPERVISION_ADMONISHMENT', effective)));
    expect(failures.map((f) => f.required)).toEqual(free);
    for (const failure of failures) {
      expect(failure).toMatchObject({ rule: 'INFLUENCE_PERIOD', actual: '2025-06-01' });
      expect(failure.zh).toMatch(/诫勉.*不得列为考察对象$/);
      expect(failure.en).toMatch(/may not be listed for inspection$/);
    }
  });

  it('bars a sideways move too, once per measure, until its longest restriction ends', () => {
    // 免职 on 2024-06-01: no leading post for a year, nothing higher for two.
    const failures = check(under(measure('HANDLING_REMOVAL', '2024-06-01')), {
      target: 'LEADER_SECTION_PRINCIPAL',
    });
    expect(failures.map((f) => [f.rule, f.required])).toEqual([['INFLUENCE_PERIOD', '2026-06-02']]);
  });

  it('lists each measure in force, and nothing for a revoked or lifted one', () => {
    const failures = check(
      under(
        measure('ADMIN_MAJOR_DEMERIT', '2024-06-01'), // 18 months: until 2025-12-01
        measure('SUPERVISION_ADMONISHMENT', '2025-03-01', { revoked: true }),
        measure('HANDLING_TRANSFER', '2025-01-10', { liftedOn: d('2025-05-01') }),
        measure('SUPERVISION_REMINDER', '2025-05-20'), // 提醒 restricts nothing
      ),
    );
    expect(failures.map((f) => f.required)).toEqual(['2025-12-02']);
  });

  it('has no end to name for an expulsion', () => {
    const failures = check(under(measure('ADMIN_EXPULSION', '2020-01-01')));
    expect(failures.map((f) => f.required)).toEqual(['NEVER']);
  });
});

describe('annual grades (年度考核)', () => {
  // 条例（考察）: 近三年年度考核结果中有被确定为基本称职以下等次的，不得列为考察对象.
  const graded = (year: number, grade: AnnualGrade) => ({
    annualGrades: [...justInTime.annualGrades.filter((g) => g.year !== year), { year, grade }],
  });
  it.each<[number, AnnualGrade, string[]]>([
    [2022, 'BASIC_COMPETENT', ['2022:BASIC_COMPETENT']], // three years back
    [2021, 'BASIC_COMPETENT', []], // four years back
    [2024, 'INCOMPETENT', ['2024:INCOMPETENT']],
    [2023, 'UNQUALIFIED', ['2023:UNQUALIFIED']], // 不合格, a public institution's grade
    [2025, 'BASIC_COMPETENT', ['2025:BASIC_COMPETENT']], // this year's, once given
    [2022, 'COMPETENT', []],
    [2023, 'UNRATED', []],
  ])('%i rated %s', (year, grade, actual) => {
    expect(check(graded(year, grade)).map((f) => f.actual)).toEqual(actual);
  });

  it('explains the grade and the rule', () => {
    expect(check(graded(2022, 'BASIC_COMPETENT'))).toEqual([
      {
        rule: 'ANNUAL_GRADE',
        required: '2022-2025',
        actual: '2022:BASIC_COMPETENT',
        zh: '2022年度考核为基本称职（近3年有基本称职以下等次的，不得列为考察对象）',
        en: 'Rated basically competent for 2022 (a grade below competent in the last 3 years bars listing for inspection)',
      },
    ]);
  });

  it('looks back no further than the district says, and not at all for 0', () => {
    const two = { ...DEFAULT_ELIGIBILITY_RULES, gradeLookbackYears: 2 };
    expect(check(graded(2022, 'BASIC_COMPETENT'), { rules: two })).toEqual([]);
    const none = { ...DEFAULT_ELIGIBILITY_RULES, gradeLookbackYears: 0 };
    expect(check(graded(2025, 'INCOMPETENT'), { rules: none })).toEqual([]);
  });
});

describe('eligibilityRulesSchema', () => {
  it('accepts the defaults', () => {
    expect(eligibilityRulesSchema.parse(DEFAULT_ELIGIBILITY_RULES)).toEqual(
      DEFAULT_ELIGIBILITY_RULES,
    );
  });

  it.each<[string, unknown]>([
    ['negative years', { ...DEFAULT_ELIGIBILITY_RULES, minWorkYears: { SECTION: -1, COUNTY: 5 } }],
    [
      'fractional years',
      { ...DEFAULT_ELIGIBILITY_RULES, minYearsLowerPrincipalToUpperDeputy: 2.5 },
    ],
    [
      'an unknown education',
      { ...DEFAULT_ELIGIBILITY_RULES, minEducation: { SECTION: 'PHD', COUNTY: 'COLLEGE' } },
    ],
    ['a level missing', { ...DEFAULT_ELIGIBILITY_RULES, minGrassRootsYears: { COUNTY: 2 } }],
    ['an unknown grade', { ...DEFAULT_ELIGIBILITY_RULES, disqualifyingGrades: ['POOR'] }],
    [
      'a grade twice',
      { ...DEFAULT_ELIGIBILITY_RULES, disqualifyingGrades: ['INCOMPETENT', 'INCOMPETENT'] },
    ],
    ['an unknown key', { ...DEFAULT_ELIGIBILITY_RULES, maxAge: 45 }],
  ])('refuses %s', (_, value) => {
    expect(eligibilityRulesSchema.safeParse(value).success).toBe(false);
  });
});
