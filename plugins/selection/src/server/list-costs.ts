import { listCost } from '@cadre/core';
import { FOUR_MUSTS, RECENT_GRADE_YEARS, RECOMMENDER_CATEGORIES } from '../domain/index.ts';

/**
 * Realistic upper bounds of the plugin's lists without pagination, per parent row: what a list
 * nested under a page costs in the query budget (ADR 0010).
 */
export const LIST_COST = {
  /** 差额: a few candidates for each of a case's posts. */
  candidates: listCost(10),
  /** Cases a cadre was put forward in (the profile section). */
  casesOfCadre: listCost(5),
  /** Recommendation rounds of a case, and of one method for a candidate. */
  rounds: listCost(3),
  signedRecommendations: listCost(10),
  teamMembers: listCost(6),
  opinions: listCost(10),
  reports: listCost(10),
  /** Decision meetings of a case: one, and a reconsideration now and then. */
  meetings: listCost(3),
  /** One ballot per candidate. */
  votes: listCost(10),
  objections: listCost(10),
  /** One per post filled. */
  appointments: listCost(5),
  probations: listCost(5),
  fourMusts: listCost(FOUR_MUSTS.length),
  /** One per eligibility rule. */
  eligibility: listCost(8),
  categories: listCost(RECOMMENDER_CATEGORIES.length),
  /** One grade a year. */
  recentGrades: listCost(RECENT_GRADE_YEARS),
} as const;
