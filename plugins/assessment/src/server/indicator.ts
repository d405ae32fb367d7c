import {
  bilingual,
  changedFields,
  InputError,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  selecting,
} from '@cadre/core';
import type { Indicator, IndicatorCategory, IndicatorScoring } from '@cadre/db/client';
import { z } from 'zod';
import {
  INDICATOR_CATEGORIES,
  INDICATOR_CATEGORY_LABELS,
  INDICATOR_SCORING_LABELS,
  INDICATOR_SCORINGS,
} from '../domain/indicator-labels.ts';
import { achievementProblems, indicatorPoints, indicatorProblems } from '../domain/indicators.ts';
import {
  auditSet,
  INDICATOR_LABEL,
  type SetWrite,
  writeForIndicator,
  writeInSet,
} from './indicator-access.ts';
import type { SetRefs } from './indicator-refs.ts';
import { optionalText, text } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';

// 考核指标: an indicator of a set, with its category, weight and scoring rule, or a
// direct-deduction item (直接扣分项目, seed 004), which carries no weight.

/**
 * The column needs a rule even for a direct-deduction item, which has none: it stores this one,
 * and the API answers null.
 */
const DEDUCTION_SCORING: IndicatorScoring = 'YES_NO';

const points = z
  .number()
  .multipleOf(0.01, bilingual('最多保留两位小数', 'At most two decimals'))
  .positive(bilingual('应大于0', 'Must be above 0'));

const indicatorInput = z
  .object({
    category: z.enum(INDICATOR_CATEGORIES),
    name: text(60),
    directDeduction: z.boolean().nullish(),
    weight: points.max(100, bilingual('权重不能超过100%', 'A weight cannot exceed 100%')).nullish(),
    scoring: z.enum(INDICATOR_SCORINGS).nullish(),
    target: z.number().nullish(),
    levelShares: z.array(z.number()).max(10).nullish(),
    scoringNote: optionalText(500),
    maxDeduction: points.max(100).nullish(),
  })
  .refine((i) => i.directDeduction || i.weight, {
    path: ['weight'],
    message: bilingual('请填写权重', 'Give the weight'),
  })
  .refine((i) => i.directDeduction || i.scoring, {
    path: ['scoring'],
    message: bilingual('请选择计分方式', 'Choose how it is scored'),
  })
  // What a rule does not read is not kept: a target only for TARGET_RATIO, and so on.
  .transform((i) => {
    const deduction = i.directDeduction ?? false;
    const scoring = deduction ? DEDUCTION_SCORING : (i.scoring ?? DEDUCTION_SCORING);
    return {
      category: i.category,
      name: i.name,
      directDeduction: deduction,
      weight: deduction ? 0 : (i.weight ?? 0),
      scoring,
      target: !deduction && scoring === 'TARGET_RATIO' ? (i.target ?? null) : null,
      levelShares: !deduction && scoring === 'LEVELS' ? (i.levelShares ?? []) : [],
      scoringNote: i.scoringNote,
      maxDeduction: deduction ? (i.maxDeduction ?? null) : null,
    };
  });

type IndicatorData = z.infer<typeof indicatorInput>;

/** An indicator's fields the input sets, as they were: what the audit diffs against. */
const asInput = (indicator: Indicator): IndicatorData => ({
  category: indicator.category,
  name: indicator.name,
  directDeduction: indicator.directDeduction,
  weight: indicator.weight,
  scoring: indicator.scoring,
  target: indicator.target,
  levelShares: indicator.levelShares,
  scoringNote: indicator.scoringNote,
  maxDeduction: indicator.maxDeduction,
});

/** Refuses a name the set has already. */
async function refuseDuplicateName(write: SetWrite, name: string, except: string | null) {
  const same = await write.tx.indicator.findFirst({
    where: { setId: write.set.id, name, ...(except ? { NOT: { id: except } } : {}) },
    select: { id: true },
  });
  if (same) {
    throw InputError.ofFields([
      {
        field: 'name',
        code: 'ASSESSMENT_INDICATOR_NAME_TAKEN',
        text: { zh: '该指标体系已有同名指标', en: 'The set has an indicator of this name' },
      },
    ]);
  }
}

