import {
  batchedPrisma,
  changedFields,
  districtOf,
  isUuid,
  loaderFor,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  selecting,
  todayInChina,
  type RequestContext,
} from '@cadre/core';
import type { IndicatorSet, Unit, UnitCategory } from '@cadre/db/client';
import { z } from 'zod';
import { setWeightProblems, setWeightTotal } from '../domain/indicators.ts';
import { SET_LABEL, SET_TARGET, writeInYear, type YearWrite } from './indicator-access.ts';
import { assessmentYear, text } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';

// 指标体系: one set of indicators per year and unit category (差异化考核), drafted, copied from
// last year's (指标动态调整) and closed with the year, after which it never changes.

const setInput = z.object({ year: assessmentYear, title: text(100) });
const copyInput = z.object({ toYear: assessmentYear });

/** Refuses a second set of a category in a year. */
async function refuseExisting(write: YearWrite, unitCategory: UnitCategory): Promise<void> {
  const existing = await write.tx.indicatorSet.findFirst({
    where: { districtId: write.districtId, year: write.year, unitCategory },
    select: { title: true },
  });
  if (existing) {
    throw new RuleViolationError('ASSESSMENT_INDICATOR_SET_EXISTS', {
      zh: `${write.year}年度该类单位已有考核指标体系“${existing.title}”`,
      en: `${write.year} already has an indicator set for these units: ${existing.title}`,
    });
  }
}

/** The district's units of a category, the rows a set scores; one read per request. */
const unitsOfCategory = (ctx: RequestContext, category: UnitCategory) =>
  loaderFor<Unit[]>(
    ctx,
    'assessment.unitsOfCategory',
    async (categories) => {
      const units = await ctx.prisma.unit.findMany({
        where: { districtId: districtOf(ctx).id, category: { in: categories as UnitCategory[] } },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      });
      return categories.map((c) => [c, units.filter((u) => u.category === c)]);
    },
    [],
  ).load(category);

