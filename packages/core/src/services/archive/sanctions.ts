import { z } from 'zod';
import { SanctionKind } from '@cadre/db';
import type { CadreSanction } from '@cadre/db/client';
import type { Label } from '../../contract/plugin.ts';
import { checkRecordDates } from '../../domain/archive-rules.ts';
import { todayInChina } from '../../domain/dates.ts';
import {
  checkSanctionDates,
  type InfluenceFact,
  restrictionSpan,
} from '../../domain/influence-periods.ts';
import { RuleViolationError } from '../../errors/cadre-error.ts';
import { parseInput } from '../../errors/zod-issues.ts';
import { changedFields } from '../audit.ts';
import type { WriteScope } from '../workflow.ts';
import { ARCHIVE_EVENTS } from './events.ts';
import {
  archiveIssues,
  cadreOf,
  existing,
  notRevoked,
  optionalText,
  refuse,
  revisionReason,
  text,
} from './records.ts';
import { keepRevision } from './revisions.ts';

// A14 惩戒 and the measures like it (组织处理, 诫勉…), each with its influence period. Sensitive:
// the audit trail records that a sanction of a cadre changed and by whom, its content only under
// `sanctionDetails` (masked wherever it is written), and events carry ids only.

const SANCTION: Label = { zh: '处分记录', en: 'Sanction' };

const sanctionInput = z.object({
  kind: z.enum(SanctionKind),
  decisionDate: z.date(),
  effectiveDate: z.date(),
  issuingBody: text({ zh: '决定机关', en: 'Issuing body' }, 60, 2),
  documentNumber: optionalText({ zh: '文号', en: 'Document number' }, 60),
  reason: text({ zh: '事由', en: 'Reason' }, 500, 2),
  probationMonths: z
    .number()
    .int()
    .nullish()
    .transform((months) => months ?? null),
});

export type SanctionInput = z.input<typeof sanctionInput>;

const liftInput = z.object({
  liftedOn: z.date(),
  procedure: text({ zh: '解除程序', en: 'Procedure' }, 200, 2),
});

type SanctionDates = Pick<
  CadreSanction,
  'kind' | 'decisionDate' | 'effectiveDate' | 'probationMonths' | 'liftedOn'
>;

/** A sanction as the influence-period engine takes it. */
export function influenceFactOf(
  row: SanctionDates & Pick<CadreSanction, 'id' | 'revokedAt'>,
): InfluenceFact {
  return {
    id: row.id,
    kind: row.kind,
    effectiveDate: row.effectiveDate,
    probationMonths: row.probationMonths,
    liftedOn: row.liftedOn,
    revoked: row.revokedAt !== null,
  };
}

/** Refuses dates against the archive (birth, today) and the engine's rules, one issue a field. */
function refuseBadDates(next: SanctionDates, birthDate: Date, prefix = 'input') {
  const { decisionDate, effectiveDate, liftedOn } = next;
  refuse(
    [
      ...archiveIssues(
        checkRecordDates({ decisionDate, effectiveDate, liftedOn }, todayInChina(), birthDate),
      ),
      ...checkSanctionDates(next),
    ],
    prefix,
  );
}

/**
 * The restriction columns from the engine, written on every change: the registry filters by them
 * (`restrictedUntil`, the last day restricted; open-ended when nothing ends it).
 */
function restrictionColumns(sanction: Parameters<typeof influenceFactOf>[0]) {
  const span = restrictionSpan(influenceFactOf(sanction));
  return { restrictedUntil: span?.until ?? null, restrictionOpenEnded: span?.openEnded ?? false };
}

/** A sanction of the district not revoked, with its cadre's birth date. */
async function liveSanction({ tx, actor }: WriteScope, id: string) {
  const { cadre, ...row } = notRevoked(
    await existing(id, SANCTION, (id) =>
      tx.cadreSanction.findFirst({
        where: { id, districtId: actor.districtId },
        include: { cadre: { select: { birthDate: true } } },
      }),
    ),
    SANCTION,
  );
  return { row, birthDate: cadre.birthDate };
}

/** Stores `data` over `row` with the engine's restriction columns, in one update. */
async function saveSanction(
  { tx }: WriteScope,
  row: CadreSanction,
  data: Partial<CadreSanction>,
): Promise<CadreSanction> {
  return tx.cadreSanction.update({
    where: { id: row.id },
    data: { ...data, ...restrictionColumns({ ...row, ...data }) },
  });
}

