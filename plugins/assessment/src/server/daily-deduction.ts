import {
  bilingual,
  isUuid,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  todayInChina,
} from '@cadre/core';
import type { DailyDeduction } from '@cadre/db/client';
import { z } from 'zod';
import {
  auditDaily,
  cadreOf,
  changesOf,
  DAILY_WRITE,
  recorderOf,
  refuseOtherUnit,
  unitOfWrite,
  type DailyWrite,
  writeDaily,
} from './daily-access.ts';
import { OPEN_DEDUCTION } from './daily-scores.ts';
import { pastDay, text } from './inputs.ts';
import { unitOf, userNameOf } from './loaders.ts';

// 平时考核直接扣分 (seed 004: 实行平时考核直接扣分): points off a cadre's year, with the reason and
// where it can be checked. Open until the year's annual round counts it (`settledRoundId`), or
// until it is withdrawn with a reason; a counted one stays as it was.

const DEDUCTION_LABEL = { zh: '平时考核扣分', en: 'Deduction' };

export type DeductionStatus = 'OPEN' | 'WITHDRAWN' | 'SETTLED';

export const deductionStatus = (
  d: Pick<DailyDeduction, 'withdrawnOn' | 'settledRoundId'>,
): DeductionStatus => (d.withdrawnOn ? 'WITHDRAWN' : d.settledRoundId ? 'SETTLED' : 'OPEN');

export const deductionInput = z
  .object({
    points: z
      .number()
      .gt(0, bilingual('扣分应大于0', 'Points must be above 0'))
      .max(100, bilingual('扣分不能超过100', 'At most 100 points')),
    reason: text(500),
    evidence: text(500),
    recordedOn: pastDay.nullish().transform((day) => day ?? todayInChina()),
    year: z.number().int().nullish(),
  })
  .transform(({ year, ...rest }) => ({ ...rest, year: year ?? rest.recordedOn.getUTCFullYear() }))
  // Last year's, until its annual round is held early in the year; never a year ahead.
  .refine(
    (d) => d.year === d.recordedOn.getUTCFullYear() || d.year === d.recordedOn.getUTCFullYear() - 1,
    {
      path: ['year'],
      message: bilingual(
        '扣分应计入登记当年或上一年度',
        'A deduction counts in its year or the last',
      ),
    },
  );

function notOpen(status: DeductionStatus): RuleViolationError {
  return status === 'WITHDRAWN'
    ? new RuleViolationError('ASSESSMENT_DEDUCTION_WITHDRAWN', {
        zh: '该扣分已撤销',
        en: 'This deduction has been withdrawn',
      })
    : new RuleViolationError('ASSESSMENT_DEDUCTION_SETTLED', {
        zh: '该扣分已计入年度考核，不能撤销',
        en: 'An annual round has counted this deduction; it stays',
      });
}
export type DeductionInput = z.infer<typeof deductionInput>;

/** 直接扣分 of a cadre, in the cadre's unit; the mutation's and the demo's. */
export async function recordDailyDeduction(
  write: DailyWrite,
  cadreId: string,
  input: DeductionInput,
): Promise<string> {
  const cadre = await cadreOf(write, cadreId);
  const unitId = await unitOfWrite(write, cadre, null);
  const data = { ...input, cadreId: cadre.id, unitId, recordedBy: recorderOf(write) };
  const { points, ...rest } = data;
  const deduction = await write.tx.dailyDeduction.create({
    data: { ...data, districtId: write.districtId },
  });
  await auditDaily(
    write,
    'deduct',
    { type: 'DailyDeduction', id: deduction.id },
    // `points` names a unit's result elsewhere in the plugin's audit records.
    changesOf(null, { ...rest, deductedPoints: points }),
  );
  return deduction.id;
}

