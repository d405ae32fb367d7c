import {
  ANNUAL_GRADE_LABELS,
  bilingual,
  EDUCATION_ORDER,
  educationAtLeast,
  formatDate,
  governs,
  type InfluenceFact,
  isoDuration,
  type Label,
  type Period,
  rankQuotaKey,
  type Restriction,
  restrictionsInForce,
  type Service,
  serviceBetween,
  serviceIn,
  serviceLabel,
  setting,
} from '@cadre/core';
import type { AnnualGrade, Education, PostLevel, Rank } from '@cadre/db/client';
import { z } from 'zod';
import { ANNUAL_GRADES, EDUCATION_LABELS } from './archive-labels.ts';

// 资格条件 (qualifications) of a candidate for promotion to a leadership post. 条例第八条 sets
// them for 县处级 posts; a district's own rules set those of 乡科级 posts, so every figure is kept
// per level and a district may change it (DOMAIN §3). 0 years means "no requirement".

export const LEADERSHIP_LEVELS = ['SECTION', 'COUNTY'] as const;
export type LeadershipLevel = (typeof LEADERSHIP_LEVELS)[number];

export const LEADERSHIP_LEVEL_LABELS: Record<LeadershipLevel, Label> = {
  SECTION: { zh: '乡科级', en: 'section level' },
  COUNTY: { zh: '县处级', en: 'county level' },
};

const years = z.int().min(0).max(40);
const perLevel = <T extends z.ZodType>(value: T, label: Label) =>
  z
    .strictObject({
      SECTION: value.meta(setting(LEADERSHIP_LEVEL_LABELS.SECTION)),
      COUNTY: value.meta(setting(LEADERSHIP_LEVEL_LABELS.COUNTY)),
    })
    .meta(setting(label));

export const eligibilityRulesSchema = z.strictObject({
  minWorkYears: perLevel(years, { zh: '最低工作年限（年）', en: 'Minimum years of work' }),
  minGrassRootsYears: perLevel(years, {
    zh: '最低基层工作经历（年）',
    en: 'Minimum years of grass-roots experience',
  }),
  /** 由副职提任正职: years in the deputy post of the same level. */
  minYearsDeputyToPrincipal: perLevel(years, {
    zh: '副职提任正职须任副职（年）',
    en: 'Years as deputy before a principal post',
  }),
  /** 由下级正职提任上级副职: years as 乡科级正职 before 县处级副职, the only such step in a district. */
  minYearsLowerPrincipalToUpperDeputy: years.meta(
    setting({
      zh: '下级正职提任上级副职须任下级正职（年）',
      en: 'Years as lower principal before an upper deputy post',
    }),
  ),
  minEducation: perLevel(
    z
      .enum(EDUCATION_ORDER as readonly Education[])
      .meta(setting({ zh: '学历', en: 'Education' }, { choices: EDUCATION_LABELS })),
    { zh: '最低学历', en: 'Minimum education' },
  ),
  /** The assessment years looked back on (不得列为考察对象); 0 turns the rule off. */
  gradeLookbackYears: z
    .int()
    .min(0)
    .max(10)
    .meta(setting({ zh: '年度考核回溯年数', en: 'Years of annual grades looked back on' })),
  disqualifyingGrades: z
    .array(
      z
        .enum(ANNUAL_GRADES)
        .meta(setting({ zh: '等次', en: 'Grade' }, { choices: ANNUAL_GRADE_LABELS })),
    )
    .refine(
      (grades) => new Set(grades).size === grades.length,
      bilingual('等次不能重复', 'Each grade may be listed once'),
    )
    .meta(
      setting({ zh: '不得列为考察对象的考核等次', en: 'Grades that bar listing for inspection' }),
    ),
});
export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;

export const DEFAULT_ELIGIBILITY_RULES: EligibilityRules = {
  // 条例第八条（一）: 提任县处级领导职务的，应当具有五年以上工龄和两年以上基层工作经历.
  minWorkYears: { SECTION: 0, COUNTY: 5 },
  minGrassRootsYears: { SECTION: 0, COUNTY: 2 },
  // 条例第八条（三）: 由副职提任正职的，应当在副职岗位工作两年以上；由下级正职提任上级副职的，
  // 应当在下级正职岗位工作三年以上.
  minYearsDeputyToPrincipal: { SECTION: 0, COUNTY: 2 },
  minYearsLowerPrincipalToUpperDeputy: 3,
  // 条例第八条（四）: 一般应当具有大学专科以上文化程度 (本科 only from 厅局级, above a district).
  minEducation: { SECTION: 'COLLEGE', COUNTY: 'COLLEGE' },
  // 考察对象: 近三年年度考核结果中有被确定为基本称职以下等次的，不得列为考察对象.
  gradeLookbackYears: 3,
  disqualifyingGrades: ['BASIC_COMPETENT', 'INCOMPETENT', 'BASIC_QUALIFIED', 'UNQUALIFIED'],
};

