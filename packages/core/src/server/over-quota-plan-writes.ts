import { z } from 'zod';
import type { PostLevel, Transaction } from '@cadre/db';
import type { Label } from '../contract/plugin.ts';
import { formatDate, todayInChina } from '../domain/dates.ts';
import {
  deadlineIssues,
  type FieldIssue,
  OVER_QUOTA_DEADLINE as DEADLINE,
  overQuotaDeadlineTitle,
  quotaLineLabel,
  stepIssues,
} from '../domain/over-quota.ts';
import { quotaFigures } from '../domain/quota.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import { closeDueItem, recordDueItem } from '../services/due-items.ts';
import { quotaLines } from '../services/quotas.ts';
import type { Builder } from './builder.ts';
import type { PlanRefs } from './over-quota-plan.ts';
import { selecting } from './prisma-query.ts';
import { actorOf, districtOf, viewerOf } from './scope.ts';

const UNIT: Label = { zh: '单位', en: 'Unit' };
const PLAN: Label = { zh: '超职数消化计划', en: 'Digestion plan' };

const newPlan = z.object({
  plan: z
    .string()
    .trim()
    .min(4, bilingual('消化计划至少 4 个字', 'The plan needs at least 4 characters'))
    .max(1000, bilingual('消化计划不能超过 1000 个字', 'The plan has at most 1000 characters')),
  deadline: z.date(),
});

const newStep = z.object({
  recordedOn: z.date(),
  digested: z
    .number()
    .int()
    .min(1, bilingual('消化数须大于 0', 'Digested must be more than 0'))
    .max(999, bilingual('消化数不能大于 999', 'Digested cannot be above 999')),
  note: z
    .string()
    .trim()
    .min(2, bilingual('说明至少 2 个字', 'The note needs at least 2 characters'))
    .max(200, bilingual('说明不能超过 200 个字', 'The note has at most 200 characters')),
});

function refuseIssues(issues: readonly FieldIssue<string>[]) {
  if (issues.length === 0) return;
  throw new InputError(issues.map((i) => ({ path: i.field, code: 'INVALID', text: i.text })));
}

/** The unit's figures at one quota line, read in the write's transaction. */
async function lineOf(
  tx: Transaction,
  districtId: string,
  key: { unitId: string; level: PostLevel; leadership: boolean },
) {
  const line = (await quotaLines(tx, districtId, [key.unitId])).find(
    (l) => l.level === key.level && l.leadership === key.leadership,
  );
  return line ?? quotaFigures(0, 0);
}

async function planIn(tx: Transaction, districtId: string, planId: string) {
  const plan = await tx.overQuotaPlan.findFirst({
    where: { id: planId, districtId },
    include: { unit: { select: { name: true } } },
  });
  if (!plan) throw new NotFoundError(PLAN);
  if (plan.completedAt) {
    throw new RuleViolationError('CORE_OVER_QUOTA_PLAN_COMPLETED', {
      zh: `${plan.unit.name}的该消化计划已完成`,
      en: `This plan of ${plan.unit.name} is completed`,
    });
  }
  return plan;
}

