import type { PostLevel, Rank } from '@cadre/db/client';

// 职务与职级并行: every rank counts against one quota level, as a leadership post (领导职务)
// or as a grade (职级). Grades of 调研员 count at county level, 主任科员 at section level.

export interface QuotaKey {
  level: PostLevel;
  leadership: boolean;
}

export const rankQuotaKey: Record<Rank, QuotaKey> = {
  LEADER_COUNTY_PRINCIPAL: { level: 'COUNTY_PRINCIPAL', leadership: true },
  LEADER_COUNTY_DEPUTY: { level: 'COUNTY_DEPUTY', leadership: true },
  LEADER_SECTION_PRINCIPAL: { level: 'SECTION_PRINCIPAL', leadership: true },
  LEADER_SECTION_DEPUTY: { level: 'SECTION_DEPUTY', leadership: true },
  RESEARCHER_1: { level: 'COUNTY_PRINCIPAL', leadership: false },
  RESEARCHER_2: { level: 'COUNTY_PRINCIPAL', leadership: false },
  RESEARCHER_3: { level: 'COUNTY_DEPUTY', leadership: false },
  RESEARCHER_4: { level: 'COUNTY_DEPUTY', leadership: false },
  PRINCIPAL_STAFF_1: { level: 'SECTION_PRINCIPAL', leadership: false },
  PRINCIPAL_STAFF_2: { level: 'SECTION_PRINCIPAL', leadership: false },
  PRINCIPAL_STAFF_3: { level: 'SECTION_DEPUTY', leadership: false },
  PRINCIPAL_STAFF_4: { level: 'SECTION_DEPUTY', leadership: false },
  STAFF_1: { level: 'STAFF', leadership: false },
  STAFF_2: { level: 'STAFF', leadership: false },
};

/** The ranks that fill a quota key, for counting with one `IN` filter. */
export function ranksFilling(key: QuotaKey): Rank[] {
  return (Object.keys(rankQuotaKey) as Rank[]).filter(
    (rank) =>
      rankQuotaKey[rank].level === key.level && rankQuotaKey[rank].leadership === key.leadership,
  );
}
