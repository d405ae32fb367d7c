import { auditedIn, demoStaffIn, type PluginSeedContext, type WriteScope } from '@cadre/core';
import { ASSESSMENT_PERMISSIONS } from './permissions.ts';
import { seedDailyRecords } from './seed-daily.ts';
import { dayOf, seedRounds } from './seed-rounds.ts';
import type { IndicatorSet, Unit, UnitCategory } from '@cadre/db/client';
import { inYear, type SetWrite } from './indicator-access.ts';
import { saveIndicator } from './indicator.ts';
import { closeIndicatorYear, copyIndicatorSet, createIndicatorSet } from './indicator-set.ts';
import { recordUnitResult } from './unit-indicator-result.ts';

// Demo data (`cadre seed`, `npm start`): the indicator library of the demo districts for the
// last three years and the current one (seed 004: 差异化考核, one set per unit category), the
// past years' results of a few units and those years closed. Written through the functions the
// mutations run (checked by the same rules, audited in the district's chain), each step dated on
// its day of the story, counted back from the demo city's reference day.

/** Who takes the demo's steps: the district's assessment office (考核办), the leader approving. */
const OFFICE = { name: '组织部考核办（演示数据）', role: 'assessment-office' };
const LEADER = { name: '组织部部领导（演示数据）', role: 'department-leader' };

const PAST_YEARS = 3;
/** Units of a set whose results the demo records: enough to rank, few to stay fast. */
const UNITS_SCORED = 3;

/** Seed 004's categories, weights summing to the 100 points of the responsibility score. */
const INDICATORS = [
  {
    category: 'ECONOMIC',
    name: '地区生产总值增长',
    weight: 20,
    scoring: 'TARGET_RATIO',
    target: 6,
  },
  { category: 'ECONOMIC', name: '招商引资到位资金', weight: 10, scoring: 'RANKING' },
  { category: 'SOCIAL', name: '民生实事完成情况', weight: 15, scoring: 'LEVELS' },
  { category: 'ECOLOGICAL', name: '生态环境质量改善', weight: 10, scoring: 'LEVELS' },
  { category: 'PARTY_BUILDING', name: '基层党建工作', weight: 15, scoring: 'LEVELS' },
  { category: 'INTEGRITY', name: '党风廉政建设责任制', weight: 10, scoring: 'YES_NO' },
  { category: 'STABILITY', name: '信访维稳', weight: 10, scoring: 'YES_NO' },
  { category: 'CONSTRAINT', name: '安全生产', weight: 10, scoring: 'YES_NO' },
  // 直接扣分项目: takes points off, carries no weight.
  { category: 'PARTY_BUILDING', name: '作风及效能建设', directDeduction: true, maxDeduction: 5 },
] as const;

/** 优秀, 良好, 一般, 较差: the share of the weight each level earns. */
const LEVEL_SHARES = [1, 0.85, 0.6, 0];

const CATEGORY_NAMES: Record<UnitCategory, string> = {
  PARTY_GOVERNMENT_ORGAN: '区直机关',
  SUBDISTRICT: '街道',
  TOWNSHIP: '乡镇',
  DEVELOPMENT_ZONE: '开发区',
  PUBLIC_INSTITUTION: '事业单位',
  STATE_ENTERPRISE: '区属国企',
};

type Indicator = (typeof INDICATORS)[number];

/**
 * What a unit achieved on an indicator, by its place among the units scored (0 does best); the
 * `weak` unit misses most of its targets, losing more than 20% of its score (seed 004: 取消评优
 * 资格，主要领导由组织部长约谈).
 */
function achievement(indicator: Indicator, place: number, outOf: number, weak: boolean) {
  if ('directDeduction' in indicator) return { value: weak ? 3 : place === outOf - 1 ? 1 : 0 };
  switch (indicator.scoring) {
    case 'TARGET_RATIO':
      return { value: weak ? 3.2 : 6.5 - place * 0.4 };
    case 'RANKING':
      return { value: weak ? outOf : place + 1, outOf };
    case 'LEVELS':
      return { value: weak ? 2 : Math.min(place, 1) };
    case 'YES_NO':
      return { value: weak && indicator.category !== 'INTEGRITY' ? 0 : 1 };
  }
}

