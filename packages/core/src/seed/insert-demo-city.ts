// Writes a planned demo city in one transaction, so a failure leaves the database untouched.

import type { Database, Transaction } from '@cadre/db';
import type { CadrePlugin } from '../contract/plugin.ts';
import { builtInRoleRows } from '../services/roles.ts';
import type { DemoCityPlan } from './demo-city.ts';
import { recordDemoSanctions } from './record-sanctions.ts';

/** Rows per createMany: large enough to be fast, small enough for one statement's parameters. */
const CHUNK_SIZE = 5_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    await insert(rows.slice(start, start + CHUNK_SIZE));
  }
}

const depth = (path: string) => path.split('/').length;

/**
 * Runs as the owner: the city spans several districts, which no district's transaction may. Each
 * of `plugins` with a `seed` then adds its demo data for the districts that enable it, in the same
 * transaction, so a plugin's failure leaves nothing behind either.
 */
export async function insertDemoCity(
  db: Database,
  plan: DemoCityPlan,
  plugins: readonly CadrePlugin[] = [],
): Promise<void> {
  // Parents before children: the city before its districts, a unit before its sub-units.
  const districts = [...plan.districts].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
  );
  const units = [...plan.units].sort((a, b) => depth(a.path) - depth(b.path));

  await db.asOwner(async (tx: Transaction) => {
    await inChunks(districts, (data) => tx.district.createMany({ data }));
    await tx.role.createMany({ data: districts.flatMap(demoRoles) });
    await inChunks(plan.districtPlugins, (data) => tx.districtPlugin.createMany({ data }));
    await inChunks(units, (data) => tx.unit.createMany({ data }));
    await inChunks(plan.teams, (data) => tx.leadershipTeam.createMany({ data }));
    await inChunks(plan.quotas, (data) => tx.postQuota.createMany({ data }));
    await inChunks(plan.overQuotaPlans.plans, (data) => tx.overQuotaPlan.createMany({ data }));
    await inChunks(plan.overQuotaPlans.dueItems, (data) => tx.dueItem.createMany({ data }));
    await inChunks(plan.cadres, (data) => tx.cadre.createMany({ data }));
    await inChunks(plan.posts, (data) => tx.cadrePost.createMany({ data }));
    await inChunks(plan.teamMembers, (data) => tx.leadershipTeamMember.createMany({ data }));
    await inChunks(plan.pools, (data) => tx.reservePool.createMany({ data }));
    await inChunks(plan.poolEntries, (data) => tx.reservePoolEntry.createMany({ data }));
    await inChunks(plan.archive.rewards, (data) => tx.cadreReward.createMany({ data }));
    await recordDemoSanctions(tx, plan.archive.sanctions);
    await inChunks(plan.archive.grades, (data) => tx.cadreAnnualGrade.createMany({ data }));
    await inChunks(plan.archive.family, (data) => tx.familyMember.createMany({ data }));
    await inChunks(plan.photos, (data) => tx.attachment.createMany({ data }));
    for (const plugin of plugins) {
      const enabled = new Set(
        plan.districtPlugins
          .filter((row) => row.pluginId === plugin.id && row.enabled !== false)
          .map((row) => row.districtId),
      );
      const districts = plan.districts.filter((d) => enabled.has(d.id));
      if (plugin.seed && districts.length > 0) {
        await plugin.seed({ tx, districts, referenceDate: plan.referenceDate });
      }
    }
  });
}

/**
 * The built-in roles; the demo city's administrator also reads its districts' 市管干部, a
 * sensitive permission that no pattern grants.
 */
function demoRoles(district: DemoCityPlan['districts'][number]) {
  return builtInRoleRows(district.id).map((role) =>
    district.level === 'CITY' && role.key === 'district-admin'
      ? { ...role, grants: [...role.grants, 'core.city.read-managed-cadres'] }
      : role,
  );
}