export interface CandidatePost extends Period {
  /** The rank held in the post; null where the archive does not say. */
  rank: Rank | null;
  grassRoots: boolean;
}

export interface CandidateFacts {
  /** Carried with the facts for the views (年龄); no rule of 第八条 counts age. */
  birthDate: Date;
  workStartDate: Date;
  /** The highest of full-time and in-service education; null when not entered. */
  education: Education | null;
  posts: readonly CandidatePost[];
  currentRank: Rank;
  /** Sanctions, organizational handling, admonishments …: core's influence-period engine reads them. */
  influenceFacts: readonly InfluenceFact[];
  annualGrades: readonly { year: number; grade: AnnualGrade }[];
}

export type EligibilityRuleCode =
  | 'WORK_YEARS'
  | 'GRASS_ROOTS_YEARS'
  | 'DEPUTY_TENURE'
  | 'LOWER_PRINCIPAL_TENURE'
  | 'EDUCATION'
  | 'INFLUENCE_PERIOD'
  | 'ANNUAL_GRADE';

/**
 * A rule the candidate does not meet. `required` and `actual` are language-neutral: ISO 8601
 * durations (`P5Y`, `P4Y11M`), education codes, `YYYY-MM-DD` dates, `YYYY:GRADE` grades; `zh` and
 * `en` explain the failure in full.
 */
export interface EligibilityFailure extends Label {
  rule: EligibilityRuleCode;
  required: string;
  actual: string;
}

const LEVEL_ORDER: readonly PostLevel[] = [
  'STAFF',
  'SECTION_DEPUTY',
  'SECTION_PRINCIPAL',
  'COUNTY_DEPUTY',
  'COUNTY_PRINCIPAL',
];

const leadershipLevel = (level: PostLevel): LeadershipLevel | null =>
  level.startsWith('COUNTY') ? 'COUNTY' : level.startsWith('SECTION') ? 'SECTION' : null;

/** What a length of service is of, for the explanation. */
const WORK: Label = { zh: '工作年限', en: 'of work' };
const GRASS_ROOTS: Label = { zh: '基层工作经历', en: 'of grass-roots experience' };

/** The steps 第八条（三） names, with the post whose years count. */
const TENURE_STEPS: readonly {
  from: Rank;
  to: Rank;
  rule: EligibilityRuleCode;
  years: (rules: EligibilityRules) => number;
  what: Label;
}[] = [
  {
    from: 'LEADER_SECTION_DEPUTY',
    to: 'LEADER_SECTION_PRINCIPAL',
    rule: 'DEPUTY_TENURE',
    years: (r) => r.minYearsDeputyToPrincipal.SECTION,
    what: { zh: '在乡科级副职岗位工作', en: 'in a section-level deputy post' },
  },
  {
    from: 'LEADER_COUNTY_DEPUTY',
    to: 'LEADER_COUNTY_PRINCIPAL',
    rule: 'DEPUTY_TENURE',
    years: (r) => r.minYearsDeputyToPrincipal.COUNTY,
    what: { zh: '在县处级副职岗位工作', en: 'in a county-level deputy post' },
  },
  {
    from: 'LEADER_SECTION_PRINCIPAL',
    to: 'LEADER_COUNTY_DEPUTY',
    rule: 'LOWER_PRINCIPAL_TENURE',
    years: (r) => r.minYearsLowerPrincipalToUpperDeputy,
    what: { zh: '在乡科级正职岗位工作', en: 'in a section-level principal post' },
  },
];

function serviceShort(
  rule: EligibilityRuleCode,
  required: number,
  actual: Service,
  what: Label,
): EligibilityFailure[] {
  if (actual.years >= required) return [];
  const need = serviceLabel({ years: required, months: 0 });
  const has = serviceLabel(actual);
  return [
    {
      rule,
      required: isoDuration({ years: required, months: 0 }),
      actual: isoDuration(actual),
      zh: `${what.zh}不足${need.zh}（实有${has.zh}）`,
      en: `Less than ${need.en} ${what.en} (has ${has.en})`,
    },
  ];
}

