import type { CadreReward } from '@cadre/db/client';
import { addReward, correctReward, revokeReward } from '../../services/archive/rewards.ts';
import type { Builder } from '../builder.ts';
import { cadreRowsLoader } from '../loaders.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import { districtOf } from '../scope.ts';
import { CADRE_WRITE, type ArchiveRefs } from './refs.ts';
import { writeArchive } from './write.ts';

/** A14 奖励: a cadre's rewards, corrected with a reason and revoked rather than deleted. */
export function registerCadreReward(builder: Builder, { Cadre, enums, addRevisions }: ArchiveRefs) {
  const Reward = builder.prismaNode('CadreReward', {
    id: { field: 'id' },
    description: '奖励 (A14)',
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (r) => r.cadreId }),
      kind: t.expose('kind', { type: enums.RewardKind }),
      title: t.exposeString('title', { description: '奖励名称' }),
      decisionDate: t.expose('decisionDate', { type: 'Date', description: '批准日期' }),
      issuingBody: t.exposeString('issuingBody', { description: '批准机关' }),
      documentNumber: t.exposeString('documentNumber', { nullable: true, description: '文号' }),
      reason: t.exposeString('reason', { nullable: true }),
      revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
      revokeReason: t.exposeString('revokeReason', { nullable: true }),
    }),
  });
  addRevisions(Reward, 'CadreReward');

  builder.objectField(Cadre, 'rewards', (t) =>
    t.field({
      type: [Reward],
      description: '奖励, oldest first',
      complexity: listCost(LIST_BOUNDS.cadreRewards),
      args: { includeRevoked: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: async (cadre, args, ctx) => {
        // All of a page's rewards in one statement, whichever way each field asks.
        const rows = await cadreRowsLoader<CadreReward>(ctx, 'cadre.rewards', (cadreIds) =>
          ctx.prisma.cadreReward.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: [{ decisionDate: 'asc' }, { id: 'asc' }],
          }),
        ).load(cadre.id);
        return args.includeRevoked ? rows : rows.filter((r) => !r.revokedAt);
      },
    }),
  );

  const RewardInput = builder.inputType('CadreRewardInput', {
    fields: (t) => ({
      kind: t.field({ type: enums.RewardKind }),
      title: t.string(),
      decisionDate: t.field({ type: 'Date' }),
      issuingBody: t.string(),
      documentNumber: t.string({ required: false }),
      reason: t.string({ required: false }),
    }),
  });

  builder.mutationFields((t) => ({
    addCadreReward: t.field({
      type: Reward,
      authScopes: CADRE_WRITE,
      errors: {},
      args: { cadreId: t.arg.globalID({ for: Cadre }), input: t.arg({ type: RewardInput }) },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => addReward(scope, args.cadreId.id, args.input)),
    }),
    correctCadreReward: t.field({
      type: Reward,
      description: 'Correct a reward; the former version is kept with the reason',
      authScopes: CADRE_WRITE,
      errors: {},
      args: {
        id: t.arg.globalID({ for: Reward }),
        input: t.arg({ type: RewardInput }),
        reason: t.arg.string(),
      },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => correctReward(scope, args.id.id, args.input, args.reason)),
    }),
    revokeCadreReward: t.field({
      type: Reward,
      description: 'Revoke a reward (撤销); it stays in the history',
      authScopes: CADRE_WRITE,
      errors: {},
      args: { id: t.arg.globalID({ for: Reward }), reason: t.arg.string() },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => revokeReward(scope, args.id.id, args.reason)),
    }),
  }));
}
