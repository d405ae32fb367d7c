// Approved post quotas (核定职数) that match the cadres actually in post, except for a few units
// deliberately over quota (超配) and a few with vacancies (缺配), so the quota views have
// something to show.

import type { PostLevel, Prisma } from '@cadre/db/client';
import { rankQuotaKey } from '../domain/ranks.ts';
import type { DemoCadre } from './cadres.ts';
import type { Random } from './random.ts';
import type { PlannedUnit } from './units.ts';

export type DemoQuota = Prisma.PostQuotaCreateManyInput & { id: string };

type QuotaKey = `${PostLevel}:${boolean}`;

const QUOTA_ORDER: readonly (readonly [PostLevel, boolean])[] = [
  ['COUNTY_PRINCIPAL', true],
  ['COUNTY_DEPUTY', true],
  ['SECTION_PRINCIPAL', true],
  ['SECTION_DEPUTY', true],
  ['COUNTY_PRINCIPAL', false],
  ['COUNTY_DEPUTY', false],
  ['SECTION_PRINCIPAL', false],
  ['SECTION_DEPUTY', false],
  ['STAFF', false],
];

/** Every unit has section-level leadership quotas, even when nobody fills them. */
const ALWAYS_APPROVED = new Set<QuotaKey>(['SECTION_PRINCIPAL:true', 'SECTION_DEPUTY:true']);

/**
 * One quota row per unit and (level, leadership) that is approved or filled. Filled counts only
 * active cadres, as the quota rules do.
 */
export function planQuotas(
  random: Random,
  units: PlannedUnit[],
  cadres: DemoCadre[],
): { quotas: DemoQuota[]; overQuotaUnits: number; vacantUnits: number } {
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

  // About one unit in ten each way: over quota by one deputy, or one leadership post short.
  const deviating = Math.max(3, Math.round(units.length / 10));
  const order = random.shuffle(units);
  const overQuota = order
    .filter((unit) => filledIn(unit, 'SECTION_DEPUTY:true') >= 2)
    .slice(0, deviating);
  const vacant = order.filter((unit) => !overQuota.includes(unit)).slice(0, deviating);
  const adjustment = new Map<string, { key: QuotaKey; by: number }>();
  for (const unit of overQuota)
    adjustment.set(unit.record.id, { key: 'SECTION_DEPUTY:true', by: -1 });
  vacant.forEach((unit, index) => {
    const key = index % 2 === 0 ? 'SECTION_DEPUTY:true' : 'SECTION_PRINCIPAL:true';
    adjustment.set(unit.record.id, { key, by: 1 });
  });

  const quotas: DemoQuota[] = [];
  const overQuotaUnits = new Set<string>();
  const vacantUnits = new Set<string>();
  for (const unit of units) {
    const change = adjustment.get(unit.record.id);
    for (const [level, leadership] of QUOTA_ORDER) {
      const key: QuotaKey = `${level}:${leadership}`;
      const count = filledIn(unit, key);
      if (count === 0 && !ALWAYS_APPROVED.has(key)) continue;
      const approved = count + (change?.key === key ? change.by : 0);
      if (approved < count) overQuotaUnits.add(unit.record.id);
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
  return { quotas, overQuotaUnits: overQuotaUnits.size, vacantUnits: vacantUnits.size };
}
