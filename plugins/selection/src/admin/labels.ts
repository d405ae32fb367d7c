import type { Label, Schema } from '@cadre/ui';

// What the plugin's enums are called in the UI. The names the server's rules also use (stages,
// adjustment types, recommender categories, the four musts) come from the domain through
// `rules.ts`; these are the ones only the pages show.

type Labels<E extends string> = Record<E, Label>;

/** Where a candidate stands, with the colour of its tag. */
export const candidateStatusLabels: Labels<Schema.SelectionCandidateStatus> = {
  NOMINATED: { zh: '推荐人选', en: 'Nominated' },
  LISTED: { zh: '考察对象', en: 'Listed for inspection' },
  DROPPED: { zh: '不再列为考察对象', en: 'Dropped' },
  APPROVED: { zh: '讨论决定通过', en: 'Approved' },
  REJECTED: { zh: '讨论决定未通过', en: 'Not approved' },
  DISQUALIFIED: { zh: '公示反映属实，不予任用', en: 'Disqualified after publicity' },
  APPOINTED: { zh: '已任职', en: 'Appointed' },
};

export const candidateStatusColors: Record<Schema.SelectionCandidateStatus, string> = {
  NOMINATED: 'default',
  LISTED: 'processing',
  DROPPED: 'default',
  APPROVED: 'success',
  REJECTED: 'error',
  DISQUALIFIED: 'error',
  APPOINTED: 'success',
};

export const methodLabels: Labels<Schema.RecommendationMethod> = {
  MEETING: { zh: '会议推荐', en: 'Meeting recommendation' },
  TALK: { zh: '个别谈话推荐', en: 'Individual-talk recommendation' },
};

export const signedKindLabels: Labels<Schema.SignedRecommendationKind> = {
  LEADER: { zh: '领导干部署名推荐', en: 'Signed by a leader' },
  PARTY_ORG: { zh: '党组织推荐', en: 'By a party organization' },
};

export const decisionBodyLabels: Labels<Schema.DecisionBody> = {
  STANDING_COMMITTEE: { zh: '常委会', en: 'Standing committee' },
  FULL_COMMITTEE: { zh: '全委会', en: 'Full committee' },
};

export const probationResultLabels: Labels<Schema.ProbationResult> = {
  PASS: { zh: '胜任，正式任职', en: 'Competent: formally appointed' },
  FAIL: { zh: '不胜任，免去试用职务', en: 'Not competent: trial post ends' },
};

export const objectionStatusLabels: Labels<Schema.PublicityObjectionStatus> = {
  OPEN: { zh: '待核查', en: 'To verify' },
  VERIFIED_FOUNDED: { zh: '经核查属实', en: 'Founded' },
  VERIFIED_UNFOUNDED: { zh: '经核查不属实', en: 'Unfounded' },
};

export const publicityStatusLabels: Labels<Schema.PublicityStatus> = {
  NOT_STARTED: { zh: '未开始', en: 'Not started' },
  RUNNING: { zh: '公示中', en: 'Running' },
  ENDED: { zh: '公示期满', en: 'Ended' },
};

/** 德能勤绩廉: the five aspects an inspection evaluates, in the order they are written. */
export const EVALUATION_ASPECTS = [
  'morality',
  'ability',
  'diligence',
  'performance',
  'integrity',
] as const;

export const evaluationAspectLabels: Labels<(typeof EVALUATION_ASPECTS)[number]> = {
  morality: { zh: '德', en: 'Morality' },
  ability: { zh: '能', en: 'Ability' },
  diligence: { zh: '勤', en: 'Diligence' },
  performance: { zh: '绩', en: 'Performance' },
  integrity: { zh: '廉', en: 'Integrity' },
};

/** How much an integrity finding weighs (core's severities, as this plugin's pages name them). */
export const severityLabels: Labels<Schema.IntegrityFindingSeverity> = {
  BLOCKING: { zh: '否决', en: 'Blocking' },
  WARNING: { zh: '提示', en: 'Warning' },
  INFO: { zh: '说明', en: 'Info' },
};

export const severityColors: Record<Schema.IntegrityFindingSeverity, string> = {
  BLOCKING: 'error',
  WARNING: 'warning',
  INFO: 'default',
};
