import { z } from 'zod';
import { RuleViolationError, NotFoundError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { quotaFigures, sumQuotaFigures } from '../domain/quota.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import { Rank } from '@cadre/db';
import { rankQuotaKey } from '../domain/ranks.ts';
import { type QuotaLine, quotaLines } from '../services/quotas.ts';
import type { RequestContext } from '../contract/context.ts';
import { groupRows, loaderFor } from './loaders.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { POST_LEVELS, registerQuotaTypes } from './quota.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';

export const UNIT_CATEGORIES = [
  'PARTY_GOVERNMENT_ORGAN',
  'SUBDISTRICT',
  'TOWNSHIP',
  'DEVELOPMENT_ZONE',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
] as const;

const UNIT = { zh: '单位', en: 'Unit' };

const newUnit = z.object({
  parentId: z.string().nullish(),
  code: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z-]{1,20}$/,
      bilingual('单位代码须为 1–20 位字母、数字或 -', 'Code: 1–20 letters, digits or -'),
    ),
  name: z
    .string()
    .trim()
    .min(2, bilingual('单位名称至少 2 个字', 'Name needs at least 2 characters'))
    .max(60),
  category: z.enum(UNIT_CATEGORIES),
});

const teamInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, bilingual('班子名称至少 2 个字', 'Name needs 2 characters'))
    .max(40),
});

const quotaInput = z.object({
  unitId: z.string(),
  level: z.enum(POST_LEVELS),
  leadership: z.boolean(),
  approved: z
    .number()
    .int()
    .min(0, bilingual('职数不能小于 0', 'A quota cannot be below 0'))
    .max(999),
});

/** The quota lines of every unit a request shows, in one read (two statements). */
export const quotaLinesOf = (ctx: RequestContext) =>
  loaderFor<QuotaLine[]>(
    ctx,
    'unit.quotaLines',
    async (unitIds) =>
      groupRows(await quotaLines(ctx.prisma, districtOf(ctx).id, unitIds), (l) => l.unitId),
    [],
  );

