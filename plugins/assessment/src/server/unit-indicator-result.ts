import {
  batchedPrisma,
  bilingual,
  changedFields,
  districtOf,
  InputError,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  selecting,
  todayInChina,
} from '@cadre/core';
import type { Indicator, UnitIndicatorResult } from '@cadre/db/client';
import { z } from 'zod';
import {
  achievementProblems,
  exceedsLossLimit,
  indicatorPoints,
  type UnitResult,
} from '../domain/indicators.ts';
import { assessmentConfigOf } from './config.ts';
import { type SetWrite, UNIT_LABEL, writeForIndicator } from './indicator-access.ts';
import type { IndicatorRefs } from './indicator-refs.ts';
import { assessmentYear, optionalText } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { unitScoresOf } from './unit-scores.ts';

// 单位指标得分: a unit's achievement on each indicator of its category's set, the points the
// server computes from it, and the year's standing of every unit scored (seed 004: 指标失分超过
// 责任分值20%的单位取消评优资格，主要领导由组织部长约谈).

const resultInput = z.object({
  value: z.number(),
  outOf: z
    .number()
    .int(bilingual('参加排名的单位数应为整数', 'The units ranked are a whole number'))
    .min(1)
    .max(10_000)
    .nullish(),
  note: optionalText(500),
});

interface UnitScore extends UnitResult {
  unitId: string;
  exceedsLimit: boolean;
}

interface Summary {
  year: number;
  lossLimit: number;
  units: UnitScore[];
}

