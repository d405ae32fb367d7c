import type { ObjectRef } from '@pothos/core';
import type { CadrePost } from '@cadre/db/client';
import type { RequestContext } from '../contract/context.ts';
import { grassRootsYears } from '../domain/archive-facts.ts';
import { todayInChina } from '../domain/dates.ts';
import {
  type CadreRecord,
  currentPostsByCadreIds,
  type UnitRecord,
  unitsByIds,
} from '../services/cadre-reads.ts';
import type { Types } from './builder.ts';
import { cadreRowsLoader, loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { districtOf } from './scope.ts';

type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, CadreRecord>;

/** The unit of each cadre, by unit id; the registry primes it from its page query. */
export const unitLoader = (ctx: RequestContext) =>
  loaderFor<UnitRecord | null>(
    ctx,
    'cadre.unit',
    async (ids) => (await unitsByIds(ctx.sql, districtOf(ctx).id, ids)).map((u) => [u.id, u]),
    null,
  );

/** The current post of each cadre, by cadre id; also primed by the registry. */
export const currentPostLoader = (ctx: RequestContext) =>
  loaderFor<CadrePost | null>(
    ctx,
    'cadre.currentPost',
    async (ids) =>
      (await currentPostsByCadreIds(ctx.sql, districtOf(ctx).id, ids)).map((p) => [p.cadreId, p]),
    null,
  );

/**
 * A cadre's related rows, each kind loaded for all cadres of a page in one statement: the
 * registry asks for unit and current post of a hundred cadres at once.
 */
export function registerCadreRelations(
  t: FieldBuilder,
  refs: { Unit: ObjectRef<Types, { id: string }>; CadrePost: ObjectRef<Types, CadrePost> },
) {
  const postsOf = (ctx: Types['Context'], cadreId: string) =>
    cadreRowsLoader(ctx, 'cadre.posts', (cadreIds) =>
      ctx.prisma.cadrePost.findMany({
        where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
        orderBy: [{ startedOn: 'asc' }, { id: 'asc' }],
      }),
    ).load(cadreId);

  return {
    unit: t.field({
      type: refs.Unit,
      resolve: (c, _args, ctx) =>
        unitLoader(ctx)
          .load(c.unitId)
          .then(
            (unit) =>
              unit ?? Promise.reject(new Error(`unit ${c.unitId} of cadre ${c.id} missing`)),
          ),
    }),
    currentPost: t.field({
      type: refs.CadrePost,
      nullable: true,
      description: 'The latest post still held (现任职务)',
      resolve: (c, _args, ctx) => currentPostLoader(ctx).load(c.id),
    }),
    posts: t.field({
      type: [refs.CadrePost],
      description: '简历, oldest first',
      complexity: listCost(LIST_BOUNDS.cadrePosts),
      resolve: (c, _args, ctx) => postsOf(ctx, c.id),
    }),
    grassRootsYears: t.float({
      description: '基层工作经历 in years, overlapping posts counted once',
      resolve: async (c, _args, ctx) => grassRootsYears(await postsOf(ctx, c.id), todayInChina()),
    }),
  };
}