/**
 * A changed rule scores the results already recorded anew, so points always follow the rule;
 * refused when a result is impossible under the new rule (a level removed, say).
 */
async function rescoreResults(write: SetWrite, indicator: Indicator, data: IndicatorData) {
  const results = await write.tx.unitIndicatorResult.findMany({
    where: { indicatorId: indicator.id },
  });
  const rule = { ...indicator, ...data };
  const impossible = results.flatMap((r) => achievementProblems(rule, r));
  if (impossible.length > 0) {
    throw new RuleViolationError('ASSESSMENT_INDICATOR_RESULTS_CONFLICT', {
      zh: `已登记的单位得分不符合新的计分规则：${impossible[0]?.zh}`,
      en: `Results already recorded do not fit the new rule: ${impossible[0]?.en}`,
    });
  }
  let rescored = 0;
  for (const result of results) {
    const newPoints = indicatorPoints(rule, result);
    if (newPoints === result.points) continue;
    await write.tx.unitIndicatorResult.update({
      where: { id: result.id },
      data: { points: newPoints },
    });
    rescored += 1;
  }
  return rescored;
}

/** Adds an indicator to the set (`before` null) or changes `before`, checked as its input. */
export async function saveIndicator(
  write: SetWrite,
  before: Indicator | null,
  input: z.input<typeof indicatorInput>,
): Promise<void> {
  const data = parseInput(indicatorInput, input);
  const problems = indicatorProblems(data);
  if (problems.length > 0) throw InputError.ofFields(problems);
  await refuseDuplicateName(write, data.name, before?.id ?? null);
  if (before) {
    await write.tx.indicator.update({ where: { id: before.id }, data });
    const rescored = await rescoreResults(write, before, data);
    await auditSet(write, 'indicator.update', {
      indicatorId: before.id,
      ...changedFields(asInput(before), data),
      ...(rescored > 0 ? { rescored } : {}),
    });
    return;
  }
  const { _max } = await write.tx.indicator.aggregate({
    where: { setId: write.set.id },
    _max: { position: true },
  });
  const created = await write.tx.indicator.create({
    data: {
      ...data,
      districtId: write.districtId,
      setId: write.set.id,
      position: (_max.position ?? 0) + 1,
    },
  });
  await auditSet(write, 'indicator.add', { indicatorId: created.id, ...changedFields({}, data) });
}

