import type { PrismaClient } from '@cadre/db';
import type { RequestContext } from '../contract/context.ts';
import type { Label } from '../contract/plugin.ts';
import { CADRE_REGISTRY_TARGET } from '../domain/audit-labels.ts';
import { isUuid } from '../domain/ids.ts';
import { auditVocabulary } from '../services/audit-vocabulary.ts';
import { loaderFor } from './loaders.ts';
import { districtOf } from './scope.ts';

// Who or what an audit record is about, by name: one statement per target type and request,
// through the district-scoped client, so a row of another district never lends its name.

/** A target found: its name, and for a case the workflow its states follow. */
export interface AuditTarget {
  name: string;
  caseType: string | null;
}

type Names = (
  prisma: PrismaClient,
  districtId: string,
  ids: string[],
  ctx: RequestContext,
) => Promise<[string, AuditTarget][]>;

const named = (rows: { id: string; name: string }[]): [string, AuditTarget][] =>
  rows.map((r) => [r.id, { name: r.name, caseType: null }]);

const CORE_NAMES: Record<string, Names> = {
  Cadre: async (prisma, districtId, ids) =>
    named(
      await prisma.cadre.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, name: true },
      }),
    ),
  Unit: async (prisma, districtId, ids) =>
    named(
      await prisma.unit.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, name: true },
      }),
    ),
  LeadershipTeam: async (prisma, districtId, ids) =>
    named(
      await prisma.leadershipTeam.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, name: true },
      }),
    ),
  ReservePool: async (prisma, districtId, ids) =>
    named(
      await prisma.reservePool.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, name: true },
      }),
    ),
  ApiKey: async (prisma, districtId, ids) =>
    named(
      await prisma.apiKey.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, name: true },
      }),
    ),
  User: async (prisma, districtId, ids) =>
    (
      await prisma.user.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, username: true, displayName: true },
      })
    ).map((u) => [u.id, { name: `${u.displayName}（${u.username}）`, caseType: null }]),
  Role: async (prisma, districtId, ids, ctx) =>
    (
      await prisma.role.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true },
      })
    ).map((r) => [r.id, { name: ctx.language === 'en' ? r.nameEn : r.nameZh, caseType: null }]),
  WorkflowCase: async (prisma, districtId, ids) =>
    (
      await prisma.workflowCase.findMany({
        where: { districtId, id: { in: ids } },
        select: { id: true, title: true, caseType: true },
      })
    ).map((c) => [c.id, { name: c.title, caseType: c.caseType }]),
};

/** The target of a record by name, or null when its type names nothing or the row is gone. */
export function loadAuditTarget(
  ctx: RequestContext,
  targetType: string,
  targetId: string,
): Promise<AuditTarget | null> {
  const declared = auditVocabulary(ctx.plugins).targets.get(targetType);
  const core = CORE_NAMES[targetType];
  if (!isUuid(targetId) || (!core && !declared?.names)) return Promise.resolve(null);
  const districtId = districtOf(ctx).id;
  return loaderFor<AuditTarget | null>(
    ctx,
    `audit.target.${targetType}`,
    async (keys) => {
      const ids = [...keys];
      if (core) return core(ctx.prisma, districtId, ids, ctx);
      const caseType = declared?.caseType ?? null;
      const rows = (await declared?.names?.(ctx.prisma, ids)) ?? [];
      return rows.map(([id, name]) => [id, { name, caseType }]);
    },
    null,
  ).load(targetId);
}

/** The type as people call it; a type nobody names shows as it is. */
export function targetTypeLabel(ctx: RequestContext, targetType: string): Label {
  return (
    auditVocabulary(ctx.plugins).targets.get(targetType)?.label ?? {
      zh: targetType,
      en: targetType,
    }
  );
}

/** The name, or the type and a short id when the row has none (removed, another district's). */
export async function auditTargetLabel(
  ctx: RequestContext,
  record: { targetType: string; targetId: string },
): Promise<string> {
  const type = targetTypeLabel(ctx, record.targetType)[ctx.language];
  if (record.targetType === CADRE_REGISTRY_TARGET) return type;
  const target = await loadAuditTarget(ctx, record.targetType, record.targetId);
  return target?.name ?? `${type} · ${record.targetId.slice(0, 8)}`;
}