/** Seed 004 speaks of the sub-districts' and townships' indicators: the demo keeps to those. */
const CATEGORIES: readonly UnitCategory[] = ['SUBDISTRICT', 'TOWNSHIP'];

async function seedDistrict(
  scope: WriteScope,
  currentYear: number,
  withResults: boolean,
): Promise<void> {
  const units = await scope.tx.unit.findMany({
    where: { districtId: scope.actor.districtId, category: { in: [...CATEGORIES] } },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, category: true },
  });
  const categories = CATEGORIES.filter((c) => units.some((u) => u.category === c));
  // The weak unit: one year, the last unit scored.
  const weakYear = currentYear - 2;
  let lastYears = new Map<UnitCategory, IndicatorSet>();
  for (let year = currentYear - PAST_YEARS; year <= currentYear; year += 1) {
    const past = year < currentYear;
    await inYear({ ...scope, at: dayOf(year, 1, 10) }, year, async (write) => {
      const sets = new Map<UnitCategory, IndicatorSet>();
      for (const category of categories) {
        // 指标动态调整: each year starts from last year's set.
        const last = lastYears.get(category);
        const set = last
          ? await copyIndicatorSet(write, last)
          : await createIndicatorSet(
              write,
              category,
              `${year}年度${CATEGORY_NAMES[category]}考核指标`,
            );
        if (!last) await addIndicators({ ...write, set });
        sets.set(category, set);
        // Results for one category of the first district: enough to show, quick to load.
        if (!past || !withResults || category !== categories[0]) continue;
        const scored = units.filter((u) => u.category === category).slice(0, UNITS_SCORED);
        await recordResults({ ...write, set, at: dayOf(year, 12, 20) }, scored, year === weakYear);
      }
      if (past) await closeIndicatorYear(write, dayOf(year + 1, 1, 15));
      lastYears = sets;
    });
  }
}

async function addIndicators(write: SetWrite): Promise<void> {
  for (const indicator of INDICATORS) {
    await saveIndicator(write, null, {
      ...indicator,
      ...('scoring' in indicator && indicator.scoring === 'LEVELS'
        ? { levelShares: LEVEL_SHARES }
        : {}),
    });
  }
}

async function recordResults(
  write: SetWrite,
  units: Pick<Unit, 'id'>[],
  withWeakUnit: boolean,
): Promise<void> {
  const indicators = await write.tx.indicator.findMany({
    where: { setId: write.set.id },
    orderBy: { position: 'asc' },
  });
  for (const [place, unit] of units.entries()) {
    const weak = withWeakUnit && place === units.length - 1;
    for (const indicator of indicators) {
      const planned = INDICATORS.find((i) => i.name === indicator.name);
      if (!planned) continue;
      await recordUnitResult(write, indicator, unit.id, {
        ...achievement(planned, place, units.length, weak),
      });
    }
  }
}

/** The plugin's demo data: see the top of this file and of seed-rounds.ts and seed-daily.ts. */
export async function seedAssessment({
  tx,
  districts,
  referenceDate,
}: PluginSeedContext): Promise<void> {
  const currentYear = referenceDate.getUTCFullYear();
  for (const [index, district] of districts.entries()) {
    const office = await demoStaffIn(tx, district.id, OFFICE, ASSESSMENT_PERMISSIONS);
    const audited = auditedIn(tx, office.actor);
    const write = { tx, actor: office.actor, ...audited };
    await seedDistrict(write, currentYear, index === 0);
    // The rounds and the daily records of the first district: the story told once.
    if (index > 0) continue;
    const leader = await demoStaffIn(tx, district.id, LEADER, ASSESSMENT_PERMISSIONS);
    const seeder = { tx, districtName: district.name, office, leader, audited, referenceDate };
    await seedRounds(seeder, currentYear);
    await seedDailyRecords({ ...write, at: referenceDate }, referenceDate);
  }
}
