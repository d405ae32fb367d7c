import { ArchiveRecordAction } from '@cadre/db';
import type { ArchiveRecordRevision } from '@cadre/db/client';
import type { ArchiveRecordType } from '../../services/archive/revisions.ts';
import { batchedPrisma } from '../batched-prisma.ts';
import type { ObjectRef } from '@pothos/core';
import type { Builder, Types } from '../builder.ts';
import { groupRows, loaderFor } from '../loaders.ts';
import { selecting } from '../prisma-query.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import { districtOf } from '../scope.ts';

/** The former versions of archive records: what a correction, lift, revocation or removal replaced. */
export function registerArchiveRecordRevision(builder: Builder) {
  const Action = builder.enumType(ArchiveRecordAction, { name: 'ArchiveRecordAction' });

  const Revision = builder.prismaNode('ArchiveRecordRevision', {
    id: { field: 'id' },
    description:
      'An archive record as it was before a correction (更正), lift (解除) or revocation (撤销)',
    fields: (t) => ({
      recordType: t.exposeString('recordType'),
      action: t.expose('action', { type: Action }),
      reason: t.exposeString('reason'),
      before: t.expose('before', { type: 'JSON', description: 'The record’s fields as they were' }),
      revisedBy: t.prismaField({
        type: 'User',
        nullable: true,
        description: 'Null for a partner system or the operator, whom the audit record names',
        // Per tick one statement for the revisers of every revision on the page.
        resolve: (query, revision, _args, ctx) =>
          revision.revisedBy
            ? batchedPrisma(ctx).user.findUniqueOrThrow({
                ...selecting(query),
                where: { id: revision.revisedBy },
              })
            : null,
      }),
      revisedAt: t.expose('revisedAt', { type: 'DateTime' }),
    }),
  });

  /**
   * Adds `revisions` to a record type, newest first: one statement for the records of a request.
   * `beforeRead` runs first (a sensitive record's read is audited).
   */
  const addRevisions = <Record extends { id: string }>(
    ref: ObjectRef<Types, Record>,
    recordType: ArchiveRecordType,
    beforeRead?: (record: Record, ctx: Types['Context']) => Promise<void>,
  ) =>
    builder.objectField(ref, 'revisions', (t) =>
      t.field({
        type: [Revision],
        description: 'Former versions of this record, newest first',
        complexity: listCost(LIST_BOUNDS.archiveRecordRevisions),
        resolve: async (record, _args, ctx) => {
          await beforeRead?.(record, ctx);
          return loaderFor<ArchiveRecordRevision[]>(
            ctx,
            `archive.revisions:${recordType}`,
            async (recordIds) =>
              groupRows(
                await ctx.prisma.archiveRecordRevision.findMany({
                  where: {
                    districtId: districtOf(ctx).id,
                    recordType,
                    recordId: { in: [...recordIds] },
                  },
                  orderBy: [{ revisedAt: 'desc' }, { id: 'asc' }],
                }),
                (r) => r.recordId,
              ),
            [],
          ).load(record.id);
        },
      }),
    );

  return { addRevisions };
}

export type AddRevisions = ReturnType<typeof registerArchiveRecordRevision>['addRevisions'];
