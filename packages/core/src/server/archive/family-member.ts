import {
  addFamilyMember,
  correctFamilyMember,
  removeFamilyMember,
} from '../../services/archive/family-members.ts';
import type { Builder } from '../builder.ts';
import { cadreRowsLoader } from '../loaders.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import { districtOf } from '../scope.ts';
import { CADRE_WRITE, type ArchiveRefs } from './refs.ts';
import { writeArchive } from './write.ts';

/** A36 家庭成员及重要社会关系, in the order the cadre card lists them. */
export function registerFamilyMember(
  builder: Builder,
  { Cadre, enums, addRevisions }: ArchiveRefs,
) {
  const Member = builder.prismaNode('FamilyMember', {
    id: { field: 'id' },
    description: '家庭成员或重要社会关系 (A36)',
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (m) => m.cadreId }),
      relation: t.exposeString('relation', { description: '称谓: 妻子, 儿子, 父亲 …' }),
      name: t.exposeString('name'),
      birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
      politicalStatus: t.expose('politicalStatus', {
        type: enums.PoliticalStatus,
        nullable: true,
      }),
      workUnitAndPost: t.exposeString('workUnitAndPost', {
        nullable: true,
        description: '工作单位及职务',
      }),
      socialRelation: t.exposeBoolean('socialRelation', {
        description: 'An important social relation (重要社会关系) rather than family',
      }),
      sortOrder: t.exposeInt('sortOrder'),
    }),
  });
  addRevisions(Member, 'FamilyMember');

  builder.objectField(Cadre, 'familyMembers', (t) =>
    t.field({
      type: [Member],
      description: 'Family first, then important social relations, each in their order',
      complexity: listCost(LIST_BOUNDS.cadreFamilyMembers),
      resolve: (cadre, _args, ctx) =>
        cadreRowsLoader(ctx, 'cadre.familyMembers', (cadreIds) =>
          ctx.prisma.familyMember.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: [{ socialRelation: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
          }),
        ).load(cadre.id),
    }),
  );

  const MemberInput = builder.inputType('FamilyMemberInput', {
    fields: (t) => ({
      relation: t.string(),
      name: t.string(),
      birthDate: t.field({ type: 'Date', required: false }),
      politicalStatus: t.field({ type: enums.PoliticalStatus, required: false }),
      workUnitAndPost: t.string({ required: false }),
      socialRelation: t.boolean({ required: false }),
      sortOrder: t.int({ required: false, description: 'After the others if left out' }),
    }),
  });

  builder.mutationFields((t) => ({
    addFamilyMember: t.field({
      type: Member,
      authScopes: CADRE_WRITE,
      errors: {},
      args: { cadreId: t.arg.globalID({ for: Cadre }), input: t.arg({ type: MemberInput }) },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => addFamilyMember(scope, args.cadreId.id, args.input)),
    }),
    correctFamilyMember: t.field({
      type: Member,
      description: 'Correct a family member; the former version is kept with the reason',
      authScopes: CADRE_WRITE,
      errors: {},
      args: {
        id: t.arg.globalID({ for: Member }),
        input: t.arg({ type: MemberInput }),
        reason: t.arg.string(),
      },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) =>
          correctFamilyMember(scope, args.id.id, args.input, args.reason),
        ),
    }),
    removeFamilyMember: t.boolean({
      description: 'Remove a family member entered in error; the revision keeps it',
      authScopes: CADRE_WRITE,
      errors: {},
      args: { id: t.arg.globalID({ for: Member }), reason: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        await writeArchive(ctx, (scope) => removeFamilyMember(scope, args.id.id, args.reason));
        return true;
      },
    }),
  }));
}
