import { NotFoundError } from '../errors/cadre-error.ts';
import { writeAudited } from '../services/audit.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { cadreRowsLoader } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { actorOf, districtOf, viewerOf } from './scope.ts';

/** 档案专项审核: recording that an archive fact was checked against the personnel archive. */
export function registerArchiveVerification(builder: Builder, enums: CadreEnums, Cadre: CadreRef) {
  const Verification = builder.prismaObject('ArchiveFactVerification', {
    fields: (t) => ({
      fact: t.expose('fact', { type: enums.ArchiveFact }),
      verifiedBy: t.relation('verifier'),
      verifiedAt: t.expose('verifiedAt', { type: 'DateTime' }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

  builder.objectField(Cadre, 'verifications', (t) =>
    t.field({
      type: [Verification],
      description: 'Archive facts checked against the personnel archive',
      complexity: listCost(LIST_BOUNDS.cadreVerifications),
      resolve: (cadre, _args, ctx) =>
        cadreRowsLoader(ctx, 'cadre.verifications', (cadreIds) =>
          ctx.prisma.archiveFactVerification.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: { fact: 'asc' },
          }),
        ).load(cadre.id),
    }),
  );

  builder.mutationField('verifyArchiveFact', (t) =>
    t.field({
      type: Cadre,
      description: 'Record that the viewer checked one archive fact of a cadre, as it stands now',
      authScopes: { permission: 'core.archive.verify' },
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: Cadre }),
        fact: t.arg({ type: enums.ArchiveFact }),
        note: t.arg.string({ required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        const { userId } = viewerOf(ctx);
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const cadre = await tx.cadre.findFirst({
            where: { id: args.cadreId.id, districtId },
            select: { id: true },
          });
          if (!cadre) throw new NotFoundError({ zh: '干部', en: 'Cadre' });
          const data = {
            verifiedBy: userId,
            verifiedAt: new Date(),
            note: args.note?.trim() || null,
          };
          await tx.archiveFactVerification.upsert({
            where: { cadreId_fact: { cadreId: cadre.id, fact: args.fact } },
            create: { ...data, cadreId: cadre.id, districtId, fact: args.fact },
            update: data,
          });
          await audit({
            operation: 'cadre.fact.verify',
            targetType: 'Cadre',
            targetId: cadre.id,
            changes: { [`verified.${args.fact}`]: [null, data.note] },
          });
          return cadre.id;
        });
      },
    }),
  );
}