export function registerIndicatorSet({ builder, subGraphs, core }: PluginSchemaContext) {
  const IndicatorSetRef = builder.prismaNode('IndicatorSet', {
    subGraphs,
    id: { field: 'id' },
    description: '考核指标体系: the indicators of one year for one category of units (差异化考核)',
    fields: (t) => ({
      year: t.exposeInt('year'),
      unitCategory: t.expose('unitCategory', { type: core.UnitCategory }),
      title: t.exposeString('title'),
      copiedFrom: t.prismaField({
        type: 'IndicatorSet',
        nullable: true,
        description: 'The set this one was copied from (last year’s)',
        resolve: (query, set, _args, ctx) =>
          set.copiedFromId
            ? batchedPrisma(ctx).indicatorSet.findUnique({
                ...query,
                where: { id: set.copiedFromId },
              })
            : null,
      }),
      closedOn: t.expose('closedOn', {
        type: 'Date',
        nullable: true,
        description: 'The year was closed: the set and its results never change again',
      }),
      closed: t.boolean({ resolve: (set) => set.closedOn !== null }),
      indicators: t.relation('indicators', {
        complexity: LIST_COST.indicators,
        query: { orderBy: [{ position: 'asc' }, { name: 'asc' }] },
      }),
      weightTotal: t.float({
        description: 'The weights of its indicators, direct deductions left out; 100 to close',
        select: { indicators: { select: { weight: true, directDeduction: true, name: true } } },
        resolve: (set) => setWeightTotal(set.indicators),
      }),
      weightProblems: t.stringList({
        description: 'Why the year cannot close with these weights, in the request’s language',
        select: { indicators: { select: { weight: true, directDeduction: true, name: true } } },
        resolve: (set, _args, ctx) => setWeightProblems(set.indicators).map((p) => p[ctx.language]),
      }),
      units: t.field({
        type: [core.Unit],
        description: 'The district’s units of the set’s category: whom it scores',
        complexity: LIST_COST.unitsOfCategory,
        resolve: (set, _args, ctx) => unitsOfCategory(ctx, set.unitCategory),
      }),
    }),
  });

  builder.queryFields((t) => ({
    indicatorSets: t.prismaField({
      type: [IndicatorSetRef],
      subGraphs,
      description: 'The indicator sets of a year, one per unit category',
      authScopes: { permission: P.readIndicators },
      complexity: LIST_COST.indicatorSets,
      args: { year: t.arg.int() },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.indicatorSet.findMany({
          ...selecting(query),
          where: { districtId: districtOf(ctx).id, year: args.year },
          orderBy: { unitCategory: 'asc' },
        }),
    }),
    indicatorSet: t.prismaField({
      type: IndicatorSetRef,
      nullable: true,
      subGraphs,
      description: 'An indicator set; another district’s id answers null, too',
      authScopes: { permission: P.readIndicators },
      args: { id: t.arg.globalID({ for: IndicatorSetRef }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.indicatorSet.findFirst({
          ...selecting(query),
          where: { id: args.id.id, districtId: districtOf(ctx).id },
        }),
    }),
  }));

  /** The set as written, in the shape the field's selection asks for. */
  const reload = (write: YearWrite, query: object, id: string) =>
    write.tx.indicatorSet.findUniqueOrThrow({ ...selecting(query), where: { id } });

  builder.mutationFields((t) => ({
    createIndicatorSet: t.prismaField({
      type: IndicatorSetRef,
      subGraphs,
      description:
        'A new, empty set for a unit category in a year: one per category and year ' +
        '(ASSESSMENT_INDICATOR_SET_EXISTS); never in a closed year (ASSESSMENT_YEAR_CLOSED)',
      authScopes: { permission: P.writeIndicators },
      errors: {},
      args: {
        year: t.arg.int(),
        unitCategory: t.arg({ type: core.UnitCategory }),
        title: t.arg.string({ description: 'e.g. 2026年度街道考核指标' }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(setInput, { year: args.year, title: args.title }, []);
        return writeInYear(ctx, input.year, async (write) => {
          const set = await createIndicatorSet(write, args.unitCategory, input.title);
          return reload(write, query, set.id);
        });
      },
    }),
    copyIndicatorSet: t.prismaField({
      type: IndicatorSetRef,
      subGraphs,
      description:
        '指标动态调整: starts `toYear`’s set of the same unit category as a copy of this one, ' +
        'indicators and all (no results); refused when that year has one already',
      authScopes: { permission: P.writeIndicators },
      errors: {},
      args: {
        fromSetId: t.arg.globalID({ for: IndicatorSetRef }),
        toYear: t.arg.int(),
      },
      resolve: async (query, _root, args, ctx) => {
        const { toYear } = parseInput(copyInput, { toYear: args.toYear }, []);
        const from = await findSet(ctx, args.fromSetId.id);
        return writeInYear(ctx, toYear, async (write) => {
          const set = await copyIndicatorSet(write, from);
          return reload(write, query, set.id);
        });
      },
    }),
    closeIndicatorYear: t.prismaField({
      type: [IndicatorSetRef],
      subGraphs,
      description:
        '年度指标关闭: every set of the year becomes final, with its results. Refused with ' +
        'ASSESSMENT_INDICATOR_WEIGHTS while a set’s weights do not sum to 100%',
      authScopes: { permission: P.writeIndicators },
      complexity: LIST_COST.indicatorSets,
      errors: {},
      args: { year: t.arg.int() },
      resolve: (query, _root, args, ctx) => {
        const year = parseInput(assessmentYear, args.year, ['year']);
        return writeInYear(ctx, year, async (write) => {
          await closeIndicatorYear(write, todayInChina());
          return write.tx.indicatorSet.findMany({
            ...selecting(query),
            where: { districtId: write.districtId, year },
            orderBy: { unitCategory: 'asc' },
          });
        });
      },
    }),
  }));

  return { IndicatorSet: IndicatorSetRef };
}

/** A new, empty set of the year for a unit category; one per category and year. */
export async function createIndicatorSet(
  write: YearWrite,
  unitCategory: UnitCategory,
  title: string,
): Promise<IndicatorSet> {
  await refuseExisting(write, unitCategory);
  const data = { year: write.year, unitCategory, title };
  const set = await write.tx.indicatorSet.create({
    data: { ...data, districtId: write.districtId },
  });
  await write.audit({
    operation: 'assessment.indicator-set.create',
    targetType: SET_TARGET,
    targetId: set.id,
    changes: changedFields({}, data),
  });
  return set;
}

/** 指标动态调整: the year's set of `from`'s unit category, a copy of it, indicators and all. */
export async function copyIndicatorSet(
  write: YearWrite,
  from: IndicatorSet,
): Promise<IndicatorSet> {
  await refuseExisting(write, from.unitCategory);
  const indicators = await write.tx.indicator.findMany({
    where: { setId: from.id },
    orderBy: { position: 'asc' },
  });
  const data = {
    year: write.year,
    unitCategory: from.unitCategory,
    // "2025年度街道考核指标" becomes "2026年度街道考核指标".
    title: from.title.replaceAll(String(from.year), String(write.year)),
    copiedFromId: from.id,
  };
  const set = await write.tx.indicatorSet.create({
    data: { ...data, districtId: write.districtId },
  });
  await write.tx.indicator.createMany({
    data: indicators.map(({ id: _id, setId: _setId, ...indicator }) => ({
      ...indicator,
      setId: set.id,
    })),
  });
  await write.audit({
    operation: 'assessment.indicator-set.copy',
    targetType: SET_TARGET,
    targetId: set.id,
    changes: { ...changedFields({}, data), indicators: indicators.length },
  });
  return set;
}

/** 年度指标关闭 on `closedOn`: every set of the year, once each one's weights sum to 100%. */
export async function closeIndicatorYear(write: YearWrite, closedOn: Date): Promise<void> {
  const where = { districtId: write.districtId, year: write.year };
  const sets = await write.tx.indicatorSet.findMany({
    where,
    include: {
      indicators: { select: { name: true, weight: true, directDeduction: true } },
    },
    orderBy: { unitCategory: 'asc' },
  });
  if (sets.length === 0) {
    throw new RuleViolationError('ASSESSMENT_INDICATOR_NO_SETS', {
      zh: `${write.year}年度尚无考核指标体系`,
      en: `${write.year} has no indicator sets`,
    });
  }
  refuseUnbalancedWeights(sets);
  await write.tx.indicatorSet.updateMany({ where, data: { closedOn } });
  for (const set of sets) {
    await write.audit({
      operation: 'assessment.indicator-set.close',
      targetType: SET_TARGET,
      targetId: set.id,
      changes: changedFields({ closedOn: null }, { closedOn }),
    });
  }
}

/** A set of the viewer's district; another district's is not found. */
async function findSet(ctx: RequestContext, id: string): Promise<IndicatorSet> {
  const set = isUuid(id)
    ? await ctx.prisma.indicatorSet.findFirst({ where: { id, districtId: districtOf(ctx).id } })
    : null;
  if (!set) throw new NotFoundError(SET_LABEL);
  return set;
}

/** Seed 004: 合理确定指标权重 — a year closes only with every set's weights summing to 100%. */
function refuseUnbalancedWeights(
  sets: { title: string; indicators: Parameters<typeof setWeightProblems>[0] }[],
): void {
  const problems = sets.flatMap((set) =>
    setWeightProblems(set.indicators).map((p) => ({
      zh: `${set.title}：${p.zh}`,
      en: `${set.title}: ${p.en}`,
    })),
  );
  if (problems.length > 0) {
    throw new RuleViolationError('ASSESSMENT_INDICATOR_WEIGHTS', {
      zh: problems.map((p) => p.zh).join('；'),
      en: problems.map((p) => p.en).join('; '),
    });
  }
}
