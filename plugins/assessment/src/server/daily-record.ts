import {
  bilingual,
  districtOf,
  pageCost,
  parseInput,
  type PluginSchemaContext,
  todayInChina,
} from '@cadre/core';
import type { DailyRecordKind } from '@cadre/db/client';
import { z } from 'zod';
import { periodEnd, periodStart, quarterEnd, quarterStart } from '../domain/daily.ts';
import { DAILY_RECORD_KIND_LABELS } from '../domain/daily-terms.ts';
import {
  auditDaily,
  cadreOf,
  changesOf,
  DAILY_READ,
  DAILY_WRITE,
  readReach,
  reaches,
  unitOfWrite,
  type DailyWrite,
  writeDaily,
} from './daily-access.ts';
import { assessmentYear, pastDay, text } from './inputs.ts';
import { unitOf } from './loaders.ts';

// 周记实 and 月自查: what a cadre did in a week, and their own check of a month, entered for the
// cadre in their unit. One record per cadre, kind and period; submitting again replaces it.

export const quarterNumber = z
  .number()
  .int()
  .min(1, bilingual('季度应为1–4', 'A quarter is 1–4'))
  .max(4, bilingual('季度应为1–4', 'A quarter is 1–4'));

export const recordInput = z
  .object({
    kind: z.enum(['WEEKLY_RECORD', 'MONTHLY_SELF_CHECK']),
    periodDate: z.date(),
    content: text(4000),
    submittedOn: pastDay.nullish(),
  })
  .transform(({ periodDate, submittedOn, ...rest }) => ({
    ...rest,
    periodStart: periodStart(rest.kind, periodDate),
    submittedOn: submittedOn ?? todayInChina(),
  }))
  .refine((r) => r.periodStart <= todayInChina(), {
    path: ['periodDate'],
    message: bilingual('该周（月）尚未开始', 'That week (month) has not begun'),
  })
  // Only for a period begun: one to come is refused as such, not twice.
  .refine((r) => r.periodStart > todayInChina() || r.submittedOn >= r.periodStart, {
    path: ['submittedOn'],
    message: bilingual('提交日期不能早于该周（月）的开始', 'Submitted before the period began'),
  });
export type RecordInput = z.infer<typeof recordInput>;

/** 周记实 / 月自查 of a cadre, replacing the period's earlier one; the mutation's and the demo's. */
export async function submitDailyRecord(write: DailyWrite, cadreId: string, input: RecordInput) {
  const cadre = await cadreOf(write, cadreId);
  const key = { cadreId: cadre.id, kind: input.kind, periodStart: input.periodStart };
  const existing = await write.tx.dailyRecord.findUnique({
    where: { cadreId_kind_periodStart: key },
  });
  const unitId = await unitOfWrite(write, cadre, existing);
  const data = { content: input.content, submittedOn: input.submittedOn };
  const record = existing
    ? await write.tx.dailyRecord.update({ where: { id: existing.id }, data })
    : await write.tx.dailyRecord.create({
        data: { ...key, ...data, unitId, districtId: write.districtId },
      });
  await auditDaily(
    write,
    'record',
    { type: 'DailyRecord', id: record.id },
    changesOf(existing, existing ? data : { ...key, ...data }),
  );
  return record.id;
}

export function registerDailyRecord({ builder, subGraphs, core }: PluginSchemaContext) {
  const Kind = builder.enumType('DailyRecordKind', {
    subGraphs,
    values: Object.fromEntries(
      Object.entries(DAILY_RECORD_KIND_LABELS).map(([kind, l]) => [kind, { description: l.zh }]),
    ) as Record<DailyRecordKind, { description: string }>,
  });

  const DailyRecordRef = builder.prismaNode('DailyRecord', {
    subGraphs,
    id: { field: 'id' },
    description: '周记实 or 月自查 of one cadre for one week or month',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (r) => r.cadreId }),
      unit: t.field({
        type: core.Unit,
        description: 'The cadre’s unit when it was written, whose inbox lists it',
        resolve: (r, _args, ctx) => unitOf(ctx, r.unitId),
      }),
      kind: t.field({ type: Kind, resolve: (r) => r.kind }),
      periodStart: t.expose('periodStart', {
        type: 'Date',
        description: 'Monday of the week, or the first of the month',
      }),
      periodEnd: t.field({ type: 'Date', resolve: (r) => periodEnd(r.kind, r.periodStart) }),
      content: t.exposeString('content'),
      submittedOn: t.expose('submittedOn', { type: 'Date' }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    }),
  });

  builder.queryField('dailyRecords', (t) =>
    t.prismaConnection(
      {
        type: 'DailyRecord',
        cursor: 'id',
        subGraphs,
        description:
          'The records a unit’s inbox lists for a quarter, by period and cadre; empty for a ' +
          'unit the viewer does not reach (a unit assessor reaches their own)',
        authScopes: DAILY_READ,
        complexity: pageCost,
        args: {
          unitId: t.arg.globalID({ for: core.Unit }),
          year: t.arg.int(),
          quarter: t.arg.int({ description: '1–4' }),
          kind: t.arg({ type: Kind, required: false }),
        },
        resolve: async (query, _root, args, ctx) => {
          const q = parseInput(
            z.object({ year: assessmentYear, quarter: quarterNumber }),
            args,
            [],
          );
          if (!reaches(await readReach(ctx), args.unitId.id)) return [];
          return ctx.prisma.dailyRecord.findMany({
            ...query,
            where: {
              districtId: districtOf(ctx).id,
              unitId: args.unitId.id,
              periodStart: { gte: quarterStart(q), lte: quarterEnd(q) },
              ...(args.kind ? { kind: args.kind } : {}),
            },
            orderBy: [{ periodStart: 'asc' }, { kind: 'asc' }, { cadreId: 'asc' }, { id: 'asc' }],
          });
        },
      },
      { subGraphs },
      { subGraphs },
    ),
  );

  const RecordInput = builder.inputType('DailyRecordInput', {
    subGraphs,
    fields: (t) => ({
      kind: t.field({ type: Kind }),
      periodDate: t.field({
        type: 'Date',
        description: 'Any day of the week (month) the record is for; stored as its first day',
      }),
      content: t.string(),
      submittedOn: t.field({ type: 'Date', required: false, description: 'Today by default' }),
    }),
  });

  builder.mutationField('submitDailyRecord', (t) =>
    t.prismaField({
      type: DailyRecordRef,
      subGraphs,
      description:
        '周记实 / 月自查 of a cadre for a week or month that has begun; submitting the same ' +
        'period again replaces it. A unit assessor writes for the own unit only ' +
        '(ASSESSMENT_NOT_OWN_UNIT)',
      authScopes: DAILY_WRITE,
      errors: {},
      args: { cadreId: t.arg.globalID({ for: core.Cadre }), input: t.arg({ type: RecordInput }) },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(recordInput, args.input);
        return writeDaily(ctx, async (write) => {
          const id = await submitDailyRecord(write, args.cadreId.id, input);
          return write.tx.dailyRecord.findUniqueOrThrow({ ...query, where: { id } });
        });
      },
    }),
  );

  return { DailyRecord: DailyRecordRef, DailyRecordKind: Kind };
}
