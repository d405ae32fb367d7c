import { z } from 'zod';
import { ReservePoolKind } from '@cadre/db';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { todayInChina } from '../domain/dates.ts';
import { poolEntryProblems } from '../domain/reserve-pool-rules.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import { cadreRowsLoader } from './loaders.ts';
import { LIST_BOUNDS, listCost, pageCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';

const poolInput = z.object({
  name: z.string().trim().min(2, bilingual('库名至少 2 个字', 'Name needs 2 characters')).max(40),
  kind: z.enum(ReservePoolKind),
  description: z.string().trim().max(200).nullish(),
});

const entryInput = z
  .object({
    source: z
      .string()
      .trim()
      .min(2, bilingual('来源至少 2 个字', 'Source needs 2 characters'))
      .max(30),
    trainingDirection: z.string().trim().max(60).nullish(),
    enteredOn: z.date(),
    nextReviewOn: z.date(),
  })
  .refine((e) => e.nextReviewOn > e.enteredOn, {
    path: ['nextReviewOn'],
    message: bilingual('复核日期须晚于入库日期', 'The review date must follow the entry date'),
  });

/** Reserve pools (后备干部库 / 优秀年轻干部库), entries ranked by maturity (成熟度排序). */
export function registerReservePool(builder: Builder, Cadre: CadreRef) {
  const Kind = builder.enumType(ReservePoolKind, { name: 'ReservePoolKind' });

  const Entry = builder.prismaNode('ReservePoolEntry', {
    id: { field: 'id' },
    fields: (t) => ({
      pool: t.relation('pool'),
      cadre: t.field({ type: Cadre, resolve: (entry) => entry.cadreId }),
      source: t.exposeString('source'),
      trainingDirection: t.exposeString('trainingDirection', { nullable: true }),
      maturityRank: t.exposeInt('maturityRank', { description: '1 is the most mature' }),
      enteredOn: t.expose('enteredOn', { type: 'Date' }),
      nextReviewOn: t.expose('nextReviewOn', { type: 'Date' }),
    }),
  });

  const Pool = builder.prismaNode('ReservePool', {
    id: { field: 'id' },
    fields: (t) => ({
      name: t.exposeString('name'),
      kind: t.expose('kind', { type: Kind }),
      description: t.exposeString('description', { nullable: true }),
      entryCount: t.relationCount('entries'),
      entries: t.relatedConnection('entries', {
        cursor: 'id',
        complexity: pageCost,
        query: { orderBy: [{ maturityRank: 'asc' }, { id: 'asc' }] },
      }),
    }),
  });

  builder.objectField(Cadre, 'reservePoolEntries', (t) =>
    t.field({
      type: [Entry],
      description: 'The reserve pools the cadre is in',
      complexity: listCost(LIST_BOUNDS.cadreReservePoolEntries),
      resolve: (cadre, _args, ctx) =>
        cadreRowsLoader(ctx, 'cadre.reservePoolEntries', (cadreIds) =>
          ctx.prisma.reservePoolEntry.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: { enteredOn: 'asc' },
          }),
        ).load(cadre.id),
    }),
  );

  builder.queryField('reservePools', (t) =>
    t.prismaField({
      type: [Pool],
      authScopes: { permission: 'core.reserve-pool.read' },
      complexity: listCost(LIST_BOUNDS.reservePools),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.reservePool.findMany({
          ...selecting(query),
          where: { districtId: districtOf(ctx).id },
          orderBy: { name: 'asc' },
        }),
    }),
  );

  const EntryInput = builder.inputType('ReservePoolEntryInput', {
    fields: (t) => ({
      source: t.string({ description: '民主推荐, 组织推荐, 一线考察 …' }),
      trainingDirection: t.string({ required: false }),
      enteredOn: t.field({ type: 'Date' }),
      nextReviewOn: t.field({ type: 'Date' }),
    }),
  });

  builder.mutationField('createReservePool', (t) =>
    t.prismaField({
      type: Pool,
      description: 'Open a reserve pool (后备干部库) in the viewer’s district',
      authScopes: { permission: 'core.reserve-pool.write' },
      errors: {},
      args: {
        name: t.arg.string(),
        kind: t.arg({ type: Kind }),
        description: t.arg.string({ required: false }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(poolInput, args, []);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          if (
            await tx.reservePool.findUnique({
              where: { districtId_name: { districtId, name: input.name } },
            })
          ) {
            throw new RuleViolationError('CORE_POOL_NAME_TAKEN', {
              zh: `已有名为 ${input.name} 的库`,
              en: `A pool named ${input.name} exists`,
            });
          }
          const data = { ...input, description: input.description ?? null };
          const pool = await tx.reservePool.create({
            ...selecting(query),
            data: { ...data, districtId },
          });
          await audit({
            operation: 'reserve-pool.create',
            targetType: 'ReservePool',
            targetId: pool.id,
            changes: changedFields({}, data),
          });
          return pool;
        });
      },
    }),
  );

  builder.mutationField('addReservePoolEntry', (t) =>
    t.prismaField({
      type: Pool,
      description: 'Put a cadre into a pool, ranked last by maturity',
      authScopes: { permission: 'core.reserve-pool.write' },
      errors: {},
      args: {
        poolId: t.arg.globalID({ for: Pool }),
        cadreId: t.arg.globalID(),
        input: t.arg({ type: EntryInput }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(entryInput, args.input);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const pool = await tx.reservePool.findFirst({
            where: { id: args.poolId.id, districtId },
          });
          if (!pool) throw new NotFoundError({ zh: '后备干部库', en: 'Reserve pool' });
          const cadre = await tx.cadre.findFirst({
            where: { id: args.cadreId.id, districtId },
            select: { id: true, name: true, workStartDate: true },
          });
          if (!cadre) throw new NotFoundError({ zh: '干部', en: 'Cadre' });
          const problems = poolEntryProblems(input.enteredOn, cadre, todayInChina());
          if (problems.length > 0) throw InputError.ofFields(problems);
          if (
            await tx.reservePoolEntry.findUnique({
              where: { poolId_cadreId: { poolId: pool.id, cadreId: cadre.id } },
            })
          ) {
            throw new RuleViolationError('CORE_ALREADY_IN_POOL', {
              zh: '该干部已在库中',
              en: 'The cadre is already in this pool',
            });
          }
          const last = await tx.reservePoolEntry.aggregate({
            where: { poolId: pool.id },
            _max: { maturityRank: true },
          });
          const data = {
            ...input,
            trainingDirection: input.trainingDirection ?? null,
            maturityRank: (last._max.maturityRank ?? 0) + 1,
          };
          const entry = await tx.reservePoolEntry.create({
            data: { ...data, districtId, poolId: pool.id, cadreId: cadre.id },
          });
          await audit({
            operation: 'reserve-pool.entry.add',
            targetType: 'ReservePoolEntry',
            targetId: entry.id,
            changes: changedFields({}, { ...data, cadreId: cadre.id }),
          });
          return tx.reservePool.findUniqueOrThrow({ ...selecting(query), where: { id: pool.id } });
        });
      },
    }),
  );
}
