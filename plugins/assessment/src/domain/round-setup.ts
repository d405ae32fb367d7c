import { rankQuotaKey } from '@cadre/core';
import type {
  AssessmentGroup,
  AssessmentKind,
  EvaluationSubjectKind,
  Rank,
  UnitCategory,
} from '@cadre/db/client';
import type { AssessmentConfig } from './config.ts';

export { ITEMS_LABEL, KIND_LABELS, SUBJECT_LABELS, SUBJECTS_LABEL } from './round-labels.ts';

// What a new round starts with: its subjects and items by default, its weights from the district's
// settings, and who of the district is assessed in it. Staff change subjects, items and
// participants before scoring starts; these are the defaults, not rules.

export interface SubjectWeight {
  kind: EvaluationSubjectKind;
  weight: number;
}

/**
 * Default coefficients per group, each set summing to 100. Superiors weigh most (seed 004: 上级
 * …了解的更直接、更全面，做出的评价也相对更准确); the self-evaluation least (带有较强的主观性); leaders
 * are also judged by those they lead, functional departments and the masses with a survey; staff,
 * who lead no one, by themselves, superiors, peers and those they serve.
 */
export const DEFAULT_SUBJECTS: Record<AssessmentGroup, readonly SubjectWeight[]> = {
  LEADERS: [
    { kind: 'SUPERIOR', weight: 30 },
    { kind: 'PEER', weight: 20 },
    { kind: 'SUBORDINATE', weight: 20 },
    { kind: 'FUNCTIONAL_DEPARTMENT', weight: 10 },
    { kind: 'MASSES', weight: 10 },
    { kind: 'SATISFACTION_SURVEY', weight: 10 },
  ],
  CIVIL_SERVANTS: [
    { kind: 'SELF', weight: 10 },
    { kind: 'SUPERIOR', weight: 40 },
    { kind: 'PEER', weight: 30 },
    { kind: 'MASSES', weight: 20 },
  ],
  PUBLIC_INSTITUTIONS: [
    { kind: 'SELF', weight: 10 },
    { kind: 'SUPERIOR', weight: 35 },
    { kind: 'PEER', weight: 25 },
    { kind: 'MASSES', weight: 15 },
    { kind: 'SATISFACTION_SURVEY', weight: 15 },
  ],
};

/** 德、能、勤、绩、廉, 绩 weighing most (重实绩). */
export const DEFAULT_ITEMS: readonly { name: string; weight: number }[] = [
  { name: '德', weight: 15 },
  { name: '能', weight: 20 },
  { name: '勤', weight: 15 },
  { name: '绩', weight: 35 },
  { name: '廉', weight: 15 },
];

/**
 * The percent of the total from the daily assessment and from the unit's results. 平时考核 feeds
 * the annual assessment (DOMAIN §4), so only annual rounds weigh it; a unit's results feed its
 * leaders' results, in annual and term rounds; a special round is judged on its topic by its
 * evaluation alone.
 */
export function roundWeights(
  kind: AssessmentKind,
  group: AssessmentGroup,
  config: Pick<AssessmentConfig, 'dailyWeight' | 'unitResultWeight'>,
): { dailyWeight: number; unitResultWeight: number } {
  return {
    dailyWeight: kind === 'ANNUAL' ? config.dailyWeight : 0,
    unitResultWeight: group === 'LEADERS' && kind !== 'SPECIAL' ? config.unitResultWeight : 0,
  };
}

/** Units whose non-leading staff are civil servants: organs, streets, towns, zones. */
const CIVIL_SERVICE_UNITS: ReadonlySet<UnitCategory> = new Set([
  'PARTY_GOVERNMENT_ORGAN',
  'SUBDISTRICT',
  'TOWNSHIP',
  'DEVELOPMENT_ZONE',
]);

export interface ServingCadre {
  rank: Rank;
  /** Seats in leadership teams (班子成员). */
  teamSeats: number;
  unitCategory: UnitCategory;
}

/** A leader: holds a leading post (领导职务, not a 职级) or sits in a leadership team. */
export const isLeader = (cadre: Pick<ServingCadre, 'rank' | 'teamSeats'>): boolean =>
  rankQuotaKey[cadre.rank].leadership || cadre.teamSeats > 0;

/**
 * Who a new round of `group` assesses among the serving cadres of its scope: leaders wherever
 * they serve; the other cadres by their unit — civil servants in organs, streets, towns and zones,
 * public-institution staff in public institutions. State-enterprise staff are in no group.
 */
export function inGroup(group: AssessmentGroup, cadre: ServingCadre): boolean {
  if (isLeader(cadre)) return group === 'LEADERS';
  if (group === 'CIVIL_SERVANTS') return CIVIL_SERVICE_UNITS.has(cadre.unitCategory);
  return group === 'PUBLIC_INSTITUTIONS' && cadre.unitCategory === 'PUBLIC_INSTITUTION';
}