/** Audits a change to a sanction: which cadre's, by whom; what it says only masked. */
async function auditSanction(
  scope: WriteScope,
  operation: string,
  before: CadreSanction | null,
  after: CadreSanction,
  note: Record<string, string> = {},
) {
  const omit = ['id', 'districtId', 'cadreId', 'createdAt', 'updatedAt'];
  await scope.audit({
    operation,
    targetType: 'Cadre',
    targetId: after.cadreId,
    changes: {
      sanctionId: after.id,
      sanctionDetails: { ...changedFields(before ?? {}, after, omit), ...note },
    },
  });
}

/**
 * Records a sanction of a cadre. `source` names who recorded it: `core` for staff entering it by
 * hand, a plugin's id when the plugin writes it (supervision records admonishments).
 */
export async function addSanction(
  scope: WriteScope,
  cadreId: string,
  raw: SanctionInput,
  source = 'core',
): Promise<CadreSanction> {
  const cadre = await cadreOf(scope, cadreId);
  const input = parseInput(sanctionInput, raw);
  refuseBadDates({ ...input, liftedOn: null }, cadre.birthDate);
  const sanction = await scope.tx.cadreSanction.create({
    data: {
      ...input,
      ...restrictionColumns({ ...input, id: '', liftedOn: null, revokedAt: null }),
      source,
      cadreId: cadre.id,
      districtId: scope.actor.districtId,
    },
  });
  await auditSanction(scope, 'cadre.sanction.add', null, sanction);
  await scope.emit(ARCHIVE_EVENTS.sanctionRecorded, {
    cadreId: cadre.id,
    sanctionId: sanction.id,
  });
  return sanction;
}

/** Corrects what a sanction records; its lift, if any, stays. */
export async function correctSanction(
  scope: WriteScope,
  id: string,
  raw: SanctionInput,
  reasonRaw: string,
): Promise<CadreSanction> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const { row, birthDate } = await liveSanction(scope, id);
  const input = parseInput(sanctionInput, raw);
  refuseBadDates({ ...input, liftedOn: row.liftedOn }, birthDate);
  await keepRevision(scope, 'CadreSanction', row, 'CORRECT', reason);
  const sanction = await saveSanction(scope, row, input);
  await auditSanction(scope, 'cadre.sanction.correct', row, sanction, { reason });
  await scope.emit(ARCHIVE_EVENTS.sanctionCorrected, { cadreId: row.cadreId, sanctionId: row.id });
  return sanction;
}

/**
 * Lifts a sanction by procedure (解除, e.g. after the rehabilitation's comprehensive evaluation):
 * from `liftedOn` none of its restrictions applies.
 */
export async function liftSanction(
  scope: WriteScope,
  id: string,
  raw: { liftedOn: Date; procedure: string },
): Promise<CadreSanction> {
  const { liftedOn, procedure } = parseInput(liftInput, raw, []);
  const { row, birthDate } = await liveSanction(scope, id);
  if (row.liftedOn) {
    throw new RuleViolationError('CORE_SANCTION_ALREADY_LIFTED', {
      zh: '该处分已解除',
      en: 'The sanction has already been lifted',
    });
  }
  refuseBadDates({ ...row, liftedOn }, birthDate, '');
  await keepRevision(scope, 'CadreSanction', row, 'LIFT', procedure);
  const sanction = await saveSanction(scope, row, { liftedOn, liftProcedure: procedure });
  await auditSanction(scope, 'cadre.sanction.lift', row, sanction);
  await scope.emit(ARCHIVE_EVENTS.sanctionLifted, { cadreId: row.cadreId, sanctionId: row.id });
  return sanction;
}

/** Revokes a sanction recorded in error or quashed: it stays in the history and restricts nothing. */
export async function revokeSanction(
  scope: WriteScope,
  id: string,
  reasonRaw: string,
): Promise<CadreSanction> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const { row } = await liveSanction(scope, id);
  await keepRevision(scope, 'CadreSanction', row, 'REVOKE', reason);
  const sanction = await saveSanction(scope, row, { revokedAt: new Date(), revokeReason: reason });
  await auditSanction(scope, 'cadre.sanction.revoke', row, sanction);
  await scope.emit(ARCHIVE_EVENTS.sanctionRevoked, { cadreId: row.cadreId, sanctionId: row.id });
  return sanction;
}
