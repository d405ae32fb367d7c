import type { Label } from '@cadre/core';

// Who recommends in 民主推荐, apart from the tally (recommendation.ts) so the admin pages can name
// the categories without loading the rules' run-time dependencies.

/**
 * Who takes part (seed 001: 机关干部职工、所属企事业单位负责人、村居负责人及部分党代表、人大代表、
 * 政协委员共同参加).
 */
export const RECOMMENDER_CATEGORIES = [
  'LEADERS',
  'MIDDLE_CADRES',
  'STAFF',
  'COMMUNITY_HEADS',
  'DELEGATES',
  'OTHERS',
] as const;
export type RecommenderCategory = (typeof RECOMMENDER_CATEGORIES)[number];

export const RECOMMENDER_CATEGORY_LABELS: Record<RecommenderCategory, Label> = {
  LEADERS: { zh: '领导班子成员', en: 'Members of the leadership team' },
  MIDDLE_CADRES: {
    zh: '中层干部及所属单位负责人',
    en: 'Middle-level cadres and heads of subordinate units',
  },
  STAFF: { zh: '其他干部职工', en: 'Other cadres and staff' },
  COMMUNITY_HEADS: { zh: '村（社区）负责人', en: 'Heads of villages and communities' },
  DELEGATES: {
    zh: '党代表、人大代表、政协委员',
    en: 'Party congress delegates, people’s deputies, CPPCC members',
  },
  OTHERS: { zh: '其他人员', en: 'Others' },
};