/** Making, stepping and completing digestion plans; each answers with the plan. */
export function registerOverQuotaPlanWrites(builder: Builder, { Unit, PostLevel, Plan }: PlanRefs) {
  builder.mutationFields((t) => ({
    createOverQuotaPlan: t.prismaField({
      type: Plan,
      description:
        'Plan how a unit over quota at one level gets back within it by a deadline, which ' +
        'becomes a due item (到期提醒)',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: {
        unitId: t.arg.globalID({ for: Unit }),
        level: t.arg({ type: PostLevel }),
        leadership: t.arg.boolean(),
        plan: t.arg.string({ description: 'How: retirements, transfers, 改任非领导职务 …' }),
        deadline: t.arg({ type: 'Date' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(newPlan, { plan: args.plan, deadline: args.deadline }, []);
        refuseIssues(deadlineIssues(input.deadline, todayInChina()));
        const districtId = districtOf(ctx).id;
        const { userId } = viewerOf(ctx);
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const unit = await tx.unit.findFirst({
            where: { id: args.unitId.id, districtId },
            select: { id: true, name: true },
          });
          if (!unit) throw new NotFoundError(UNIT);
          const key = { unitId: unit.id, level: args.level, leadership: args.leadership };
          const label = quotaLineLabel(key.level, key.leadership);
          const figures = await lineOf(tx, districtId, key);
          if (figures.overQuota === 0) {
            throw new RuleViolationError('CORE_NOT_OVER_QUOTA', {
              zh: `${unit.name}${label.zh}核定 ${figures.approved} 名、实配 ${figures.filled} 名，未超职数，无需消化计划`,
              en: `${unit.name} is not over quota in ${label.en}: ${figures.approved} approved, ${figures.filled} filled`,
            });
          }
          const open = await tx.overQuotaPlan.findFirst({ where: { ...key, completedAt: null } });
          if (open) {
            throw new RuleViolationError('CORE_OVER_QUOTA_PLAN_OPEN', {
              zh: `${unit.name}${label.zh}已有未完成的消化计划（期限 ${formatDate(open.deadline)}）`,
              en: `${unit.name} has an open plan for ${label.en} (due ${formatDate(open.deadline)})`,
            });
          }
          const data = { ...key, ...input, excess: figures.overQuota };
          const plan = await tx.overQuotaPlan.create({
            ...selecting(query),
            data: { ...data, districtId, createdBy: userId },
          });
          await recordDueItem(tx, districtId, {
            ...DEADLINE,
            subjectType: 'OverQuotaPlan',
            subjectId: plan.id,
            title: overQuotaDeadlineTitle(unit.name, key.level, key.leadership, figures.overQuota),
            dueDate: input.deadline,
            link: '/units',
            permission: 'core.unit.write',
          });
          await audit({
            operation: 'unit.over-quota-plan.create',
            targetType: 'OverQuotaPlan',
            targetId: plan.id,
            changes: changedFields({}, data),
          });
          return plan;
        });
      },
    }),
    recordOverQuotaProgress: t.prismaField({
      type: Plan,
      description: 'Record a step of a plan: so many posts digested on a day, and how',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: {
        planId: t.arg.globalID({ for: Plan }),
        recordedOn: t.arg({ type: 'Date' }),
        digested: t.arg.int(),
        note: t.arg.string(),
      },
      resolve: async (query, _root, args, ctx) => {
        const step = parseInput(newStep, args, []);
        const districtId = districtOf(ctx).id;
        const { userId } = viewerOf(ctx);
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const plan = await planIn(tx, districtId, args.planId.id);
          const done = await tx.overQuotaProgress.aggregate({
            where: { planId: plan.id },
            _sum: { digested: true },
          });
          const outstanding = Math.max(0, plan.excess - (done._sum.digested ?? 0));
          const madeOn = todayInChina(plan.createdAt);
          refuseIssues(stepIssues({ madeOn, outstanding }, step, todayInChina()));
          await tx.overQuotaProgress.create({
            data: { ...step, districtId, planId: plan.id, recordedBy: userId },
          });
          await audit({
            operation: 'unit.over-quota-plan.progress',
            targetType: 'OverQuotaPlan',
            targetId: plan.id,
            changes: changedFields({}, step),
          });
          return tx.overQuotaPlan.findUniqueOrThrow({
            ...selecting(query),
            where: { id: plan.id },
          });
        });
      },
    }),
    completeOverQuotaPlan: t.prismaField({
      type: Plan,
      description:
        'Close a plan once the unit’s figures show it within quota at the plan’s level; its ' +
        'due item closes with it',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: { planId: t.arg.globalID({ for: Plan }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const plan = await planIn(tx, districtId, args.planId.id);
          const figures = await lineOf(tx, districtId, plan);
          // No override: a legitimate end (a re-approved quota, a transfer) shows in the figures.
          if (figures.overQuota > 0) {
            const label = quotaLineLabel(plan.level, plan.leadership);
            throw new RuleViolationError('CORE_STILL_OVER_QUOTA', {
              zh: `${plan.unit.name}${label.zh}仍超配 ${figures.overQuota} 名（核定 ${figures.approved} 名、实配 ${figures.filled} 名），计划不能完成`,
              en: `${plan.unit.name} is still ${figures.overQuota} over quota in ${label.en} (${figures.approved} approved, ${figures.filled} filled)`,
            });
          }
          const completedAt = new Date();
          const completed = await tx.overQuotaPlan.update({
            ...selecting(query),
            where: { id: plan.id },
            data: { completedAt },
          });
          await closeDueItem(tx, districtId, { ...DEADLINE, subjectId: plan.id }, completedAt);
          await audit({
            operation: 'unit.over-quota-plan.complete',
            targetType: 'OverQuotaPlan',
            targetId: plan.id,
            changes: { completedAt: [null, completedAt.toISOString()] },
          });
          return completed;
        });
      },
    }),
  }));
}
