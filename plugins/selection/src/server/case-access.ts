import {
  actorOf,
  changedFields,
  isUuid,
  NotFoundError,
  type Label,
  type RequestContext,
  RuleViolationError,
  selecting,
  type Transaction,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import type { Prisma, SelectionCandidate, SelectionCase } from '@cadre/db/client';
import { SELECTION_CASE_TYPE, type Stage, STAGE_LABELS } from './stages.ts';

// Every write to a case happens at a stage, and takes the case's row lock first: a step's guard
// and a record made at the same moment take turns, so a guard never judges facts that change
// before it commits (an objection filed while the publicity is being closed).

export const CASE_LABEL: Label = { zh: '选拔任用事项', en: 'Selection case' };
export const CANDIDATE_LABEL: Label = { zh: '人选', en: 'Candidate' };

/** The case's stage, locked until the transaction ends; null when the district has no such case. */
export async function lockCase(
  tx: Transaction,
  districtId: string,
  caseId: string,
): Promise<Stage | null> {
  if (!isUuid(caseId)) return null;
  const rows = await tx.$queryRaw<{ state: Stage }[]>`
    SELECT state FROM core.workflow_case
     WHERE id = ${caseId}::uuid AND district_id = ${districtId}::uuid
       AND case_type = ${SELECTION_CASE_TYPE}
       FOR UPDATE`;
  return rows[0]?.state ?? null;
}

export function wrongStage(stage: Stage, allowed: readonly Stage[]): RuleViolationError {
  const names = (lang: 'zh' | 'en') => allowed.map((s) => STAGE_LABELS[s][lang]);
  return new RuleViolationError('SELECTION_WRONG_STAGE', {
    zh: `此项在“${names('zh').join('”或“')}”阶段办理，事项现处于“${STAGE_LABELS[stage].zh}”阶段`,
    en: `This is done at the stage ${names('en').join(' or ')}; the case is at ${STAGE_LABELS[stage].en}`,
  });
}

/** A write within one case: the transaction, the case's row and its stage (locked). */
export interface CaseWrite extends WriteScope {
  districtId: string;
  selectionCase: SelectionCase;
  stage: Stage;
}

/**
 * Runs `work` in one audited transaction of the viewer's district, on a case at one of the
 * `allowed` stages. Another district's id is not found, like a missing one; nothing is written
 * when anything refuses.
 */
export function writeInCase<T>(
  ctx: RequestContext,
  caseId: string,
  allowed: readonly Stage[],
  work: (write: CaseWrite) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  const districtId = actor.districtId;
  return writeAudited(ctx.db, actor, async (tx, audit, emit) => {
    const stage = await lockCase(tx, districtId, caseId);
    const selectionCase =
      stage && (await tx.selectionCase.findFirst({ where: { id: caseId, districtId } }));
    if (!stage || !selectionCase) throw new NotFoundError(CASE_LABEL);
    if (!allowed.includes(stage)) throw wrongStage(stage, allowed);
    return work({ tx, audit, emit, actor, districtId, selectionCase, stage });
  });
}

/** A candidate with the cadre's name, for messages and the record. */
export type NamedCandidate = SelectionCandidate & { name: string };

/** A candidate of the case being written. */
export async function candidateOf(write: CaseWrite, candidateId: string): Promise<NamedCandidate> {
  const candidate = isUuid(candidateId)
    ? await write.tx.selectionCandidate.findFirst({
        where: { id: candidateId, caseId: write.selectionCase.id, districtId: write.districtId },
      })
    : null;
  const cadre =
    candidate &&
    (await write.tx.cadre.findFirst({
      where: { id: candidate.cadreId, districtId: write.districtId },
      select: { name: true },
    }));
  if (!candidate || !cadre) throw new NotFoundError(CANDIDATE_LABEL);
  return { ...candidate, name: cadre.name };
}

/** The audit record of a write to the case (`selection.<what>`), with the fields it set. */
export function auditCase(
  write: CaseWrite,
  operation: string,
  changes: Record<string, unknown>,
): Promise<void> {
  return write.audit({
    operation: `selection.${operation}`,
    targetType: 'SelectionCase',
    targetId: write.selectionCase.id,
    changes,
  });
}

/** What a Pothos Prisma field asks of the case it answers with. */
export type CaseQuery =
  { include?: Prisma.SelectionCaseInclude } | { select?: Prisma.SelectionCaseSelect };

/** The case as written, in the shape the field's selection asks for. */
export function reloadCase(write: CaseWrite, query: CaseQuery): Promise<SelectionCase> {
  return write.tx.selectionCase.findUniqueOrThrow({
    ...selecting(query),
    where: { id: write.selectionCase.id },
  });
}

/** Like `writeInCase`, for a write about one candidate: the case is the candidate's. */
export async function writeForCandidate<T>(
  ctx: RequestContext,
  candidateId: string,
  allowed: readonly Stage[],
  work: (write: CaseWrite, candidate: NamedCandidate) => Promise<T>,
): Promise<T> {
  const found = isUuid(candidateId)
    ? await ctx.prisma.selectionCandidate.findFirst({
        where: { id: candidateId, districtId: actorOf(ctx).districtId },
        select: { caseId: true },
      })
    : null;
  if (!found) throw new NotFoundError(CANDIDATE_LABEL);
  return writeInCase(ctx, found.caseId, allowed, async (write) =>
    work(write, await candidateOf(write, candidateId)),
  );
}

/** Refuses a candidate who is not in one of the `allowed` statuses. */
export function candidateIn(
  candidate: NamedCandidate,
  allowed: readonly SelectionCandidate['status'][],
): void {
  if (!allowed.includes(candidate.status)) {
    throw new RuleViolationError('SELECTION_CANDIDATE_STATUS', {
      zh: `人选${candidate.name}当前状态不能办理此项`,
      en: `This cannot be done for ${candidate.name} in their present status`,
    });
  }
}

/** The audit diff of an update: the fields `data` sets, before and after. */
export function changesOf<T extends object>(before: T, data: Partial<T>) {
  const old = Object.fromEntries(Object.keys(data).map((key) => [key, before[key as keyof T]]));
  return changedFields(old, data as Record<string, unknown>);
}

/** The case a row of it belongs to; a row of another district is not found, like a missing one. */
export async function caseIdOfRow(
  ctx: RequestContext,
  id: string,
  what: Label,
  find: (where: { id: string; districtId: string }) => Promise<{ caseId: string } | null>,
): Promise<string> {
  const row = isUuid(id) ? await find({ id, districtId: actorOf(ctx).districtId }) : null;
  if (!row) throw new NotFoundError(what);
  return row.caseId;
}
