import {
  actorOf,
  isUuid,
  type Label,
  NotFoundError,
  type RequestContext,
  RuleViolationError,
  selecting,
  type Transaction,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import type { AssessmentRound, Prisma } from '@cadre/db/client';
import { ROUND_CASE_TYPE, ROUND_STAGE_LABELS, type RoundStage } from './stages.ts';

// Every write to a round happens at a stage, and takes the round's row lock first: a step's guard
// and a record made at the same moment take turns, so scoring cannot close while scores arrive.

export const ROUND_LABEL: Label = { zh: '考核', en: 'Assessment round' };

type State = RoundStage | 'WITHDRAWN';

/** The round's state, locked until the transaction ends; null when the district has no such round. */
export async function lockRound(
  tx: Transaction,
  districtId: string,
  roundId: string,
): Promise<State | null> {
  if (!isUuid(roundId)) return null;
  const rows = await tx.$queryRaw<{ state: State }[]>`
    SELECT state FROM core.workflow_case
     WHERE id = ${roundId}::uuid AND district_id = ${districtId}::uuid
       AND case_type = ${ROUND_CASE_TYPE}
       FOR UPDATE`;
  return rows[0]?.state ?? null;
}

export function wrongStage(stage: State, allowed: readonly RoundStage[]): RuleViolationError {
  const names = (lang: 'zh' | 'en') => allowed.map((s) => ROUND_STAGE_LABELS[s][lang]);
  return new RuleViolationError('ASSESSMENT_WRONG_STAGE', {
    zh: `此项在“${names('zh').join('”或“')}”阶段办理，考核现处于“${ROUND_STAGE_LABELS[stage].zh}”阶段`,
    en: `This is done at the stage ${names('en').join(' or ')}; the round is at ${ROUND_STAGE_LABELS[stage].en}`,
  });
}

/** A round as a write sees it: its row and its stage, locked. */
export type LockedRound = AssessmentRound & { stage: State };

/** A write within one round. */
export interface RoundWrite extends WriteScope {
  districtId: string;
  round: LockedRound;
}

/**
 * The round, locked, for a write at one of the `allowed` stages: the mutation's for the viewer,
 * the demo's for its staff. Another district's id is not found, like a missing one.
 */
export async function roundWriteIn(
  writer: WriteScope,
  roundId: string,
  allowed: readonly RoundStage[],
): Promise<RoundWrite> {
  const districtId = writer.actor.districtId;
  const stage = await lockRound(writer.tx, districtId, roundId);
  const row =
    stage && (await writer.tx.assessmentRound.findFirst({ where: { id: roundId, districtId } }));
  if (!stage || !row) throw new NotFoundError(ROUND_LABEL);
  if (stage === 'WITHDRAWN' || !allowed.includes(stage)) throw wrongStage(stage, allowed);
  return { ...writer, districtId, round: { ...row, stage } };
}

/**
 * Runs `work` in one audited transaction of the viewer's district, on a round at one of the
 * `allowed` stages; nothing is written when anything refuses.
 */
export function writeForRound<T>(
  ctx: RequestContext,
  roundId: string,
  allowed: readonly RoundStage[],
  work: (write: RoundWrite) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  return writeAudited(ctx.db, actor, async (tx, audit, emit) =>
    work(await roundWriteIn({ tx, audit, emit, actor }, roundId, allowed)),
  );
}

/** The audit record of a write to the round (`assessment.<what>`). */
export function auditRound(
  write: RoundWrite,
  operation: string,
  changes: Record<string, unknown>,
): Promise<void> {
  return write.audit({
    operation: `assessment.${operation}`,
    targetType: 'AssessmentRound',
    targetId: write.round.id,
    changes,
  });
}

/** What a Pothos Prisma field asks of the round it answers with. */
export type RoundQuery =
  { include?: Prisma.AssessmentRoundInclude } | { select?: Prisma.AssessmentRoundSelect };

/** The round as written, in the shape the field's selection asks for. */
export function reloadRound(write: RoundWrite, query: RoundQuery): Promise<AssessmentRound> {
  return write.tx.assessmentRound.findUniqueOrThrow({
    ...selecting(query),
    where: { id: write.round.id },
  });
}

/** The round a row of it belongs to; a row of another district is not found, like a missing one. */
export async function roundIdOfRow(
  ctx: RequestContext,
  id: string,
  what: Label,
  find: (where: { id: string; districtId: string }) => Promise<{ roundId: string } | null>,
): Promise<string> {
  const row = isUuid(id) ? await find({ id, districtId: actorOf(ctx).districtId }) : null;
  if (!row) throw new NotFoundError(what);
  return row.roundId;
}
