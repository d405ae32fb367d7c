// The district's two reserve pools (后备干部库, 优秀年轻干部库) with maturity-ranked entries, some
// of them due for review around the reference date so reminders have something to show.

import type { Prisma, Rank, ReservePoolKind } from '@cadre/db/client';
import type { DemoCadre } from './cadres.ts';
import { RANK_LEVEL } from './careers.ts';
import { addDays, addYears, ageOn, dayBetween } from './dates.ts';
import type { Random } from './random.ts';

export type DemoPool = Prisma.ReservePoolCreateManyInput & { id: string };
export type DemoPoolEntry = Prisma.ReservePoolEntryCreateManyInput & {
  id: string;
  maturityRank: number;
  enteredOn: Date;
  nextReviewOn: Date;
};

interface PoolSpec {
  name: string;
  kind: ReservePoolKind;
  description: string;
  ranks: readonly Rank[];
  /** Entries are younger than this at the reference date. */
  underAge: number;
  directions: readonly string[];
}

const POOLS: readonly PoolSpec[] = [
  {
    name: '后备干部库',
    kind: 'RESERVE',
    description: '科级领导职务后备人选',
    ranks: [
      'LEADER_SECTION_PRINCIPAL',
      'LEADER_SECTION_DEPUTY',
      'PRINCIPAL_STAFF_1',
      'PRINCIPAL_STAFF_2',
    ],
    underAge: 50,
    directions: [
      '党政正职',
      '党政副职',
      '经济管理',
      '基层治理',
      '城市建设管理',
      '社会事业',
      '党群工作',
    ],
  },
  {
    name: '优秀年轻干部库',
    kind: 'YOUNG_TALENT',
    description: '40周岁以下优秀年轻干部',
    ranks: [
      'LEADER_SECTION_PRINCIPAL',
      'LEADER_SECTION_DEPUTY',
      'PRINCIPAL_STAFF_1',
      'PRINCIPAL_STAFF_2',
      'PRINCIPAL_STAFF_3',
    ],
    underAge: 40,
    directions: ['基层治理', '经济管理', '乡村振兴', '科技创新', '城市管理', '党群工作'],
  },
];

const SOURCES: readonly (readonly [string, number])[] = [
  ['民主推荐', 40],
  ['组织推荐', 30],
  ['一线考察', 15],
  ['个别谈话推荐', 15],
];

/** Higher rank first, then longer in it: 1 is the most mature. */
function byMaturity(a: DemoCadre, b: DemoCadre): number {
  return (
    RANK_LEVEL[b.rank] - RANK_LEVEL[a.rank] ||
    a.rankSince.getTime() - b.rankSince.getTime() ||
    a.id.localeCompare(b.id)
  );
}

export function planReservePools(
  random: Random,
  districtId: string,
  cadres: DemoCadre[],
  referenceDate: Date,
): { pools: DemoPool[]; entries: DemoPoolEntry[] } {
  const pools: DemoPool[] = [];
  const entries: DemoPoolEntry[] = [];
  for (const spec of POOLS) {
    const pool: DemoPool = {
      id: random.uuid(),
      districtId,
      name: spec.name,
      kind: spec.kind,
      description: spec.description,
    };
    pools.push(pool);
    const eligible = cadres.filter(
      (cadre) =>
        cadre.status === 'ACTIVE' &&
        spec.ranks.includes(cadre.rank) &&
        ageOn(cadre.birthDate, referenceDate) < spec.underAge,
    );
    const size = Math.min(eligible.length, random.int(30, 80));
    const members = random.shuffle(eligible).slice(0, size).sort(byMaturity);
    members.forEach((cadre, index) => {
      const enteredOn = dayBetween(
        random,
        addYears(referenceDate, -3),
        addDays(referenceDate, -30),
      );
      // Reviewed yearly; entries up to 45 days overdue are left overdue on purpose.
      let years = 1;
      while (addYears(enteredOn, years) < addDays(referenceDate, -45)) years++;
      entries.push({
        id: random.uuid(),
        districtId,
        poolId: pool.id,
        cadreId: cadre.id,
        source: random.weighted(SOURCES),
        trainingDirection: random.pick(spec.directions),
        maturityRank: index + 1,
        enteredOn,
        nextReviewOn: addYears(enteredOn, years),
      });
    });
  }
  return { pools, entries };
}
