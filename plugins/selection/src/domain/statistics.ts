import { educationAtLeast, fullYearsBetween, rankQuotaKey, type Label } from '@cadre/core';
import type { Education, Gender, PoliticalStatus } from '@cadre/db/client';
import type { AdjustmentType } from './adjustment-types.ts';

// Figures the organization department reports (seeds 000–002): adjustments by kind and rank,
// the structure of a group of cadres, the share of promotions from the reserve pool.

export {
  ADJUSTMENT_TYPE_LABELS,
  ADJUSTMENT_TYPES,
  type AdjustmentType,
} from './adjustment-types.ts';

export type AdjustmentCounts = Record<AdjustmentType, number> & { total: number };

const noAdjustments = (): AdjustmentCounts => ({
  PROMOTION: 0,
  LATERAL_TRANSFER: 0,
  NON_LEADING: 0,
  REMOVAL: 0,
  total: 0,
});

/** Highest rank first, in the order of core's Rank enum; ranks it does not know come last. */
const RANK_ORDER: readonly string[] = Object.keys(rankQuotaKey);
const rankPosition = (rank: string) => {
  const index = RANK_ORDER.indexOf(rank);
  return index < 0 ? RANK_ORDER.length : index;
};

export function adjustmentStatistics(rows: readonly { type: AdjustmentType; rank: string }[]): {
  byRank: (AdjustmentCounts & { rank: string })[];
  total: AdjustmentCounts;
} {
  const total = noAdjustments();
  const byRank = new Map<string, AdjustmentCounts & { rank: string }>();
  for (const { type, rank } of rows) {
    const line = byRank.get(rank) ?? { rank, ...noAdjustments() };
    for (const counts of [line, total]) {
      counts[type] += 1;
      counts.total += 1;
    }
    byRank.set(rank, line);
  }
  const lines = [...byRank.values()].sort(
    (a, b) => rankPosition(a.rank) - rankPosition(b.rank) || a.rank.localeCompare(b.rank),
  );
  return { byRank: lines, total };
}

/** The bands cadre statistics use; `to` is inclusive. */
export const AGE_BANDS: readonly { from: number; to: number; label: Label }[] = [
  { from: 0, to: 35, label: { zh: '35岁及以下', en: '35 and under' } },
  { from: 36, to: 40, label: { zh: '36至40岁', en: '36–40' } },
  { from: 41, to: 45, label: { zh: '41至45岁', en: '41–45' } },
  { from: 46, to: 50, label: { zh: '46至50岁', en: '46–50' } },
  { from: 51, to: 55, label: { zh: '51至55岁', en: '51–55' } },
  { from: 56, to: Number.POSITIVE_INFINITY, label: { zh: '56岁及以上', en: '56 and over' } },
];

export interface StructureCadre {
  birthDate: Date;
  gender: Gender;
  politicalStatus: PoliticalStatus;
  education: Education | null;
}

export interface TeamStructure {
  count: number;
  /** Of the ages in full years (周岁), to one decimal; null for nobody. */
  averageAge: number | null;
  women: number;
  /** 非中共党员: neither full nor probationary members of the CPC. */
  nonParty: number;
  universityOrAbove: number;
  /** 大学本科及以上, as a fraction of `count`; null for nobody. */
  universityOrAboveShare: number | null;
  ageBands: { label: Label; count: number }[];
}

const PARTY: readonly PoliticalStatus[] = ['CPC_MEMBER', 'CPC_PROBATIONARY'];
const UNIVERSITY_OR_ABOVE = educationAtLeast('UNIVERSITY');

/** 班子结构 (seed 001: 女干部和非党干部…平均年龄为37.4岁，文化学历大学及以上的占86%). */
export function teamStructure(cadres: readonly StructureCadre[], asOf: Date): TeamStructure {
  const ages = cadres.map((c) => fullYearsBetween(c.birthDate, asOf));
  const count = cadres.length;
  const universityOrAbove = cadres.filter(
    (c) => c.education !== null && UNIVERSITY_OR_ABOVE.includes(c.education),
  ).length;
  return {
    count,
    averageAge: count ? Math.round((ages.reduce((a, b) => a + b, 0) * 10) / count) / 10 : null,
    women: cadres.filter((c) => c.gender === 'FEMALE').length,
    nonParty: cadres.filter((c) => !PARTY.includes(c.politicalStatus)).length,
    universityOrAbove,
    universityOrAboveShare: count ? universityOrAbove / count : null,
    ageBands: AGE_BANDS.map(({ from, to, label }) => ({
      label,
      count: ages.filter((age) => age >= from && age <= to).length,
    })),
  };
}

/** Share of promotions that came from the reserve pool (seed 000: 81.5%); null for none. */
export function reserveShare({
  promotions,
  fromReservePool,
}: {
  promotions: number;
  fromReservePool: number;
}): number | null {
  if (fromReservePool < 0 || fromReservePool > promotions) {
    throw new RangeError(`${fromReservePool} from the pool out of ${promotions} promotions`);
  }
  return promotions > 0 ? fromReservePool / promotions : null;
}
