import type {
  CadreStatus,
  Education,
  Gender,
  ManagementAuthority,
  PoliticalStatus,
  Rank,
} from '@cadre/db';

export interface CadreFilter {
  /** A unit and everything under it. */
  unitId?: string | null;
  ranks?: Rank[] | null;
  ageMin?: number | null;
  ageMax?: number | null;
  gender?: Gender | null;
  politicalStatuses?: PoliticalStatus[] | null;
  /** Highest education (full-time or in-service) at this level or above, e.g. 本科及以上. */
  educationAtLeast?: Education | null;
  statuses?: CadreStatus[] | null;
  managementAuthorities?: ManagementAuthority[] | null;
  /** Part of the name, of its pinyin (`lvjin`), or the start of its initials (`ljq`). */
  search?: string | null;
  /** Under a restriction of an influence period on that day (a sensitive read). */
  underInfluenceOn?: Date | null;
}

/** NAME is by pinyin; POST_ORDER (职务排序) by unit, then rank, then name: a printed roster. */
export const CADRE_ORDER_FIELDS = [
  'NAME',
  'AGE',
  'RANK_SINCE',
  'WORK_START',
  'POST_ORDER',
] as const;
export type CadreOrderField = (typeof CADRE_ORDER_FIELDS)[number];
