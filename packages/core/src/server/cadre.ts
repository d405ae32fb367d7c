import { resolveCursorConnection } from '@pothos/plugin-relay';
import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import type { ArchiveFact, Prisma } from '@cadre/db';
import type { CadrePost as CadrePostRow } from '@cadre/db/client';
import { archiveAges, highestEducation } from '../domain/archive-facts.ts';
import { todayInChina } from '../domain/dates.ts';
import { maskIdNumber } from '../domain/id-number.ts';
import { InputError, NotFoundError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import { cadreFields, cadreRecord, storedCadre } from '../services/cadre-input.ts';
import { CADRE_ORDER_FIELDS, type CadreFilter } from '../services/cadre-query.ts';
import {
  type CadreRecord as CadreRow,
  cadreCount,
  cadresByIds,
  cadrePage,
  orderKeyCount,
  orderValues,
} from '../services/cadre-reads.ts';
import type { RequestContext } from '../contract/context.ts';
import type { Builder, Types } from './builder.ts';
import { registerCadreInputs } from './cadre-inputs.ts';
import { currentPostLoader, registerCadreRelations, unitLoader } from './cadre-relations.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { connectionNodeFields } from './selection.ts';
import { actorOf, districtOf } from './scope.ts';
import { auditSensitiveRead } from './sensitive-reads.ts';
import { auditInfluenceFilter, checkInfluenceFilter } from './archive/index.ts';
import { pageCost } from './query-budgets.ts';
import { registerRegistryExport } from './registry-export.ts';

const CADRE = { zh: '干部', en: 'Cadre' };

const AGES = ['birthDate', 'partyJoinDate', 'workStartDate'];
/**
 * The record fields each computed GraphQL field reads; exposed fields read their own name, and
 * fields resolved by loaders need only the id. A field not listed here (a plugin's) reads all.
 */
const FIELD_NEEDS: Record<string, string[]> = {
  idNumberMasked: ['idNumber'],
  idNumber: ['idNumber'],
  age: AGES,
  partyYears: AGES,
  workYears: AGES,
  highestEducation: ['fullTimeEducation', 'inServiceEducation'],
  unit: [],
  currentPost: [],
  posts: [],
  grassRootsYears: [],
  verifications: [],
  reservePoolEntries: [],
  rewards: [],
  sanctions: [],
  restrictions: [],
  annualGrades: [],
  familyMembers: [],
  photo: [],
  teamSeats: [],
  appointmentProposals: [],
  id: [],
  __typename: [],
};
const EXPOSED = new Set(Object.keys(cadreFields.shape));

function fieldsNeeded(wanted: ReadonlySet<string>): Set<string> | null {
  const needed = new Set<string>();
  for (const field of wanted) {
    const needs = FIELD_NEEDS[field] ?? (EXPOSED.has(field) ? [field] : null);
    if (!needs) return null;
    for (const n of needs) needed.add(n);
  }
  return needed;
}

/** The filter each registry page was asked with, for its `totalCount`. */
const connectionFilters = new WeakMap<object, CadreFilter | null>();

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

const skipRows = z
  .number()
  .int()
  .min(0, bilingual('跳过的行数不能小于 0', 'Rows to skip cannot be below 0'));

const SKIP_WITH_CURSOR = {
  path: 'skip',
  code: 'SKIP_WITH_CURSOR',
  text: {
    zh: '跳页只能与 first 一起使用，不能同时给出游标',
    en: 'skip goes with first only, not with a cursor or last',
  },
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
  registerRegistryExport(builder, CadreFilter);
  const CadreOrderField = builder.enumType('CadreOrderField', { values: CADRE_ORDER_FIELDS });

  const Cadre = builder.loadableNode('Cadre', {
    id: { resolve: (c: CadreRow) => c.id },
    // Rows of the viewer's district only: an id from elsewhere loads as "not found".
    load: async (ids: string[], ctx: RequestContext): Promise<(CadreRow | Error)[]> => {
      const rows = await cadresByIds(ctx.sql, districtOf(ctx).id, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? new NotFoundError(CADRE));
    },
    description: '干部: a cadre with the archive facts (三龄二历一身份)',
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
      idNumber: t.string({
        nullable: true,
        description: 'The full 身份证号: a sensitive permission, and every read is audited',
        authScopes: { permission: 'core.cadre.read-id-number' },
        resolve: async (c, _args, ctx) => {
          if (!c.idNumber) return null;
          await auditSensitiveRead(ctx, 'cadre.read-id-number', 'Cadre', c.id);
          return c.idNumber;
        },
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
      healthStatus: t.exposeString('healthStatus', { nullable: true, description: '健康状况' }),
      professionalTitle: t.exposeString('professionalTitle', {
        nullable: true,
        description: '专业技术职务',
      }),
      specialty: t.exposeString('specialty', { nullable: true, description: '熟悉专业有何专长' }),
      status: t.expose('status', { type: enums.CadreStatus }),
      ...registerCadreRelations(t, refs),
    }),
  });

  builder.queryFields((t) => ({
    cadres: t.connection(
      {
        type: Cadre,
        description: 'The cadre registry of the viewer’s district',
        authScopes: { permission: 'core.cadre.read' },
        complexity: pageCost,
        args: {
          filter: t.arg({ type: CadreFilter, required: false }),
          orderBy: t.arg({ type: CadreOrderField, required: false }),
          descending: t.arg.boolean({ required: false }),
          skip: t.arg.int({
            required: false,
            description: 'Rows to pass over before `first`: a jump to a page by its number',
            validate: skipRows,
          }),
        },
        resolve: async (_root, args, ctx, info) => {
          checkInfluenceFilter(ctx, args.filter);
          const skip = args.skip ?? 0;
          if (skip > 0 && (args.after != null || args.before != null || args.last != null))
            throw new InputError([SKIP_WITH_CURSOR]);
          const orderBy = args.orderBy ?? 'NAME';
          const wanted = connectionNodeFields(info);
          const request = {
            districtId: districtOf(ctx).id,
            filter: decodeFilter(args.filter),
            orderBy,
            descending: args.descending ?? false,
            today: todayInChina(),
            // What the page shows of units and posts comes in the same statement.
            join: { unit: wanted.has('unit'), currentPost: wanted.has('currentPost') },
            fields: fieldsNeeded(wanted),
          };
          const connection = await resolveCursorConnection<Promise<CadreRow[]>>(
            {
              args,
              defaultSize: 50,
              maxSize: 200,
              toCursor: (c: CadreRow) => encodeCursor(orderValues(c, orderBy), c.id),
            },
            async ({ after, before, limit, inverted }) => {
              const rows = await cadrePage(ctx.sql, {
                ...request,
                after: decodeCursor(after, orderKeyCount(orderBy)),
                before: decodeCursor(before, orderKeyCount(orderBy)),
                offset: skip,
                limit,
                inverted,
              });
              for (const row of rows) {
                if (request.join.unit && row.unit) unitLoader(ctx).prime(row.unit.id, row.unit);
                if (request.join.currentPost)
                  currentPostLoader(ctx).prime(row.cadre.id, row.currentPost);
              }
              await auditInfluenceFilter(
                ctx,
                request.filter,
                rows.map((row) => row.cadre.id),
              );
              return rows.map((row) => row.cadre);
            },
          );
          if (!connection) return connection;
          connectionFilters.set(connection, request.filter);
          // Rows were passed over, so a page lies before this one.
          if (skip > 0) connection.pageInfo.hasPreviousPage = true;
          return connection;
        },
      },
      {
        fields: (t) => ({
          totalCount: t.int({
            description: 'All cadres matching the filter, on every page',
            resolve: (connection, _args, ctx) =>
              cadreCount(
                ctx.sql,
                districtOf(ctx).id,
                connectionFilters.get(connection),
                todayInChina(),
              ),
          }),
        }),
      },
    ),
    cadre: t.field({
      type: Cadre,
      nullable: true,
      authScopes: { permission: 'core.cadre.read' },
      args: { id: t.arg.globalID({ for: Cadre }) },
      // Another district's id answers exactly as a missing one: null.
      resolve: async (_root, args, ctx) =>
        (await cadresByIds(ctx.sql, districtOf(ctx).id, [args.id.id]))[0] ?? null,
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
    createCadre: t.field({
      type: Cadre,
      description: 'Enter a cadre record; the unit must be one of the district’s',
      authScopes: { permission: 'core.cadre.write' },
      errors: {},
      args: { input: t.arg({ type: CadreInput }) },
      resolve: async (_root, args, ctx) => {
        const input = parseInput(cadreRecord, { ...args.input, unitId: args.input.unitId.id });
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          await unitInDistrict(tx, input.unitId, districtId);
          const cadre = await tx.cadre.create({ data: { ...storedCadre(input), districtId } });
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
    updateCadre: t.field({
      type: Cadre,
      description: 'Change fields of a cadre record; a changed archive fact loses its verification',
      authScopes: { permission: 'core.cadre.write' },
      errors: {},
      args: { id: t.arg.globalID({ for: Cadre }), input: t.arg({ type: CadreUpdateInput }) },
      resolve: async (_root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
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
            where: { id: before.id },
            data: storedCadre(next),
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

export type CadreRef = ReturnType<typeof registerCadre>['Cadre'];