export function registerDailyDeduction({ builder, subGraphs, core }: PluginSchemaContext) {
  const Status = builder.enumType('DailyDeductionStatus', {
    subGraphs,
    values: {
      OPEN: { description: '未结' },
      WITHDRAWN: { description: '已撤销' },
      SETTLED: { description: '已计入年度考核' },
    } satisfies Record<DeductionStatus, { description: string }>,
  });

  const DailyDeductionRef = builder.prismaNode('DailyDeduction', {
    subGraphs,
    id: { field: 'id' },
    description: '平时考核直接扣分: points off a cadre’s year, with the reason and the evidence',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (d) => d.cadreId }),
      unit: t.field({ type: core.Unit, resolve: (d, _args, ctx) => unitOf(ctx, d.unitId) }),
      year: t.exposeInt('year', { description: 'The year whose annual assessment counts it' }),
      points: t.exposeFloat('points'),
      reason: t.exposeString('reason'),
      evidence: t.exposeString('evidence', { description: 'Where it can be checked' }),
      recordedOn: t.expose('recordedOn', { type: 'Date' }),
      recorderName: t.string({
        nullable: true,
        resolve: (d, _args, ctx) => userNameOf(ctx, d.recordedBy),
      }),
      status: t.field({ type: Status, resolve: deductionStatus }),
      withdrawnOn: t.expose('withdrawnOn', { type: 'Date', nullable: true }),
      withdrawReason: t.exposeString('withdrawReason', { nullable: true }),
    }),
  });

  const DeductionInput = builder.inputType('DailyDeductionInput', {
    subGraphs,
    fields: (t) => ({
      points: t.float({ description: 'Above 0' }),
      reason: t.string(),
      evidence: t.string({ description: 'A notice, a finding’s number …' }),
      recordedOn: t.field({ type: 'Date', required: false, description: 'Today by default' }),
      year: t.int({
        required: false,
        description: 'The year it counts in: that of `recordedOn` by default, or the one before',
      }),
    }),
  });

  builder.mutationFields((t) => ({
    recordDailyDeduction: t.prismaField({
      type: DailyDeductionRef,
      subGraphs,
      description:
        '平时考核直接扣分 of a cadre, with the reason and the evidence. A unit assessor deducts ' +
        'in the own unit only (ASSESSMENT_NOT_OWN_UNIT)',
      authScopes: DAILY_WRITE,
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: core.Cadre }),
        input: t.arg({ type: DeductionInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(deductionInput, args.input);
        return writeDaily(ctx, async (write) => {
          const id = await recordDailyDeduction(write, args.cadreId.id, input);
          return write.tx.dailyDeduction.findUniqueOrThrow({ ...query, where: { id } });
        });
      },
    }),
    withdrawDailyDeduction: t.prismaField({
      type: DailyDeductionRef,
      subGraphs,
      description:
        'Withdraws an open deduction, with the reason; one an annual round has counted stays ' +
        '(ASSESSMENT_DEDUCTION_SETTLED)',
      authScopes: DAILY_WRITE,
      errors: {},
      args: {
        deductionId: t.arg.globalID({ for: DailyDeductionRef }),
        reason: t.arg.string(),
      },
      resolve: (query, _root, args, ctx) => {
        const { reason } = parseInput(z.object({ reason: text(500) }), args, []);
        return writeDaily(ctx, async (write) => {
          const id = args.deductionId.id;
          const deduction = isUuid(id)
            ? await write.tx.dailyDeduction.findFirst({
                where: { id, districtId: write.districtId },
              })
            : null;
          if (!deduction) throw new NotFoundError(DEDUCTION_LABEL);
          await refuseOtherUnit(write, deduction.unitId);
          // Conditional on being open: of a withdrawal and a round counting it, one wins.
          const data = { withdrawnOn: todayInChina(), withdrawReason: reason };
          const { count } = await write.tx.dailyDeduction.updateMany({
            where: { id, ...OPEN_DEDUCTION },
            data,
          });
          if (count === 0) {
            throw notOpen(
              deductionStatus(await write.tx.dailyDeduction.findUniqueOrThrow({ where: { id } })),
            );
          }
          await auditDaily(
            write,
            'withdraw-deduction',
            { type: 'DailyDeduction', id },
            changesOf(deduction, data),
          );
          return write.tx.dailyDeduction.findUniqueOrThrow({ ...query, where: { id } });
        });
      },
    }),
  }));

  return { DailyDeduction: DailyDeductionRef };
}
