import type {
  CadreStatus,
  Education,
  Gender,
  ManagementAuthority,
  PoliticalStatus,
  Prisma,
  Rank,
} from '@cadre/db';
import { addYears } from '../domain/dates.ts';

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
  /** Part of the name. */
  search?: string | null;
}

const EDUCATION_UP: Education[] = [
  'BELOW_SECONDARY',
  'SECONDARY',
  'COLLEGE',
  'UNIVERSITY',
  'MASTER',
  'DOCTORATE',
];

/** The registry's filters as one Prisma `where`, always inside the district. */
export function cadreWhere(
  districtId: string,
  filter: CadreFilter | null | undefined,
  today: Date,
): Prisma.CadreWhereInput {
  const f = filter ?? {};
  const and: Prisma.CadreWhereInput[] = [{ districtId }];
  // The subtree is a match on the unit's materialized path: no extra statement to look it up.
  if (f.unitId) and.push({ unit: { path: { contains: `/${f.unitId}/` } } });
  if (f.ranks?.length) and.push({ rank: { in: f.ranks } });
  if (f.gender) and.push({ gender: f.gender });
  if (f.politicalStatuses?.length) and.push({ politicalStatus: { in: f.politicalStatuses } });
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.managementAuthorities?.length)
    and.push({ managementAuthority: { in: f.managementAuthorities } });
  if (f.search?.trim()) and.push({ name: { contains: f.search.trim() } });
  // Age a on `today` means born in (today − (a+1) years, today − a years].
  if (f.ageMin != null) and.push({ birthDate: { lte: addYears(today, -f.ageMin) } });
  if (f.ageMax != null) and.push({ birthDate: { gt: addYears(today, -(f.ageMax + 1)) } });
  if (f.educationAtLeast) {
    const levels = EDUCATION_UP.slice(EDUCATION_UP.indexOf(f.educationAtLeast));
    and.push({
      OR: [{ fullTimeEducation: { in: levels } }, { inServiceEducation: { in: levels } }],
    });
  }
  return { AND: and };
}

export const CADRE_ORDER_FIELDS = ['NAME', 'AGE', 'RANK_SINCE', 'WORK_START'] as const;
export type CadreOrderField = (typeof CADRE_ORDER_FIELDS)[number];

export function cadreOrderBy(
  field: CadreOrderField,
  descending: boolean,
): Prisma.CadreOrderByWithRelationInput[] {
  const dir = descending ? 'desc' : 'asc';
  // Older means an earlier birth date: AGE ascending is birth date descending.
  const primary: Prisma.CadreOrderByWithRelationInput = {
    NAME: { name: dir },
    AGE: { birthDate: descending ? 'asc' : 'desc' },
    RANK_SINCE: { rankSince: dir },
    WORK_START: { workStartDate: dir },
  }[field] as Prisma.CadreOrderByWithRelationInput;
  return [primary, { id: 'asc' }];
}
