import { z } from 'zod';
import { Rank } from '@cadre/db';
import { checkPostPeriod } from '../domain/archive-rules.ts';
import { todayInChina } from '../domain/dates.ts';
import { InputError, NotFoundError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { archiveRuleText } from '../services/archive-rule-text.ts';
import { changedFields, type Transaction, writeAudited } from '../services/audit.ts';
import type { ObjectRef } from '@pothos/core';
import { selecting } from './prisma-query.ts';
import type { Builder, Types } from './builder.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { unitLoader } from './cadre-relations.ts';
import { actorOf, districtOf } from './scope.ts';

const postInput = z.object({
  unitId: z.string().uuid().nullish(),
  organization: z
    .string()
    .trim()
    .min(2, bilingual('单位名称至少 2 个字', 'Organization needs 2 characters'))
    .max(60),
  title: z.string().trim().min(2, bilingual('职务至少 2 个字', 'Title needs 2 characters')).max(60),
  startedOn: z.date(),
  endedOn: z.date().nullish(),
  grassRoots: z.boolean().default(false),
  rank: z.enum(Rank).nullish(),
});

const POST = { zh: '任职经历', en: 'Post' };
const CADRE = { zh: '干部', en: 'Cadre' };

/** The experience (简历): posts a cadre held, each checked against the birth date and today. */
export function registerCadrePost(
  builder: Builder,
  Unit: ObjectRef<Types, { id: string }>,
  enums: CadreEnums,
) {
  const CadrePost = builder.prismaNode('CadrePost', {
    id: { field: 'id' },
    fields: (t) => ({
      organization: t.exposeString('organization'),
      title: t.exposeString('title'),
      // The registry's unit loader: one statement for the units of every post of a page.
      unit: t.field({
        type: Unit,
        nullable: true,
        resolve: (post, _args, ctx) => (post.unitId ? unitLoader(ctx).load(post.unitId) : null),
      }),
      startedOn: t.expose('startedOn', { type: 'Date' }),
      endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
      grassRoots: t.exposeBoolean('grassRoots', { description: '基层工作经历' }),
      rank: t.expose('rank', {
        type: enums.Rank,
        nullable: true,
        description: 'The rank held in the post (职务职级), where the archive says',
      }),
    }),
  });

  const CadrePostInput = builder.inputType('CadrePostInput', {
    fields: (t) => ({
      unitId: t.globalID({
        required: false,
        description: 'When the post was in one of the district’s units',
      }),
      organization: t.string(),
      title: t.string(),
      startedOn: t.field({ type: 'Date' }),
      endedOn: t.field({ type: 'Date', required: false }),
      grassRoots: t.boolean({ required: false }),
      rank: t.field({ type: enums.Rank, required: false }),
    }),
  });

  /** Validates a post of `cadre`, with the unit (if any) inside the district. */
  const checkedPost = async (
    tx: Transaction,
    districtId: string,
    birthDate: Date,
    raw: unknown,
  ) => {
    const post = parseInput(postInput, raw);
    const violations = checkPostPeriod(
      { ...post, endedOn: post.endedOn ?? null },
      birthDate,
      todayInChina(),
    );
    if (violations.length > 0) {
      throw new InputError(
        violations.map((v) => ({
          path: `input.${v.field}`,
          code: v.code,
          text: archiveRuleText(v.code),
        })),
      );
    }
    if (
      post.unitId &&
      !(await tx.unit.findFirst({ where: { id: post.unitId, districtId }, select: { id: true } }))
    ) {
      throw new NotFoundError({ zh: '单位', en: 'Unit' });
    }
    return {
      ...post,
      unitId: post.unitId ?? null,
      endedOn: post.endedOn ?? null,
      rank: post.rank ?? null,
    };
  };

  /** Changing the experience invalidates its verification. */
  const unverifyExperience = (tx: Transaction, cadreId: string) =>
    tx.archiveFactVerification.deleteMany({ where: { cadreId, fact: 'EXPERIENCE' } });

  builder.mutationFields((t) => ({
    addCadrePost: t.prismaField({
      type: CadrePost,
      authScopes: { permission: 'core.cadre.write' },
      errors: {},
      args: { cadreId: t.arg.globalID(), input: t.arg({ type: CadrePostInput }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const cadre = await tx.cadre.findFirst({ where: { id: args.cadreId.id, districtId } });
          if (!cadre) throw new NotFoundError(CADRE);
          const data = await checkedPost(tx, districtId, cadre.birthDate, {
            ...args.input,
            unitId: args.input.unitId?.id,
          });
          const post = await tx.cadrePost.create({
            ...selecting(query),
            data: { ...data, cadreId: cadre.id, districtId },
          });
          await unverifyExperience(tx, cadre.id);
          await audit({
            operation: 'cadre.post.add',
            targetType: 'Cadre',
            targetId: cadre.id,
            changes: changedFields({}, data),
          });
          return post;
        });
      },
    }),
    updateCadrePost: t.prismaField({
      type: CadrePost,
      authScopes: { permission: 'core.cadre.write' },
      errors: {},
      args: { id: t.arg.globalID({ for: CadrePost }), input: t.arg({ type: CadrePostInput }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const before = await tx.cadrePost.findFirst({
            where: { id: args.id.id, districtId },
            include: { cadre: true },
          });
          if (!before) throw new NotFoundError(POST);
          const data = await checkedPost(tx, districtId, before.cadre.birthDate, {
            ...args.input,
            unitId: args.input.unitId?.id,
          });
          const post = await tx.cadrePost.update({
            ...selecting(query),
            where: { id: before.id },
            data,
          });
          await unverifyExperience(tx, before.cadreId);
          await audit({
            operation: 'cadre.post.update',
            targetType: 'Cadre',
            targetId: before.cadreId,
            changes: changedFields(before, data),
          });
          return post;
        });
      },
    }),
    removeCadrePost: t.boolean({
      authScopes: { permission: 'core.cadre.write' },
      errors: {},
      args: { id: t.arg.globalID({ for: CadrePost }) },
      resolve: async (_root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const before = await tx.cadrePost.findFirst({ where: { id: args.id.id, districtId } });
          if (!before) throw new NotFoundError(POST);
          await tx.cadrePost.delete({ where: { id: before.id } });
          await unverifyExperience(tx, before.cadreId);
          await audit({
            operation: 'cadre.post.remove',
            targetType: 'Cadre',
            targetId: before.cadreId,
            changes: changedFields(before, {}),
          });
          return true;
        });
      },
    }),
  }));

  return { CadrePost };
}
