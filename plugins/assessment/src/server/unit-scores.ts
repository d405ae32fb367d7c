import type { Transaction } from '@cadre/core';
import { unitResult, type UnitResult } from '../domain/indicators.ts';

// Units' indicator results of a year, for the round engine (a unit's result feeds its leaders'
// with the district's `unitResultWeight`) and the summary page: the same figures in both.

/** What `unitScoresOf` reads: a transaction, or a request's district-scoped client. */
export type UnitScoresClient = Pick<Transaction, 'indicatorSet' | 'unit'>;

/**
 * Each unit's standing on the year's set of its category, in the same few statements whatever
 * the number of units. A unit whose category has no set that year, or with no result recorded on
 * it, is absent from the map.
 */
export async function unitScoresOf(
  db: UnitScoresClient,
  districtId: string,
  year: number,
  unitIds: readonly string[],
): Promise<Map<string, UnitResult>> {
  const scores = new Map<string, UnitResult>();
  if (unitIds.length === 0) return scores;
  const ids = [...new Set(unitIds)];
  const units = await db.unit.findMany({
    where: { districtId, id: { in: ids } },
    select: { id: true, category: true },
  });
  const sets = await db.indicatorSet.findMany({
    where: { districtId, year, unitCategory: { in: [...new Set(units.map((u) => u.category))] } },
    select: {
      unitCategory: true,
      indicators: {
        select: {
          weight: true,
          directDeduction: true,
          results: { where: { unitId: { in: ids } }, select: { unitId: true, points: true } },
        },
      },
    },
  });
  const byCategory = new Map(
    sets.map((set) => [
      set.unitCategory,
      set.indicators.map((indicator) => ({
        ...indicator,
        pointsOf: new Map(indicator.results.map((r) => [r.unitId, r.points])),
      })),
    ]),
  );
  for (const unit of units) {
    const indicators = byCategory.get(unit.category);
    if (!indicators) continue;
    const lines = indicators.map((indicator) => ({
      weight: indicator.weight,
      directDeduction: indicator.directDeduction,
      points: indicator.pointsOf.get(unit.id) ?? null,
    }));
    if (lines.every((line) => line.points === null)) continue;
    scores.set(unit.id, unitResult(lines));
  }
  return scores;
}