/** Organization units (单位): a tree per district, with teams and post quotas. */
export function registerUnit(builder: Builder) {
  const { PostLevel, QuotaTotals, QuotaLineRef } = registerQuotaTypes(builder);
  const UnitCategory = builder.enumType('UnitCategory', { values: UNIT_CATEGORIES });

  const Unit = builder.prismaNode('Unit', {
    id: { field: 'id' },
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      category: t.expose('category', { type: UnitCategory }),
      parent: t.relation('parent', { nullable: true }),
      children: t.relation('children', {
        complexity: listCost(LIST_BOUNDS.unitChildren),
        query: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] },
      }),
      teams: t.relation('teams', {
        complexity: listCost(LIST_BOUNDS.unitTeams),
        query: { orderBy: { name: 'asc' } },
      }),
      quotaLines: t.field({
        type: [QuotaLineRef],
        description: 'Approved, filled, vacant and over-quota posts by level',
        complexity: listCost(LIST_BOUNDS.unitQuotaLines),
        resolve: (unit, _args, ctx) => quotaLinesOf(ctx).load(unit.id),
      }),
      quotaAtRank: t.field({
        type: QuotaTotals,
        description:
          'The figures of the level that a cadre of `rank` fills: whether the unit has a vacancy for it',
        args: { rank: t.arg({ type: Rank, required: true }) },
        resolve: async (unit, args, ctx) => {
          const key = rankQuotaKey[args.rank];
          const line = (await quotaLinesOf(ctx).load(unit.id)).find(
            (l) => l.level === key.level && l.leadership === key.leadership,
          );
          return line ?? quotaFigures(0, 0);
        },
      }),
    }),
  });

  builder.queryFields((t) => ({
    unit: t.prismaField({
      type: Unit,
      nullable: true,
      description: 'One unit of the viewer’s district',
      authScopes: { permission: 'core.unit.read' },
      args: { id: t.arg.globalID({ for: Unit }) },
      // Another district's id answers exactly as a missing one: null.
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.unit.findFirst({
          ...selecting(query),
          where: { id: args.id.id, districtId: districtOf(ctx).id },
        }),
    }),
    units: t.prismaField({
      type: [Unit],
      description: 'Units of the viewer’s district under `parentId`, or the top level',
      complexity: listCost(LIST_BOUNDS.units),
      authScopes: { permission: 'core.unit.read' },
      args: { parentId: t.arg.globalID({ required: false, for: Unit }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.unit.findMany({
          ...selecting(query),
          where: { districtId: districtOf(ctx).id, parentId: args.parentId?.id ?? null },
          orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        }),
    }),
    quotaTotals: t.field({
      type: QuotaTotals,
      description: 'The district’s quota figures summed over every unit and level',
      authScopes: { permission: 'core.unit.read' },
      resolve: async (_root, _args, ctx) =>
        sumQuotaFigures(await quotaLines(ctx.prisma, districtOf(ctx).id)),
    }),
  }));

  builder.mutationFields((t) => ({
    createUnit: t.prismaField({
      type: Unit,
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: {
        parentId: t.arg.globalID({ required: false, for: Unit }),
        code: t.arg.string(),
        name: t.arg.string(),
        category: t.arg({ type: UnitCategory }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(newUnit, { ...args, parentId: args.parentId?.id }, []);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const parent = input.parentId
            ? await tx.unit.findFirst({ where: { id: input.parentId, districtId } })
            : null;
          if (input.parentId && !parent)
            throw new NotFoundError({ zh: '上级单位', en: 'Parent unit' });
          if (
            await tx.unit.findUnique({
              where: { districtId_code: { districtId, code: input.code } },
            })
          ) {
            throw new RuleViolationError('CORE_UNIT_CODE_TAKEN', {
              zh: `单位代码 ${input.code} 已存在`,
              en: `Unit code ${input.code} exists`,
            });
          }
          const id = crypto.randomUUID();
          const unit = await tx.unit.create({
            ...selecting(query),
            data: {
              id,
              districtId,
              parentId: parent?.id ?? null,
              path: `${parent?.path ?? '/'}${id}/`,
              code: input.code,
              name: input.name,
              category: input.category,
            },
          });
          await audit({
            operation: 'unit.create',
            targetType: 'Unit',
            targetId: id,
            changes: changedFields({}, input),
          });
          return unit;
        });
      },
    }),
    createLeadershipTeam: t.prismaField({
      type: Unit,
      description: 'Add a leadership team (领导班子) to a unit',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: { unitId: t.arg.globalID({ for: Unit }), name: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const { name } = parseInput(teamInput, { name: args.name }, []);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const unit = await tx.unit.findFirst({ where: { id: args.unitId.id, districtId } });
          if (!unit) throw new NotFoundError(UNIT);
          const team = await tx.leadershipTeam.create({
            data: { districtId, unitId: unit.id, name },
          });
          await audit({
            operation: 'unit.team.create',
            targetType: 'Unit',
            targetId: unit.id,
            changes: { [`teams.${team.id}`]: [null, name] },
          });
          return tx.unit.findUniqueOrThrow({ ...selecting(query), where: { id: unit.id } });
        });
      },
    }),
    setPostQuota: t.prismaField({
      type: Unit,
      description: 'Set the approved posts (核定职数) of one level in a unit',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: {
        unitId: t.arg.globalID({ for: Unit }),
        level: t.arg({ type: PostLevel }),
        leadership: t.arg.boolean(),
        approved: t.arg.int(),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(quotaInput, { ...args, unitId: args.unitId.id }, []);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const unit = await tx.unit.findFirst({ where: { id: input.unitId, districtId } });
          if (!unit) throw new NotFoundError(UNIT);
          const key = { unitId: unit.id, level: input.level, leadership: input.leadership };
          const before = await tx.postQuota.findUnique({ where: { unitId_level_leadership: key } });
          await tx.postQuota.upsert({
            where: { unitId_level_leadership: key },
            create: { ...key, districtId, approved: input.approved },
            update: { approved: input.approved },
          });
          await audit({
            operation: 'unit.quota.set',
            targetType: 'Unit',
            targetId: unit.id,
            changes: {
              [`quota.${input.level}.${input.leadership ? 'leadership' : 'grade'}`]: [
                before?.approved ?? null,
                input.approved,
              ],
            },
          });
          return tx.unit.findUniqueOrThrow({ ...selecting(query), where: { id: unit.id } });
        });
      },
    }),
  }));

  return { Unit, PostLevel, QuotaTotals, UnitCategory };
}

export type UnitRef = ReturnType<typeof registerUnit>['Unit'];
export type UnitCategoryRef = ReturnType<typeof registerUnit>['UnitCategory'];
