import type { CadreSanction } from '@cadre/db/client';
import type { RequestContext } from '../../contract/context.ts';
import { ForbiddenError } from '../../errors/cadre-error.ts';
import {
  addSanction,
  correctSanction,
  liftSanction,
  revokeSanction,
} from '../../services/archive/sanctions.ts';
import type { Builder } from '../builder.ts';
import { cadreRowsLoader } from '../loaders.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import { districtOf } from '../scope.ts';
import { auditSensitiveRead } from '../sensitive-reads.ts';
import type { ArchiveRefs } from './refs.ts';
import { writeArchive } from './write.ts';

// Sanctions (处分), organizational handling and supervisory measures: sensitive. Reading any of
// them (the records, their revisions, the restrictions they impose, the registry filter) needs
// `core.sanction.read` and is audited once per cadre and request.

export const SANCTION_READ = 'core.sanction.read';
const READ = { permission: SANCTION_READ };
/** Writing returns the record, so it needs the read permission too. */
const WRITE = { $all: { permission: 'core.sanction.write', $any: READ } };

/** Audits that the request read a cadre's sanctions, before anything of them is returned. */
export const auditSanctionRead = (ctx: RequestContext, cadreId: string) =>
  auditSensitiveRead(ctx, 'cadre.read-sanctions', 'Cadre', cadreId);

/** Every sanction of a cadre, revoked ones included: one statement for a page of cadres. */
export const sanctionsOf = (ctx: RequestContext, cadreId: string) =>
  cadreRowsLoader<CadreSanction>(ctx, 'cadre.sanctions', (cadreIds) =>
    ctx.prisma.cadreSanction.findMany({
      where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
      orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }],
    }),
  ).load(cadreId);

/** The registry's `underInfluenceOn` filter tells whose sanctions are in force: it needs the read. */
export function checkInfluenceFilter(
  ctx: RequestContext,
  filter: { underInfluenceOn?: Date | null } | null | undefined,
): void {
  if (filter?.underInfluenceOn && !ctx.permissions.has(SANCTION_READ))
    throw new ForbiddenError(SANCTION_READ);
}

/** The cadres the filter found: a read of their sanctions, audited as one. */
export async function auditInfluenceFilter(
  ctx: RequestContext,
  filter: { underInfluenceOn?: Date | null } | null | undefined,
  cadreIds: readonly string[],
): Promise<void> {
  if (filter?.underInfluenceOn) await Promise.all(cadreIds.map((id) => auditSanctionRead(ctx, id)));
}

/** A14 惩戒 and the measures like it, each with its influence period (影响期). */
export function registerCadreSanction(
  builder: Builder,
  { Cadre, enums, addRevisions }: ArchiveRefs,
) {
  const Sanction = builder.prismaNode('CadreSanction', {
    id: { field: 'id' },
    description: '处分、组织处理与监督措施 (A14): sensitive, every read audited',
    authScopes: READ,
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (s) => s.cadreId }),
      kind: t.expose('kind', { type: enums.SanctionKind }),
      decisionDate: t.expose('decisionDate', { type: 'Date', description: '决定日期' }),
      effectiveDate: t.expose('effectiveDate', {
        type: 'Date',
        description: '生效日期: the influence period counts from here',
      }),
      issuingBody: t.exposeString('issuingBody', { description: '决定机关' }),
      documentNumber: t.exposeString('documentNumber', { nullable: true, description: '文号' }),
      reason: t.exposeString('reason', { description: '事由' }),
      probationMonths: t.exposeInt('probationMonths', {
        nullable: true,
        description: '留党察看: 12 or 24 months',
      }),
      liftedOn: t.expose('liftedOn', {
        type: 'Date',
        nullable: true,
        description: '解除: from this day nothing of it applies',
      }),
      liftProcedure: t.exposeString('liftProcedure', { nullable: true }),
      restrictedUntil: t.expose('restrictedUntil', {
        type: 'Date',
        nullable: true,
        description: 'The last day any restriction of it is in force; null when none or open-ended',
      }),
      restrictionOpenEnded: t.exposeBoolean('restrictionOpenEnded'),
      source: t.exposeString('source', { description: '`core`, or the plugin that recorded it' }),
      revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
      revokeReason: t.exposeString('revokeReason', { nullable: true }),
    }),
  });
  addRevisions(Sanction, 'CadreSanction', (s, ctx) => auditSanctionRead(ctx, s.cadreId));

  builder.objectField(Cadre, 'sanctions', (t) =>
    t.field({
      type: [Sanction],
      nullable: true,
      description: `处分、组织处理与诫勉, by effective date: needs ${SANCTION_READ}; every read audited`,
      authScopes: READ,
      complexity: listCost(LIST_BOUNDS.cadreSanctions),
      args: { includeRevoked: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: async (cadre, args, ctx) => {
        await auditSanctionRead(ctx, cadre.id);
        const rows = await sanctionsOf(ctx, cadre.id);
        return args.includeRevoked ? rows : rows.filter((s) => !s.revokedAt);
      },
    }),
  );

  const SanctionInput = builder.inputType('CadreSanctionInput', {
    fields: (t) => ({
      kind: t.field({ type: enums.SanctionKind }),
      decisionDate: t.field({ type: 'Date' }),
      effectiveDate: t.field({ type: 'Date' }),
      issuingBody: t.string(),
      documentNumber: t.string({ required: false }),
      reason: t.string(),
      probationMonths: t.int({ required: false, description: '留党察看 only: 12 or 24' }),
    }),
  });

  builder.mutationFields((t) => ({
    addCadreSanction: t.field({
      type: Sanction,
      authScopes: WRITE,
      errors: {},
      args: { cadreId: t.arg.globalID({ for: Cadre }), input: t.arg({ type: SanctionInput }) },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => addSanction(scope, args.cadreId.id, args.input)),
    }),
    correctCadreSanction: t.field({
      type: Sanction,
      description: 'Correct a sanction; the former version is kept with the reason',
      authScopes: WRITE,
      errors: {},
      args: {
        id: t.arg.globalID({ for: Sanction }),
        input: t.arg({ type: SanctionInput }),
        reason: t.arg.string(),
      },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => correctSanction(scope, args.id.id, args.input, args.reason)),
    }),
    liftCadreSanction: t.field({
      type: Sanction,
      description: 'Lift a sanction by procedure (解除): from `liftedOn` none of it applies',
      authScopes: WRITE,
      errors: {},
      args: {
        id: t.arg.globalID({ for: Sanction }),
        liftedOn: t.arg({ type: 'Date' }),
        procedure: t.arg.string({ description: 'The procedure and decision that lifted it' }),
      },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) =>
          liftSanction(scope, args.id.id, { liftedOn: args.liftedOn, procedure: args.procedure }),
        ),
    }),
    revokeCadreSanction: t.field({
      type: Sanction,
      description: 'Revoke a sanction recorded in error or quashed (撤销); it stays in the history',
      authScopes: WRITE,
      errors: {},
      args: { id: t.arg.globalID({ for: Sanction }), reason: t.arg.string() },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) => revokeSanction(scope, args.id.id, args.reason)),
    }),
  }));

  return { Sanction };
}

export type SanctionRef = ReturnType<typeof registerCadreSanction>['Sanction'];