export function registerIndicator({ builder, subGraphs }: PluginSchemaContext, refs: SetRefs) {
  const Category = builder.enumType('IndicatorCategory', {
    subGraphs,
    values: Object.fromEntries(
      INDICATOR_CATEGORIES.map((c) => [c, { description: INDICATOR_CATEGORY_LABELS[c].zh }]),
    ) as Record<IndicatorCategory, { description: string }>,
  });
  const Scoring = builder.enumType('IndicatorScoring', {
    subGraphs,
    values: Object.fromEntries(
      INDICATOR_SCORINGS.map((s) => [s, { description: INDICATOR_SCORING_LABELS[s].zh }]),
    ) as Record<IndicatorScoring, { description: string }>,
  });

  const IndicatorRef = builder.prismaNode('Indicator', {
    subGraphs,
    id: { field: 'id' },
    description: '考核指标: a share of the set’s responsibility score and how a unit earns it',
    fields: (t) => ({
      set: t.relation('set'),
      category: t.field({ type: Category, resolve: (i) => i.category }),
      name: t.exposeString('name'),
      weight: t.exposeFloat('weight', {
        description: 'Percent of the responsibility score; 0 for a direct-deduction item',
      }),
      scoring: t.field({
        type: Scoring,
        nullable: true,
        description: 'How an achievement becomes points; null for a direct-deduction item',
        resolve: (i) => (i.directDeduction ? null : i.scoring),
      }),
      target: t.exposeFloat('target', { nullable: true, description: 'TARGET_RATIO' }),
      levelShares: t.exposeFloatList('levelShares', {
        description: 'LEVELS: the share of the weight each level earns, best first',
      }),
      scoringNote: t.exposeString('scoringNote', { nullable: true }),
      directDeduction: t.exposeBoolean('directDeduction', { description: '直接扣分项' }),
      maxDeduction: t.exposeFloat('maxDeduction', { nullable: true }),
      position: t.exposeInt('position'),
      results: t.relation('results', {
        description: 'The units’ results on it',
        complexity: LIST_COST.unitsOfCategory,
        query: { orderBy: { unitId: 'asc' } },
      }),
    }),
  });

  const Input = builder.inputType('IndicatorInput', {
    subGraphs,
    fields: (t) => ({
      category: t.field({ type: Category }),
      name: t.string(),
      directDeduction: t.boolean({
        required: false,
        description: '直接扣分项: no weight nor scoring; each finding takes points off',
      }),
      weight: t.float({ required: false, description: 'Percent; required unless a deduction' }),
      scoring: t.field({ type: Scoring, required: false }),
      target: t.float({ required: false, description: 'TARGET_RATIO: above 0' }),
      levelShares: t.floatList({
        required: false,
        description: 'LEVELS: shares 0–1, best first, e.g. [1, 0.8, 0.6, 0]',
      }),
      scoringNote: t.string({ required: false }),
      maxDeduction: t.float({ required: false, description: 'Direct deduction: the most off' }),
    }),
  });

  builder.mutationFields((t) => ({
    saveIndicator: t.prismaField({
      type: refs.IndicatorSet,
      subGraphs,
      description:
        'Adds an indicator to a set (without `id`) or changes one; a changed rule scores the ' +
        'results already recorded anew. Never in a closed year (ASSESSMENT_YEAR_CLOSED)',
      authScopes: { permission: P.writeIndicators },
      errors: {},
      args: {
        setId: t.arg.globalID({ for: refs.IndicatorSet }),
        id: t.arg.globalID({ for: IndicatorRef, required: false }),
        input: t.arg({ type: Input }),
      },
      resolve: async (query, _root, args, ctx) => {
        const save = async (write: SetWrite, before: Indicator | null) => {
          await saveIndicator(write, before, args.input);
          return write.tx.indicatorSet.findUniqueOrThrow({
            ...selecting(query),
            where: { id: write.set.id },
          });
        };
        if (!args.id) return writeInSet(ctx, args.setId.id, (write) => save(write, null));
        return writeForIndicator(ctx, args.id.id, async (write, before) => {
          // An indicator of another set is not this set's to change.
          if (before.setId !== args.setId.id) throw new NotFoundError(INDICATOR_LABEL);
          return save(write, before);
        });
      },
    }),
    removeIndicator: t.prismaField({
      type: refs.IndicatorSet,
      subGraphs,
      description:
        'Removes an indicator with the results recorded on it; never in a closed year ' +
        '(ASSESSMENT_YEAR_CLOSED)',
      authScopes: { permission: P.writeIndicators },
      errors: {},
      args: { id: t.arg.globalID({ for: IndicatorRef }) },
      resolve: (query, _root, args, ctx) =>
        writeForIndicator(ctx, args.id.id, async (write, indicator) => {
          const { count } = await write.tx.unitIndicatorResult.deleteMany({
            where: { indicatorId: indicator.id },
          });
          await write.tx.indicator.delete({ where: { id: indicator.id } });
          await auditSet(write, 'indicator.remove', {
            indicatorId: indicator.id,
            ...changedFields(asInput(indicator), {}),
            results: count,
          });
          return write.tx.indicatorSet.findUniqueOrThrow({
            ...selecting(query),
            where: { id: write.set.id },
          });
        }),
    }),
  }));

  return { Indicator: IndicatorRef };
}
