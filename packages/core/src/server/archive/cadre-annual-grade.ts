import { removeAnnualGrade, setAnnualGrade } from '../../services/archive/annual-grades.ts';
import type { Builder } from '../builder.ts';
import { cadreRowsLoader } from '../loaders.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import { districtOf } from '../scope.ts';
import { CADRE_WRITE, type ArchiveRefs } from './refs.ts';
import { writeArchive } from './write.ts';

/** A15 年度考核结果: one grade a year, entered by hand or by the assessment plugin. */
export function registerCadreAnnualGrade(
  builder: Builder,
  { Cadre, enums, addRevisions }: ArchiveRefs,
) {
  const Grade = builder.prismaNode('CadreAnnualGrade', {
    id: { field: 'id' },
    description: '年度考核结果 (A15)',
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (g) => g.cadreId }),
      year: t.exposeInt('year'),
      grade: t.expose('grade', { type: enums.AnnualGrade }),
      note: t.exposeString('note', { nullable: true }),
      source: t.exposeString('source', { description: '`core`, or the plugin that wrote it' }),
    }),
  });
  addRevisions(Grade, 'CadreAnnualGrade');

  builder.objectField(Cadre, 'annualGrades', (t) =>
    t.field({
      type: [Grade],
      description: '年度考核结果, oldest year first',
      complexity: listCost(LIST_BOUNDS.cadreAnnualGrades),
      resolve: (cadre, _args, ctx) =>
        cadreRowsLoader(ctx, 'cadre.annualGrades', (cadreIds) =>
          ctx.prisma.cadreAnnualGrade.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: { year: 'asc' },
          }),
        ).load(cadre.id),
    }),
  );

  builder.mutationFields((t) => ({
    setAnnualGrade: t.field({
      type: Grade,
      description:
        'Enter a year’s grade; changing a recorded year needs a reason and keeps the former',
      authScopes: CADRE_WRITE,
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: Cadre }),
        year: t.arg.int(),
        grade: t.arg({ type: enums.AnnualGrade }),
        note: t.arg.string({ required: false }),
        reason: t.arg.string({
          required: false,
          description: 'Required to change a recorded year',
        }),
      },
      resolve: (_root, { cadreId, ...input }, ctx) =>
        writeArchive(ctx, (scope) => setAnnualGrade(scope, cadreId.id, input)),
    }),
    removeAnnualGrade: t.boolean({
      description: 'Remove a year’s grade entered in error; the revision keeps it',
      authScopes: CADRE_WRITE,
      errors: {},
      args: { id: t.arg.globalID({ for: Grade }), reason: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        await writeArchive(ctx, (scope) => removeAnnualGrade(scope, args.id.id, args.reason));
        return true;
      },
    }),
  }));
}
