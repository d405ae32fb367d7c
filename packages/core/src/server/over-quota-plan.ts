import type { EnumRef } from '@pothos/core';
import type { OverQuotaPlan, OverQuotaProgress, PostLevel } from '@cadre/db/client';
import type { RequestContext } from '../contract/context.ts';
import { todayInChina } from '../domain/dates.ts';
import { overQuotaStanding } from '../domain/over-quota.ts';
import type { Builder, Types } from './builder.ts';
import { groupRows, loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { districtOf } from './scope.ts';
import { quotaLinesOf, type UnitRef } from './unit.ts';
import { registerOverQuotaPlanWrites } from './over-quota-plan-writes.ts';

const PLAN_ORDER = [{ deadline: 'asc' }, { id: 'asc' }] as const;

/** The steps of every plan a request shows, in one statement. */
const stepsOf = (ctx: RequestContext) =>
  loaderFor<OverQuotaProgress[]>(
    ctx,
    'overQuotaPlan.progress',
    async (planIds) =>
      groupRows(
        await ctx.prisma.overQuotaProgress.findMany({
          where: { districtId: districtOf(ctx).id, planId: { in: [...planIds] } },
          orderBy: [{ recordedOn: 'asc' }, { createdAt: 'asc' }],
        }),
        (step) => step.planId,
      ),
    [],
  );

/** The plans of every unit a request shows, in one statement. */
const plansOfUnits = (ctx: RequestContext) =>
  loaderFor<OverQuotaPlan[]>(
    ctx,
    'unit.overQuotaPlans',
    async (unitIds) =>
      groupRows(
        await ctx.prisma.overQuotaPlan.findMany({
          where: { districtId: districtOf(ctx).id, unitId: { in: [...unitIds] } },
          orderBy: [...PLAN_ORDER],
        }),
        (plan) => plan.unitId,
      ),
    [],
  );

/** Where a plan stands: its steps against the unit's quota figures today. */
async function standingOf(ctx: RequestContext, plan: OverQuotaPlan) {
  const [steps, lines] = await Promise.all([
    stepsOf(ctx).load(plan.id),
    quotaLinesOf(ctx).load(plan.unitId),
  ]);
  const line = lines.find((l) => l.level === plan.level && l.leadership === plan.leadership);
  const currentExcess = line?.overQuota ?? 0;
  return { currentExcess, ...overQuotaStanding(plan, steps, currentExcess, todayInChina()) };
}

export interface QuotaRefs {
  Unit: UnitRef;
  PostLevel: EnumRef<Types, PostLevel>;
}

function planReads(builder: Builder, refs: QuotaRefs) {
  const Step = builder.prismaObject('OverQuotaProgress', {
    description: 'A step of a digestion plan: so many posts digested on a day',
    fields: (t) => ({
      recordedOn: t.expose('recordedOn', { type: 'Date' }),
      digested: t.exposeInt('digested'),
      note: t.exposeString('note', { description: 'How: retirement, transfer, 改任 …' }),
    }),
  });

  const Plan = builder.prismaNode('OverQuotaPlan', {
    id: { field: 'id' },
    description: '超职数消化计划: how a unit over quota at one level gets back within it',
    fields: (t) => ({
      unit: t.relation('unit'),
      level: t.expose('level', { type: refs.PostLevel }),
      leadership: t.exposeBoolean('leadership'),
      excess: t.exposeInt('excess', { description: 'Over quota when the plan was made' }),
      plan: t.exposeString('plan'),
      deadline: t.expose('deadline', { type: 'Date' }),
      completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      progress: t.field({
        type: [Step],
        description: 'The steps recorded, oldest first',
        complexity: listCost(LIST_BOUNDS.overQuotaProgress),
        resolve: (plan, _args, ctx) => stepsOf(ctx).load(plan.id),
      }),
      digested: t.int({
        description: 'Posts the recorded steps digested',
        resolve: async (plan, _args, ctx) => (await standingOf(ctx, plan)).digested,
      }),
      currentExcess: t.int({
        description: 'Over quota at the plan’s level today, from the unit’s figures',
        resolve: async (plan, _args, ctx) => (await standingOf(ctx, plan)).currentExcess,
      }),
      remaining: t.int({
        description:
          'Still to digest: the excess less the steps, never more than the unit is over ' +
          'quota today; 0 once completed',
        resolve: async (plan, _args, ctx) => (await standingOf(ctx, plan)).remaining,
      }),
      overdue: t.boolean({
        description: 'Open past its deadline',
        resolve: async (plan, _args, ctx) => (await standingOf(ctx, plan)).overdue,
      }),
    }),
  });

  builder.objectField(refs.Unit, 'overQuotaPlans', (t) =>
    t.field({
      type: [Plan],
      description: 'The unit’s digestion plans (超职数消化), the soonest deadline first',
      complexity: listCost(LIST_BOUNDS.unitOverQuotaPlans),
      args: { includeCompleted: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: async (unit, args, ctx) =>
        (await plansOfUnits(ctx).load(unit.id)).filter(
          (plan) => args.includeCompleted || plan.completedAt === null,
        ),
    }),
  );

  const Status = builder.enumType('OverQuotaPlanStatus', {
    values: {
      OPEN: { description: 'Not completed' },
      OVERDUE: { description: 'Open past its deadline' },
    },
  });

  builder.queryField('overQuotaPlans', (t) =>
    t.field({
      type: [Plan],
      description: 'The district’s open digestion plans, the soonest deadline first',
      authScopes: { permission: 'core.unit.read' },
      complexity: listCost(LIST_BOUNDS.overQuotaPlans),
      args: { status: t.arg({ type: Status, required: false, defaultValue: 'OPEN' }) },
      resolve: (_root, args, ctx) =>
        ctx.prisma.overQuotaPlan.findMany({
          where: {
            districtId: districtOf(ctx).id,
            completedAt: null,
            ...(args.status === 'OVERDUE' ? { deadline: { lt: todayInChina() } } : {}),
          },
          orderBy: [...PLAN_ORDER],
        }),
    }),
  );

  return { Plan };
}

export type PlanRefs = QuotaRefs & ReturnType<typeof planReads>;

/** 超职数消化: digestion plans of over-quota units, their steps, and where each stands. */
export function registerOverQuotaPlan(builder: Builder, refs: QuotaRefs) {
  registerOverQuotaPlanWrites(builder, { ...refs, ...planReads(builder, refs) });
}
