import type { ArchiveFact, Prisma } from '@cadre/db';
import { archiveAges, grassRootsYears, highestEducation } from '../domain/archive-facts.ts';
import { todayInChina } from '../domain/dates.ts';
import { maskIdNumber } from '../domain/id-number.ts';
import { NotFoundError } from '../errors/cadre-error.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import { cadreFields, cadreRecord } from '../services/cadre-input.ts';
import { CADRE_ORDER_FIELDS, cadreOrderBy, cadreWhere } from '../services/cadre-query.ts';
import type { ObjectRef } from '@pothos/core';
import type { CadrePost as CadrePostRow } from '@cadre/db/client';
import { selecting } from './prisma-query.ts';
import type { Builder, Types } from './builder.ts';
import { registerCadreInputs } from './cadre-inputs.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { actorOf, districtOf } from './scope.ts';

const CADRE = { zh: '干部', en: 'Cadre' };

/** Which verified archive fact a changed field invalidates (档案专项审核 must look again). */
const FACT_OF_FIELD: Partial<Record<string, ArchiveFact>> = {
  birthDate: 'BIRTH_DATE',
  partyJoinDate: 'PARTY_JOIN_DATE',
  workStartDate: 'WORK_START_DATE',
  fullTimeEducation: 'EDUCATION',
  fullTimeDegree: 'EDUCATION',
  fullTimeSchool: 'EDUCATION',
  inServiceEducation: 'EDUCATION',
  inServiceDegree: 'EDUCATION',
  inServiceSchool: 'EDUCATION',
  identity: 'IDENTITY',
};

