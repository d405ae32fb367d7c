import type { ChainPoint } from '../domain/audit-chain.ts';
import { InputError } from '../errors/cadre-error.ts';
import { verifyDistrictChain } from '../services/audit-verify.ts';
import {
  type AuditChangeLine,
  actionLabel,
  auditChangeLines,
  auditVocabulary,
} from '../services/audit-vocabulary.ts';
import { auditTargetLabel, loadAuditTarget, targetTypeLabel } from './audit-targets.ts';
import type { Builder } from './builder.ts';
import { pageCost } from './query-budgets.ts';
import { districtOf } from './scope.ts';

/** Both halves of a checkpoint, or neither; a sequence number is a positive whole number. */
function checkpointOf(seq?: string | null, hash?: string | null): ChainPoint | undefined {
  if (!seq && !hash) return undefined;
  if (!seq || !/^[1-9][0-9]{0,18}$/.test(seq) || !hash || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new InputError([
      {
        path: seq && /^[1-9][0-9]{0,18}$/.test(seq) ? 'checkpointHash' : 'checkpointSeq',
        code: 'CHECKPOINT',
        text: {
          zh: '检查点应同时给出序号（正整数）和 64 位十六进制哈希',
          en: 'a checkpoint needs both its sequence number (a positive whole number) and its 64-digit hex hash',
        },
      },
    ]);
  }
  return { seq: BigInt(seq), hash };
}

/** The district's audit trail (审计记录) and the check that nobody has altered it. */
export function registerAuditRecord(builder: Builder) {
  const Change = builder.objectRef<AuditChangeLine>('AuditChange').implement({
    description: "One changed field, named in the request's language",
    fields: (t) => ({
      field: t.exposeString('field'),
      label: t.string({
        description: 'The field as people call it; its name when nobody named it',
        resolve: (c, _args, ctx) => c.label?.[ctx.language] ?? c.field,
      }),
      before: t.expose('before', { type: 'JSON', nullable: true }),
      after: t.expose('after', { type: 'JSON', nullable: true }),
      beforeLabel: t.string({
        nullable: true,
        description: 'The value by name (a stage, a code list entry) where it has one',
        resolve: (c, _args, ctx) => c.beforeLabel?.[ctx.language] ?? null,
      }),
      afterLabel: t.string({
        nullable: true,
        resolve: (c, _args, ctx) => c.afterLabel?.[ctx.language] ?? null,
      }),
    }),
  });

  const Record = builder.prismaNode('AuditRecord', {
    id: { field: 'id' },
    fields: (t) => ({
      seq: t.string({
        description: 'Position in the district chain',
        resolve: (r) => r.seq.toString(),
      }),
      actor: t.exposeString('actor', { description: 'user:<id>, api-key:<id> or operator' }),
      operation: t.exposeString('operation'),
      actionLabel: t.string({
        description: "The operation in the request's language; its code when nobody named it",
        resolve: (r, _args, ctx) =>
          actionLabel(auditVocabulary(ctx.plugins), r.operation)?.[ctx.language] ?? r.operation,
      }),
      targetType: t.exposeString('targetType'),
      targetTypeLabel: t.string({
        resolve: (r, _args, ctx) => targetTypeLabel(ctx, r.targetType)[ctx.language],
      }),
      targetId: t.exposeString('targetId'),
      targetLabel: t.string({
        description:
          "The target by name (a cadre's, a case's title) if it is still in the district; else its type and short id",
        resolve: (r, _args, ctx) => auditTargetLabel(ctx, r),
      }),
      changes: t.expose('changes', { type: 'JSON', description: '{ field: [before, after] }' }),
      changeList: t.field({
        type: [Change],
        description: 'The changes field by field, with names for fields and values',
        resolve: async (r, _args, ctx) => {
          const target = await loadAuditTarget(ctx, r.targetType, r.targetId);
          return auditChangeLines(
            auditVocabulary(ctx.plugins),
            r.changes,
            target?.caseType ?? null,
          );
        },
      }),
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
          resolve: (r) => r.broken?.recordId?.toString() ?? null,
        }),
        brokenSeq: t.string({ nullable: true, resolve: (r) => r.broken?.seq.toString() ?? null }),
        reason: t.string({
          nullable: true,
          description:
            'SEQUENCE_GAP, PREVIOUS_HASH_MISMATCH, CONTENT_HASH_MISMATCH, UNKNOWN_ALGORITHM, TRUNCATED (the newest records are gone), HEAD_MISMATCH or CHECKPOINT_MISMATCH',
          resolve: (r) => r.broken?.reason ?? null,
        }),
        lastSeq: t.string({
          description: 'Where the intact chain ends: keep it with lastHash as a checkpoint',
          resolve: (r) => r.last.seq.toString(),
        }),
        lastHash: t.string({ resolve: (r) => r.last.hash }),
      }),
    });

  builder.queryFields((t) => ({
    auditRecords: t.prismaConnection({
      type: Record,
      cursor: 'id',
      description: 'Newest first; optionally only those about one target, action, actor or time',
      authScopes: { permission: 'core.audit.read' },
      complexity: pageCost,
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
      args: {
        checkpointSeq: t.arg.string({
          required: false,
          description: 'A checkpoint kept outside the database (lastSeq of an earlier check)',
        }),
        checkpointHash: t.arg.string({ required: false, description: 'Its lastHash' }),
      },
      resolve: (_root, args, ctx) =>
        verifyDistrictChain(
          ctx.prisma,
          districtOf(ctx).id,
          checkpointOf(args.checkpointSeq, args.checkpointHash),
        ),
    }),
  }));
}
