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
    expect(operations.map((o) => o.operation)).toEqual(
      expect.arrayContaining([
        'assessment.indicator-set.close',
        'assessment.indicator-set.copy',
        'assessment.indicator.add',
        'assessment.unit-result.record',
        'assessment.round.open',
        'assessment.score.record',
        'assessment.round.allocate',
        'assessment.round.conclude',
        'assessment.consequence.act',
        'assessment.daily.record',
      ]),
    );
    const report = await db.asOwner((tx) => verifyDistrictChain(tx, districtId));
    expect(report.broken).toBeNull();
  });

  it('concluded the leaders’ annual rounds of the last three years with the archive’s grades', async () => {
    const rounds = await db.asOwner((tx) =>
      tx.assessmentRound.findMany({
        where: { districtId, kind: 'ANNUAL' },
        include: { participants: { select: { cadreId: true, grade: true } } },
      }),
    );
    const past = rounds.filter((r) => r.year < currentYear);
    // Every year's leaders; last year the other groups too, where the district has such staff.
    for (let year = currentYear - 3; year < currentYear; year += 1) {
      const groups = past.filter((r) => r.year === year).map((r) => r.group);
      expect(groups).toContain('LEADERS');
      expect(new Set(groups).size).toBe(groups.length);
    }
    const grades = await db.asOwner((tx) =>
      tx.cadreAnnualGrade.findMany({
        where: { districtId, year: { lt: currentYear } },
        select: { cadreId: true, year: true, grade: true, source: true },
      }),
    );
    const archived = new Map(grades.map((g) => [`${g.cadreId}/${g.year}`, g]));
    let graded = 0;
    for (const round of past) {
      expect(round.concludedOn).not.toBeNull();
      for (const p of round.participants) {
        const grade = archived.get(`${p.cadreId}/${round.year}`);
        expect(grade?.grade).toBe(p.grade);
        expect(grade?.source).toBe('assessment');
        graded += 1;
      }
    }
    expect(graded).toBeGreaterThan(past.length);
    expect(past.some((r) => r.participants.some((p) => p.grade === 'EXCELLENT'))).toBe(true);
  });

  it('acted on the earlier years’ consequences; last year’s wait', async () => {
    const consequences = await db.asOwner((tx) =>
      tx.assessmentConsequence.findMany({
        where: { districtId },
        select: { status: true, round: { select: { year: true } } },
      }),
    );
    const pending = consequences.filter((c) => c.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((c) => c.round.year === currentYear - 1)).toBe(true);
    expect(consequences.some((c) => c.status !== 'PENDING')).toBe(true);
  });

  it('scores this year’s leaders’ round with the survey of seed 004 in', async () => {
    const round = await db.asOwner((tx) =>
      tx.assessmentRound.findFirstOrThrow({
        where: { districtId, kind: 'ANNUAL', year: currentYear },
        include: { subjects: true },
      }),
    );
    expect(round.group).toBe('LEADERS');
    const state = await db.asOwner((tx) =>
      tx.workflowCase.findUniqueOrThrow({ where: { id: round.id }, select: { state: true } }),
    );
    expect(state.state).toBe('SCORING');
    const survey = round.subjects.find((s) => s.kind === 'SATISFACTION_SURVEY');
    expect([survey?.questionnaires, survey?.phoneCalls]).toEqual([1190, 1489]);
  });

  it('has weekly records and monthly self-checks of a few units', async () => {
    const records = await db.asOwner((tx) =>
      tx.dailyRecord.groupBy({ by: ['kind', 'unitId'], where: { districtId }, _count: true }),
    );
    expect(new Set(records.map((r) => r.kind))).toEqual(
      new Set(['WEEKLY_RECORD', 'MONTHLY_SELF_CHECK']),
    );
    expect(new Set(records.map((r) => r.unitId)).size).toBeGreaterThan(0);
  });
});
