import {
  actorOf,
  changedFields,
  isUuid,
  NotFoundError,
  type Label,
  type RequestContext,
  RuleViolationError,
  selecting,
  todayInChina,
  type Transaction,
  type TransitionRequest,
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

/**
 * Who writes, in a transaction already open, holding which permissions: a request's viewer, or
 * the demo's clerk and department leader (see seed.ts), who take the same steps.
 */
export interface SelectionWriter extends WriteScope {
  permissions: TransitionRequest['permissions'];
}

/** A write within one case: the transaction, the case's row and its stage (locked). */
export interface CaseWrite extends SelectionWriter {
  districtId: string;
  selectionCase: SelectionCase;
  stage: Stage;
}

/** The day a write is made on in China: today, or the day the demo dates it (`at`). */
export const dayOf = (write: WriteScope): Date => todayInChina(write.at);

/**
 * The case, locked, for a write at one of the `allowed` stages. Another district's id is not
 * found, like a missing one.
 */
export async function caseWriteIn(
  writer: SelectionWriter,
  caseId: string,
  allowed: readonly Stage[],
): Promise<CaseWrite> {
  const districtId = writer.actor.districtId;
  const stage = await lockCase(writer.tx, districtId, caseId);
  const selectionCase =
    stage && (await writer.tx.selectionCase.findFirst({ where: { id: caseId, districtId } }));
  if (!stage || !selectionCase) throw new NotFoundError(CASE_LABEL);
  if (!allowed.includes(stage)) throw wrongStage(stage, allowed);
  return { ...writer, districtId, selectionCase, stage };
}

/** Runs `work` for the viewer in one audited transaction of the viewer's district. */
export function writeAsViewer<T>(
  ctx: RequestContext,
  work: (writer: SelectionWriter) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  return writeAudited(ctx.db, actor, (tx, audit, emit) =>
    work({ tx, audit, emit, actor, permissions: ctx.permissions }),
  );
}

/**
 * Runs `work` in one audited transaction of the viewer's district, on a case at one of the
 * `allowed` stages; nothing is written when anything refuses.
 */
export function writeInCase<T>(
  ctx: RequestContext,
  caseId: string,
  allowed: readonly Stage[],
  work: (write: CaseWrite) => Promise<T>,
): Promise<T> {
  return writeAsViewer(ctx, async (writer) => work(await caseWriteIn(writer, caseId, allowed)));
}

/**
 * One kind of write to a case: the stages it is made at and what it writes. The mutation runs it
 * for the viewer, the demo for its staff, so a rule cannot differ between them.
 */
export interface CaseStep<Input, Result = void> {
  stages: readonly Stage[];
  run(write: CaseWrite, input: Input): Promise<Result>;
}

/** A `CaseStep` about one candidate of the case. */
export interface CandidateStep<Input> {
  stages: readonly Stage[];
  run(write: CaseWrite, candidate: NamedCandidate, input: Input): Promise<void>;
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

/** A mutation's `step`: written for the viewer, answered with the case as the field selects it. */
export function runCaseStep<Input>(
  ctx: RequestContext,
  caseId: string,
  step: CaseStep<Input, unknown>,
  input: Input,
  query: CaseQuery,
): Promise<SelectionCase> {
  return writeInCase(ctx, caseId, step.stages, async (write) => {
    await step.run(write, input);
    return reloadCase(write, query);
  });
}

/** Like `runCaseStep`, for a step about one candidate. */
export function runCandidateStep<Input>(
  ctx: RequestContext,
  candidateId: string,
  step: CandidateStep<Input>,
  input: Input,
  query: CaseQuery,
): Promise<SelectionCase> {
  return writeForCandidate(ctx, candidateId, step.stages, async (write, candidate) => {
    await step.run(write, candidate, input);
    return reloadCase(write, query);
  });
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
