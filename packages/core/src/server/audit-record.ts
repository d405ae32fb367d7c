import { verifyDistrictChain } from '../services/audit-verify.ts';
import type { Builder } from './builder.ts';
import { districtOf } from './scope.ts';

/** The district's audit trail (审计记录) and the check that nobody has altered it. */
export function registerAuditRecord(builder: Builder) {
  const Record = builder.prismaNode('AuditRecord', {
    id: { field: 'id' },
    fields: (t) => ({
      seq: t.string({
        description: 'Position in the district chain',
        resolve: (r) => r.seq.toString(),
      }),
      actor: t.exposeString('actor', { description: 'user:<id>, api-key:<id> or operator' }),
      operation: t.exposeString('operation'),
      targetType: t.exposeString('targetType'),
      targetId: t.exposeString('targetId'),
      changes: t.expose('changes', { type: 'JSON', description: '{ field: [before, after] }' }),
      requestId: t.exposeString('requestId', { nullable: true }),
      at: t.expose('at', { type: 'DateTime' }),
      hash: t.exposeString('hash'),
    }),
  });

  const Verification = builder
    .objectRef<Awaited<ReturnType<typeof verifyDistrictChain>>>('AuditChainVerification')
    .implement({
      fields: (t) => ({
        intact: t.boolean({ resolve: (r) => r.broken === null }),
        checked: t.exposeInt('checked', {
          description: 'Records found intact before the first break',
        }),
        brokenRecordId: t.id({
          nullable: true,
          resolve: (r) => r.broken?.recordId.toString() ?? null,
        }),
        brokenSeq: t.string({ nullable: true, resolve: (r) => r.broken?.seq.toString() ?? null }),
        reason: t.string({ nullable: true, resolve: (r) => r.broken?.reason ?? null }),
      }),
    });

  builder.queryFields((t) => ({
    auditRecords: t.prismaConnection({
      type: Record,
      cursor: 'id',
      description: 'Newest first; optionally only those about one target, action, actor or time',
      authScopes: { permission: 'core.audit.read' },
      args: {
        targetType: t.arg.string({ required: false }),
        targetId: t.arg.string({ required: false }),
        operation: t.arg.string({
          required: false,
          description: 'The operation or its start, e.g. `unit.` for every unit operation',
        }),
        actor: t.arg.string({
          required: false,
          description: 'user:<id>, api-key:<id> or operator',
        }),
        since: t.arg({ type: 'DateTime', required: false, description: 'At or after' }),
        until: t.arg({ type: 'DateTime', required: false, description: 'Before' }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditRecord.findMany({
          ...query,
          where: {
            districtId: districtOf(ctx).id,
            ...(args.targetType ? { targetType: args.targetType } : {}),
            ...(args.targetId ? { targetId: args.targetId } : {}),
            ...(args.operation ? { operation: { startsWith: args.operation } } : {}),
            ...(args.actor ? { actor: args.actor } : {}),
            ...(args.since || args.until
              ? {
                  at: {
                    ...(args.since ? { gte: args.since } : {}),
                    ...(args.until ? { lt: args.until } : {}),
                  },
                }
              : {}),
          },
          orderBy: { id: 'desc' },
        }),
    }),
    verifyAuditChain: t.field({
      type: Verification,
      description: "Recomputes the district's hash chain and names the first broken record",
      authScopes: { permission: 'core.audit.read' },
      resolve: (_root, _args, ctx) => verifyDistrictChain(ctx.prisma, districtOf(ctx).id),
    }),
  }));
}