export function registerUnitIndicatorResult(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: IndicatorRefs,
) {
  const ResultRef = builder.prismaNode('UnitIndicatorResult', {
    subGraphs,
    id: { field: 'id' },
    description: 'A unit’s achievement on one indicator, and the points the rule gives it',
    fields: (t) => ({
      indicator: t.relation('indicator'),
      unit: t.prismaField({
        type: core.Unit,
        resolve: (query, r, _args, ctx) =>
          batchedPrisma(ctx).unit.findUniqueOrThrow({ ...query, where: { id: r.unitId } }),
      }),
      value: t.exposeFloat('value', {
        description: 'Actual value, rank, level (0 = best), 1/0 done, or points deducted',
      }),
      outOf: t.exposeInt('outOf', { nullable: true, description: 'RANKING: the units ranked' }),
      points: t.exposeFloat('points', {
        description: 'Earned (0 … weight), or deducted for a direct-deduction item',
      }),
      note: t.exposeString('note', { nullable: true }),
      recordedOn: t.expose('recordedOn', { type: 'Date' }),
    }),
  });

  const Score = builder.objectRef<UnitScore>('UnitIndicatorScore').implement({
    subGraphs,
    description: 'A unit’s standing on the year’s indicators of its category',
    fields: (t) => ({
      unit: t.prismaField({
        type: core.Unit,
        resolve: (query, s, _args, ctx) =>
          batchedPrisma(ctx).unit.findUniqueOrThrow({ ...query, where: { id: s.unitId } }),
      }),
      responsibility: t.exposeFloat('responsibility', {
        description: '责任分值: the weights of the set, scored or not',
      }),
      earned: t.exposeFloat('earned'),
      deducted: t.exposeFloat('deducted', { description: 'By direct-deduction items' }),
      score: t.exposeFloat('score', { description: 'Earned less deducted, at least 0' }),
      loss: t.exposeFloat('loss', { description: '失分' }),
      lossShare: t.exposeFloat('lossShare', { description: 'Loss in percent of responsibility' }),
      exceedsLimit: t.exposeBoolean('exceedsLimit', {
        description:
          'The loss exceeds the district’s `indicatorLossLimit`: no 评优 for the unit’s team, ' +
          'and a talk for its principal leader',
      }),
    }),
  });

  const SummaryRef = builder.objectRef<Summary>('UnitIndicatorSummary').implement({
    subGraphs,
    fields: (t) => ({
      year: t.exposeInt('year'),
      lossLimit: t.exposeFloat('lossLimit', {
        description: 'Percent of the responsibility score a unit may lose (default 20)',
      }),
      units: t.field({
        type: [Score],
        description: 'Every unit with a result in the year, best score first',
        complexity: LIST_COST.unitScores,
        resolve: (s) => s.units,
      }),
    }),
  });

  builder.queryFields((t) => ({
    unitIndicatorResults: t.prismaField({
      type: [ResultRef],
      subGraphs,
      description: 'A unit’s results on the year’s set of its category',
      authScopes: { permission: P.readIndicators },
      complexity: LIST_COST.indicators,
      args: { year: t.arg.int(), unitId: t.arg.globalID({ for: core.Unit }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.unitIndicatorResult.findMany({
          ...selecting(query),
          where: {
            districtId: districtOf(ctx).id,
            unitId: args.unitId.id,
            indicator: { set: { year: args.year } },
          },
          orderBy: [{ indicator: { position: 'asc' } }],
        }),
    }),
    unitIndicatorSummary: t.field({
      type: SummaryRef,
      subGraphs,
      description:
        'The year’s standing of every unit scored: responsibility, score, loss, and whether ' +
        'the loss exceeds the limit (seed 004: 失分超过责任分值20%)',
      authScopes: { permission: P.readIndicators },
      args: { year: t.arg.int() },
      resolve: async (_root, args, ctx) => {
        const year = parseInput(assessmentYear, args.year, ['year']);
        const districtId = districtOf(ctx).id;
        const scored = await ctx.prisma.unitIndicatorResult.findMany({
          where: { districtId, indicator: { set: { year } } },
          select: { unitId: true },
          distinct: ['unitId'],
        });
        const [scores, config] = await Promise.all([
          unitScoresOf(
            ctx.prisma,
            districtId,
            year,
            scored.map((r) => r.unitId),
          ),
          assessmentConfigOf(ctx.prisma, districtId),
        ]);
        const lossLimit = config.indicatorLossLimit;
        const units = [...scores]
          .map(([unitId, result]) => ({
            ...result,
            unitId,
            exceedsLimit: exceedsLossLimit(result, lossLimit),
          }))
          .sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
        return { year, lossLimit, units };
      },
    }),
  }));

  builder.mutationField('recordUnitIndicatorResult', (t) =>
    t.prismaField({
      type: ResultRef,
      subGraphs,
      description:
        'A unit’s achievement on an indicator; the server computes the points. The unit must ' +
        'be of the set’s category (ASSESSMENT_UNIT_CATEGORY_MISMATCH); recording again ' +
        'replaces it; never in a closed year (ASSESSMENT_YEAR_CLOSED)',
      authScopes: { permission: P.writeIndicators },
      errors: {},
      args: {
        indicatorId: t.arg.globalID({ for: refs.Indicator }),
        unitId: t.arg.globalID({ for: core.Unit }),
        value: t.arg.float(),
        outOf: t.arg.int({ required: false, description: 'RANKING: the units ranked' }),
        note: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, ctx) => {
        // Checked before the indicator is looked up, as every mutation's input is.
        const input = parseInput(
          resultInput,
          { value: args.value, outOf: args.outOf, note: args.note },
          [],
        );
        return writeForIndicator(ctx, args.indicatorId.id, async (write, indicator) => {
          const result = await recordUnitResult(write, indicator, args.unitId.id, input);
          return write.tx.unitIndicatorResult.findUniqueOrThrow({
            ...selecting(query),
            where: { id: result.id },
          });
        });
      },
    }),
  );
}

/**
 * A unit's achievement on the indicator, its points computed; recording again replaces it. The
 * unit must be of the set's category (差异化考核).
 */
export async function recordUnitResult(
  write: SetWrite,
  indicator: Indicator,
  unitId: string,
  raw: z.input<typeof resultInput>,
): Promise<UnitIndicatorResult> {
  const input = parseInput(resultInput, raw, []);
  const { tx, districtId, set } = write;
  const unit = await tx.unit.findFirst({
    where: { id: unitId, districtId },
    select: { id: true, name: true, category: true },
  });
  if (!unit) throw new NotFoundError(UNIT_LABEL);
  // 差异化考核: a unit is scored only on the set of its own category.
  if (unit.category !== set.unitCategory) {
    throw new RuleViolationError('ASSESSMENT_UNIT_CATEGORY_MISMATCH', {
      zh: `${unit.name}不属于“${set.title}”考核的单位类别`,
      en: `${unit.name} is not of the units “${set.title}” assesses`,
    });
  }
  const achievement = {
    value: input.value,
    outOf: indicator.scoring === 'RANKING' ? (input.outOf ?? null) : null,
  };
  const problems = achievementProblems(indicator, achievement);
  if (problems.length > 0) {
    throw new InputError(problems.map((text) => ({ path: 'value', code: 'INVALID', text })));
  }
  const data = {
    ...achievement,
    points: indicatorPoints(indicator, achievement),
    note: input.note,
    recordedOn: write.at ?? todayInChina(),
  };
  const key = { unitId: unit.id, indicatorId: indicator.id };
  const before = await tx.unitIndicatorResult.findUnique({
    where: { unitId_indicatorId: key },
    select: { value: true, outOf: true, points: true, note: true, recordedOn: true },
  });
  const result = await tx.unitIndicatorResult.upsert({
    where: { unitId_indicatorId: key },
    create: { ...data, ...key, districtId },
    update: data,
  });
  await write.audit({
    operation: 'assessment.unit-result.record',
    targetType: 'Unit',
    targetId: unit.id,
    changes: { indicatorId: indicator.id, setId: set.id, ...changedFields(before ?? {}, data) },
  });
  return result;
}