function educationShort(education: Education | null, min: Education): EligibilityFailure[] {
  if (education !== null && educationAtLeast(min).includes(education)) return [];
  const has = education ? EDUCATION_LABELS[education] : { zh: '未录入', en: 'not entered' };
  return [
    {
      rule: 'EDUCATION',
      required: min,
      actual: education ?? 'NONE',
      zh: `学历应为${EDUCATION_LABELS[min].zh}及以上（实为${has.zh}）`,
      en: `Education must be ${EDUCATION_LABELS[min].en} or higher (is ${has.en})`,
    },
  ];
}

/** 第八条: qualifications for a promotion to a leadership post at `level`. */
function qualifications(
  facts: CandidateFacts,
  targetRank: Rank,
  level: LeadershipLevel,
  rules: EligibilityRules,
  asOf: Date,
): EligibilityFailure[] {
  const step = TENURE_STEPS.find((s) => s.from === facts.currentRank && s.to === targetRank);
  const servedIn = (keep: (post: CandidatePost) => boolean) =>
    serviceIn(facts.posts.filter(keep), asOf);
  const worked = serviceBetween(facts.workStartDate, asOf);
  const grassRoots = servedIn((p) => p.grassRoots);
  return [
    ...serviceShort('WORK_YEARS', rules.minWorkYears[level], worked, WORK),
    ...serviceShort('GRASS_ROOTS_YEARS', rules.minGrassRootsYears[level], grassRoots, GRASS_ROOTS),
    ...(step
      ? serviceShort(
          step.rule,
          step.years(rules),
          servedIn((p) => p.rank === step.from),
          step.what,
        )
      : []),
    ...educationShort(facts.education, rules.minEducation[level]),
  ];
}

/** 不得列为考察对象: bars that hold for any post, promotion or not. */
function bars(facts: CandidateFacts, rules: EligibilityRules, asOf: Date): EligibilityFailure[] {
  // 影响期未满的，不得列为考察对象: every restriction in force but the bar on 评优, one per measure
  // (the longest of it). `until` is the last day in force: a period until today still binds today.
  const governing = new Map<string, Restriction>();
  for (const restriction of restrictionsInForce(facts.influenceFacts, asOf)) {
    if (restriction.restriction === 'NO_EXCELLENT_GRADE') continue;
    const known = governing.get(restriction.factId);
    if (!known || governs(restriction, known)) governing.set(restriction.factId, restriction);
  }
  const periods = [...governing.values()].map((r) => ({
    rule: 'INFLUENCE_PERIOD' as const,
    required: r.until ? formatDate(new Date(r.until.getTime() + 86_400_000)) : 'NEVER',
    actual: formatDate(asOf),
    zh: `${r.explanation.zh}；影响期未满，不得列为考察对象`,
    en: `${r.explanation.en}; within the influence period, may not be listed for inspection`,
  }));
  // The last N assessment years before this one, and this year's grade once it is given.
  const thisYear = asOf.getUTCFullYear();
  const firstYear = thisYear - rules.gradeLookbackYears;
  const grades = facts.annualGrades
    .filter(
      (g) =>
        rules.gradeLookbackYears > 0 &&
        g.year >= firstYear &&
        g.year <= thisYear &&
        rules.disqualifyingGrades.includes(g.grade),
    )
    .map((g) => ({
      rule: 'ANNUAL_GRADE' as const,
      required: `${firstYear}-${thisYear}`,
      actual: `${g.year}:${g.grade}`,
      zh: `${g.year}年度考核为${ANNUAL_GRADE_LABELS[g.grade].zh}（近${rules.gradeLookbackYears}年有基本称职以下等次的，不得列为考察对象）`,
      en: `Rated ${ANNUAL_GRADE_LABELS[g.grade].en} for ${g.year} (a grade below competent in the last ${rules.gradeLookbackYears} years bars listing for inspection)`,
    }));
  return [...periods, ...grades];
}

/**
 * The rules `facts` break for `targetRank` on `asOf`. 第八条 concerns promotions (提拔) to leadership
 * posts: a target above the current level. Moving sideways, or to a grade (职级, with rules of its
 * own), meets only the bars.
 */
export function checkEligibility(
  facts: CandidateFacts,
  targetRank: Rank,
  rules: EligibilityRules,
  asOf: Date,
): EligibilityFailure[] {
  const target = rankQuotaKey[targetRank];
  const level = leadershipLevel(target.level);
  const promotion =
    LEVEL_ORDER.indexOf(target.level) > LEVEL_ORDER.indexOf(rankQuotaKey[facts.currentRank].level);
  return [
    ...(target.leadership && level && promotion
      ? qualifications(facts, targetRank, level, rules, asOf)
      : []),
    ...bars(facts, rules, asOf),
  ];
}
