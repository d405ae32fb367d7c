import { districtOf, loaderFor, type RequestContext } from '@cadre/core';
import type { Unit } from '@cadre/db/client';

// Core rows a page of assessment rows refers to, each kind loaded once per request.

export async function unitOf(ctx: RequestContext, unitId: string): Promise<Unit> {
  const found = await loaderFor<Unit | null>(
    ctx,
    'assessment.unit',
    async (ids) =>
      (
        await ctx.prisma.unit.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
        })
      ).map((row) => [row.id, row]),
    null,
  ).load(unitId);
  if (!found) throw new Error(`unit ${unitId} missing`);
  return found;
}

/** A staff member's name (who evaluated, who recorded); null for an account since removed. */
export function userNameOf(ctx: RequestContext, userId: string): Promise<string | null> {
  return loaderFor<string | null>(
    ctx,
    'assessment.userName',
    async (ids) =>
      (
        await ctx.prisma.user.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
          select: { id: true, displayName: true },
        })
      ).map((u) => [u.id, u.displayName]),
    null,
  ).load(userId);
}
