// Approved post quotas (核定职数) as a unit's establishment plan (三定方案) sets them: leadership
// posts (领导职数) and non-leading grades (职级职数). 科员 and 办事员 count against no quota, so
// fewer posts are filled (实际配备) than there are cadres in service. Most units keep posts open
// (空缺); a few top-level units are over quota (超职数配备), the case digestion plans are made for.

import type { PostLevel, Prisma } from '@cadre/db/client';
import { rankQuotaKey } from '../domain/ranks.ts';
import type { DemoCadre } from './cadres.ts';
import type { Random } from './random.ts';
import type { PlannedUnit } from './units.ts';

export type DemoQuota = Prisma.PostQuotaCreateManyInput & { id: string };

/** A unit over quota at one line: filled beyond its approved posts by `excess`. */
export interface DemoOverQuota {
  unit: PlannedUnit['record'];
  level: PostLevel;
  leadership: boolean;
  excess: number;
}

type QuotaKey = `${PostLevel}:${boolean}`;

/** The lines a quota is approved for; 科员 and 办事员 (STAFF) are not among them. */
const QUOTA_ORDER: readonly (readonly [PostLevel, boolean])[] = [
  ['COUNTY_PRINCIPAL', true],
  ['COUNTY_DEPUTY', true],
  ['SECTION_PRINCIPAL', true],
  ['SECTION_DEPUTY', true],
  ['COUNTY_PRINCIPAL', false],
  ['COUNTY_DEPUTY', false],
  ['SECTION_PRINCIPAL', false],
  ['SECTION_DEPUTY', false],
];

const PRINCIPAL: QuotaKey = 'SECTION_PRINCIPAL:true';
const DEPUTY: QuotaKey = 'SECTION_DEPUTY:true';

/** Units over quota per district: a handful, as an organization department would tolerate. */
const OVER_QUOTA_UNITS = 3;
/** Shares of the other units with an open deputy post, and with an open grade at a level held. */
const OPEN_DEPUTY = 0.7;
const OPEN_GRADE = 0.35;

/**
 * One quota row per unit and line approved or filled. Filled counts only active cadres, as the
 * quota rules do. Draws from its own stream: the rest of the city does not move with the quotas.
 */
export function planQuotas(
  random: Random,
  units: PlannedUnit[],
  cadres: DemoCadre[],
): { quotas: DemoQuota[]; overQuota: DemoOverQuota[]; vacantUnits: number } {
  const filled = new Map<string, Map<QuotaKey, number>>();
  for (const cadre of cadres) {
    if (cadre.status !== 'ACTIVE') continue;
    const counts = filled.get(cadre.unitId) ?? new Map<QuotaKey, number>();
    const { level, leadership } = rankQuotaKey[cadre.rank];
    const key: QuotaKey = `${level}:${leadership}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    filled.set(cadre.unitId, counts);
  }
  const filledIn = (unit: PlannedUnit, key: QuotaKey) => filled.get(unit.record.id)?.get(key) ?? 0;

  // Over quota by a deputy or two: top-level units with deputies to spare, the first by two.
  const overQuota: DemoOverQuota[] = random
    .shuffle(units.filter((u) => u.record.parentId === null && filledIn(u, DEPUTY) >= 3))
    .slice(0, OVER_QUOTA_UNITS)
    .map((unit, index) => ({
      unit: unit.record,
      level: 'SECTION_DEPUTY',
      leadership: true,
      excess: index === 0 ? 2 : 1,
    }));
  const excessOf = new Map(overQuota.map((o) => [o.unit.id, o.excess]));

  const quotas: DemoQuota[] = [];
  const vacantUnits = new Set<string>();
  for (const unit of units) {
    const excess = excessOf.get(unit.record.id);
    for (const [level, leadership] of QUOTA_ORDER) {
      const key: QuotaKey = `${level}:${leadership}`;
      const count = filledIn(unit, key);
      // Every unit has its section-level leadership posts approved, filled or not.
      if (count === 0 && key !== PRINCIPAL && key !== DEPUTY) continue;
      let open = 0;
      if (key === PRINCIPAL) open = count === 0 ? 1 : 0;
      else if (key === DEPUTY && excess === undefined) {
        open = random.chance(OPEN_DEPUTY) ? (random.chance(0.25) ? 2 : 1) : 0;
      } else if (!leadership) open = random.chance(OPEN_GRADE) ? 1 : 0;
      const approved = key === DEPUTY && excess !== undefined ? count - excess : count + open;
      if (approved > count) vacantUnits.add(unit.record.id);
      quotas.push({
        id: random.uuid(),
        districtId: unit.record.districtId,
        unitId: unit.record.id,
        level,
        leadership,
        approved,
      });
    }
  }
  return { quotas, overQuota, vacantUnits: vacantUnits.size };
}
