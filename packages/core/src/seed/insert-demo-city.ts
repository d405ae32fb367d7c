// Writes a planned demo city in one transaction, so a failure leaves the database untouched.

import type { Prisma, PrismaClient } from '@cadre/db/client';
import type { DemoCityPlan } from './demo-city.ts';

/** Rows per createMany: large enough to be fast, small enough for one statement's parameters. */
const CHUNK_SIZE = 5_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await insert(rows.slice(start, start + CHUNK_SIZE));
  }
}

const depth = (path: string) => path.split('/').length;

export async function insertDemoCity(prisma: PrismaClient, plan: DemoCityPlan): Promise<void> {
  // Parents before children: the city before its districts, a unit before its sub-units.
  const districts = [...plan.districts].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
  );
  const units = [...plan.units].sort((a, b) => depth(a.path) - depth(b.path));

  await prisma.$transaction(
    async (tx: Prisma.TransactionClient) => {
      await inChunks(districts, (data) => tx.district.createMany({ data }));
      await inChunks(plan.districtPlugins, (data) => tx.districtPlugin.createMany({ data }));
      await inChunks(units, (data) => tx.unit.createMany({ data }));
      await inChunks(plan.teams, (data) => tx.leadershipTeam.createMany({ data }));
      await inChunks(plan.quotas, (data) => tx.postQuota.createMany({ data }));
      await inChunks(plan.cadres, (data) => tx.cadre.createMany({ data }));
      await inChunks(plan.posts, (data) => tx.cadrePost.createMany({ data }));
      await inChunks(plan.pools, (data) => tx.reservePool.createMany({ data }));
      await inChunks(plan.poolEntries, (data) => tx.reservePoolEntry.createMany({ data }));
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
