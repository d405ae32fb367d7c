import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS, insertDemoCity, planDemoCity, verifyDistrictChain } from '@cadre/core';
import { createTestDatabase, type TestDatabase } from '@cadre/testing';
import { exceedsLossLimit } from '../src/domain/indicators.ts';
import { assessmentPlugin } from '../src/index.ts';
import { unitScoresOf } from '../src/server/unit-scores.ts';

// The demo data goes through the services a user's writes go through: the library of the last
// three years and the current one, the past years closed with their results (seed 004).

let db: TestDatabase;
let districtId: string;
const currentYear = new Date().getUTCFullYear();

beforeAll(async () => {
  db = await createTestDatabase();
  const plan = planDemoCity({ cadresPerDistrict: [60, 30], plugins: [assessmentPlugin.id] });
  await insertDemoCity(db, plan, [assessmentPlugin]);
  districtId = (
    await db.prisma.district.findUniqueOrThrow({ where: { code: DEMO_DISTRICTS.full.code } })
  ).id;
}, 240_000);
afterAll(() => db?.destroy());

describe('assessment demo data', () => {
  it('has a set per unit category for four years, the past ones closed with weights of 100', async () => {
    const sets = await db.asOwner((tx) =>
      tx.indicatorSet.findMany({
        where: { districtId },
        include: { indicators: true },
      }),
    );
    const years = [...new Set(sets.map((s) => s.year))].sort();
    expect(years).toEqual([currentYear - 3, currentYear - 2, currentYear - 1, currentYear]);
    for (const set of sets) {
      expect(set.closedOn !== null).toBe(set.year < currentYear);
      const weights = set.indicators.filter((i) => !i.directDeduction).map((i) => i.weight);
      expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
      // 直接扣分项目 such as 作风及效能建设.
      expect(set.indicators.some((i) => i.directDeduction && i.name === '作风及效能建设')).toBe(
        true,
      );
    }
  });

  it('scores a few units well and one losing more than 20% in one year', async () => {
    const unitIds = (
      await db.asOwner((tx) =>
        tx.unitIndicatorResult.findMany({ where: { districtId }, select: { unitId: true } }),
      )
    ).map((r) => r.unitId);
    const over: number[] = [];
    let good = 0;
    for (let year = currentYear - 3; year < currentYear; year += 1) {
      const scores = await db.asOwner((tx) => unitScoresOf(tx, districtId, year, unitIds));
      for (const result of scores.values()) {
        if (exceedsLossLimit(result, 20)) over.push(year);
        else if (result.score >= 90) good += 1;
      }
    }
    expect(over).toEqual([currentYear - 2]);
    expect(good).toBeGreaterThanOrEqual(3);
  });

  it('audits every write in the district chain, which verifies', async () => {
    const operations = await db.asOwner((tx) =>
      tx.auditRecord.groupBy({
        by: ['operation'],
        where: { districtId, operation: { startsWith: 'assessment.' } },
        _count: true,
      }),
    );
    expect(operations.map((o) => o.operation).sort()).toEqual([
      'assessment.indicator-set.close',
      'assessment.indicator-set.copy',
      'assessment.indicator-set.create',
      'assessment.indicator.add',
      'assessment.unit-result.record',
    ]);
    const report = await db.asOwner((tx) => verifyDistrictChain(tx, districtId));
    expect(report.broken).toBeNull();
  });
});
