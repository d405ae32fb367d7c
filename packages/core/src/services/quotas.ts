import type { PostLevel, PrismaClient, Rank } from '@cadre/db';
import { quotaFigures, type QuotaFigures } from '../domain/quota.ts';
import { rankQuotaKey } from '../domain/ranks.ts';

export interface QuotaLine extends QuotaFigures {
  unitId: string;
  level: PostLevel;
  leadership: boolean;
}

const LEVEL_ORDER: PostLevel[] = [
  'COUNTY_PRINCIPAL',
  'COUNTY_DEPUTY',
  'SECTION_PRINCIPAL',
  'SECTION_DEPUTY',
  'STAFF',
];

/**
 * Approved against filled for each unit and quota key, in two statements whatever the number of
 * units. Active cadres fill the key of their rank; a key filled without any approval is over quota.
 * Reads through a client or inside a transaction (a plugin checks a vacancy where it fills it).
 */
export async function quotaLines(
  prisma: Pick<PrismaClient, 'postQuota' | 'cadre'>,
  districtId: string,
  unitIds?: readonly string[],
): Promise<QuotaLine[]> {
  const unitFilter = unitIds ? { unitId: { in: [...unitIds] } } : {};
  const [quotas, filled] = await Promise.all([
    prisma.postQuota.findMany({ where: { districtId, ...unitFilter } }),
    prisma.cadre.groupBy({
      by: ['unitId', 'rank'],
      where: { districtId, status: 'ACTIVE', ...unitFilter },
      _count: { _all: true },
    }),
  ]);
  return linesOf(
    quotas,
    filled.map((f) => ({ unitId: f.unitId, rank: f.rank, count: f._count._all })),
  );
}

/**
 * Lines from the approved quotas and the count of cadres in service per unit and rank: each rank
 * fills its quota key. Also for figures counted elsewhere (a city's districts).
 */
export function linesOf(
  quotas: readonly { unitId: string; level: PostLevel; leadership: boolean; approved: number }[],
  filled: readonly { unitId: string; rank: Rank; count: number }[],
): QuotaLine[] {
  const lines = new Map<
    string,
    { unitId: string; level: PostLevel; leadership: boolean; approved: number; filled: number }
  >();
  const line = (unitId: string, level: PostLevel, leadership: boolean) => {
    const key = `${unitId}|${level}|${leadership}`;
    let found = lines.get(key);
    if (!found) lines.set(key, (found = { unitId, level, leadership, approved: 0, filled: 0 }));
    return found;
  };
  for (const q of quotas) line(q.unitId, q.level, q.leadership).approved += q.approved;
  for (const f of filled) {
    const { level, leadership } = rankQuotaKey[f.rank];
    line(f.unitId, level, leadership).filled += f.count;
  }
  return [...lines.values()]
    .filter((l) => l.approved > 0 || l.level !== 'STAFF')
    .map((l) => ({ ...l, ...quotaFigures(l.approved, l.filled) }))
    .sort(
      (a, b) =>
        a.unitId.localeCompare(b.unitId) ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        Number(b.leadership) - Number(a.leadership),
    );
}

/**
 * The figures of the quota key that a cadre of `rank` fills in one unit: where an appointment at
 * that rank would stand. A unit without an approved line at that level has no vacancy.
 */
export async function quotaAtRank(
  prisma: Pick<PrismaClient, 'postQuota' | 'cadre'>,
  districtId: string,
  unitId: string,
  rank: Rank,
): Promise<QuotaFigures> {
  const key = rankQuotaKey[rank];
  const line = (await quotaLines(prisma, districtId, [unitId])).find(
    (l) => l.level === key.level && l.leadership === key.leadership,
  );
  return line ?? quotaFigures(0, 0);
}