/** Cadres (干部) with their archive facts, the registry query and record edits. */
export function registerCadre(
  builder: Builder,
  enums: CadreEnums,
  refs: { Unit: ObjectRef<Types, { id: string }>; CadrePost: ObjectRef<Types, CadrePostRow> },
) {
  const { CadreInput, CadreUpdateInput, CadreFilter } = registerCadreInputs(
    builder,
    enums,
    refs.Unit,
  );
  const CadreOrderField = builder.enumType('CadreOrderField', { values: CADRE_ORDER_FIELDS });

  const Cadre = builder.prismaNode('Cadre', {
    id: { field: 'id' },
    fields: (t) => ({
      name: t.exposeString('name'),
      gender: t.expose('gender', { type: enums.Gender }),
      ethnicity: t.exposeString('ethnicity', { description: '民族' }),
      nativePlace: t.exposeString('nativePlace', { description: '籍贯' }),
      birthPlace: t.exposeString('birthPlace', { nullable: true, description: '出生地' }),
      idNumberMasked: t.string({
        nullable: true,
        description:
          '身份证号 with the middle hidden; the full number is a separately permitted field',
        resolve: (c) => (c.idNumber ? maskIdNumber(c.idNumber) : null),
      }),
      birthDate: t.expose('birthDate', { type: 'Date' }),
      age: t.int({
        description: '年龄, today in China',
        resolve: (c) => archiveAges(c, todayInChina()).age,
      }),
      politicalStatus: t.expose('politicalStatus', { type: enums.PoliticalStatus }),
      partyJoinDate: t.expose('partyJoinDate', { type: 'Date', nullable: true }),
      partyYears: t.int({
        nullable: true,
        description: '党龄',
        resolve: (c) => archiveAges(c, todayInChina()).partyYears,
      }),
      workStartDate: t.expose('workStartDate', { type: 'Date' }),
      workYears: t.int({
        description: '工龄',
        resolve: (c) => archiveAges(c, todayInChina()).workYears,
      }),
      fullTimeEducation: t.expose('fullTimeEducation', { type: enums.Education, nullable: true }),
      fullTimeDegree: t.expose('fullTimeDegree', { type: enums.Degree, nullable: true }),
      fullTimeSchool: t.exposeString('fullTimeSchool', { nullable: true }),
      inServiceEducation: t.expose('inServiceEducation', { type: enums.Education, nullable: true }),
      inServiceDegree: t.expose('inServiceDegree', { type: enums.Degree, nullable: true }),
      inServiceSchool: t.exposeString('inServiceSchool', { nullable: true }),
      highestEducation: t.field({
        type: enums.Education,
        nullable: true,
        resolve: (c) => highestEducation(c.fullTimeEducation, c.inServiceEducation),
      }),
      identity: t.expose('identity', { type: enums.CadreIdentity, description: '干部身份' }),
      rank: t.expose('rank', { type: enums.Rank, description: '职务职级' }),
      rankSince: t.expose('rankSince', { type: 'Date' }),
      managementAuthority: t.expose('managementAuthority', { type: enums.ManagementAuthority }),
      status: t.expose('status', { type: enums.CadreStatus }),
      unit: t.relation('unit'),
      posts: t.relation('posts', {
        description: '简历, oldest first',
        query: { orderBy: [{ startedOn: 'asc' }, { id: 'asc' }] },
      }),
      currentPost: t.field({
        type: refs.CadrePost,
        nullable: true,
        description: 'The latest post still held (现任职务)',
        select: { posts: { where: { endedOn: null }, orderBy: { startedOn: 'desc' }, take: 1 } },
        resolve: (c) => c.posts[0] ?? null,
      }),
      grassRootsYears: t.float({
        description: '基层工作经历 in years, overlapping posts counted once',
        select: { posts: { select: { startedOn: true, endedOn: true, grassRoots: true } } },
        resolve: (c) => grassRootsYears(c.posts, todayInChina()),
      }),
      verifications: t.relation('verifications', {
        description: 'Archive facts checked against the personnel archive',
      }),
      reservePoolEntries: t.relation('reservePoolEntries'),
    }),
  });

  builder.queryFields((t) => ({
    cadres: t.prismaConnection(
      {
        type: Cadre,
        cursor: 'id',
        description: 'The cadre registry of the viewer’s district',
        authScopes: { signedIn: true },
        args: {
          filter: t.arg({ type: CadreFilter, required: false }),
          orderBy: t.arg({ type: CadreOrderField, required: false }),
          descending: t.arg.boolean({ required: false }),
        },
        resolve: (query, _root, args, ctx) =>
          ctx.prisma.cadre.findMany({
            ...selecting(query),
            where: cadreWhere(districtOf(ctx).id, decodeFilter(args.filter), todayInChina()),
            orderBy: cadreOrderBy(args.orderBy ?? 'NAME', args.descending ?? false),
          }),
        totalCount: (_root, args, ctx) =>
          ctx.prisma.cadre.count({
            where: cadreWhere(districtOf(ctx).id, decodeFilter(args.filter), todayInChina()),
          }),
      },
      {},
      {},
    ),
    cadre: t.prismaField({
      type: Cadre,
      nullable: true,
      authScopes: { signedIn: true },
      args: { id: t.arg.globalID({ for: Cadre }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.cadre.findFirst({
          ...selecting(query),
          where: { id: args.id.id, districtId: districtOf(ctx).id },
        }),
    }),
  }));

  const unitInDistrict = async (
    tx: Prisma.TransactionClient,
    unitId: string,
    districtId: string,
  ) => {
    if (!(await tx.unit.findFirst({ where: { id: unitId, districtId }, select: { id: true } }))) {
      throw new NotFoundError({ zh: '单位', en: 'Unit' });
    }
  };

  builder.mutationFields((t) => ({
    createCadre: t.prismaField({
      type: Cadre,
      description: 'Enter a cadre record; the unit must be one of the district’s',
      authScopes: { signedIn: true },
      errors: {},
      args: { input: t.arg({ type: CadreInput }) },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(cadreRecord, { ...args.input, unitId: args.input.unitId.id });
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.prisma, actorOf(ctx), async (tx, audit) => {
          await unitInDistrict(tx, input.unitId, districtId);
          const cadre = await tx.cadre.create({
            ...selecting(query),
            data: { ...input, districtId },
          });
          await audit({
            operation: 'cadre.create',
            targetType: 'Cadre',
            targetId: cadre.id,
            changes: changedFields({}, input),
          });
          return cadre;
        });
      },
    }),
    updateCadre: t.prismaField({
      type: Cadre,
      description: 'Change fields of a cadre record; a changed archive fact loses its verification',
      authScopes: { signedIn: true },
      errors: {},
      args: { id: t.arg.globalID({ for: Cadre }), input: t.arg({ type: CadreUpdateInput }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.prisma, actorOf(ctx), async (tx, audit) => {
          const before = await tx.cadre.findFirst({ where: { id: args.id.id, districtId } });
          if (!before) throw new NotFoundError(CADRE);
          const patch = Object.fromEntries(
            Object.entries(args.input).filter(([, v]) => v !== undefined),
          );
          if (args.input.unitId) patch.unitId = args.input.unitId.id;
          const next = parseInput(cadreRecord, { ...pickFields(before), ...patch });
          if (next.unitId !== before.unitId) await unitInDistrict(tx, next.unitId, districtId);
          const changes = changedFields(pickFields(before), next);
          const facts = [
            ...new Set(
              Object.keys(changes)
                .map((f) => FACT_OF_FIELD[f])
                .filter((f) => f !== undefined),
            ),
          ];
          if (facts.length > 0)
            await tx.archiveFactVerification.deleteMany({
              where: { cadreId: before.id, fact: { in: facts } },
            });
          const cadre = await tx.cadre.update({
            ...selecting(query),
            where: { id: before.id },
            data: next,
          });
          await audit({
            operation: 'cadre.update',
            targetType: 'Cadre',
            targetId: before.id,
            changes,
          });
          return cadre;
        });
      },
    }),
  }));

  return { Cadre };
}

/** The editable fields of a stored cadre, in the shape the input schema validates. */
function pickFields(row: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(cadreFields.shape).map((key) => [key, row[key]]));
}

function decodeFilter<F extends { unitId?: { id: string } | null }>(filter: F | null | undefined) {
  return filter ? { ...filter, unitId: filter.unitId?.id ?? null } : null;
}
