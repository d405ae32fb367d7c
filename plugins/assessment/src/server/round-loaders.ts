import { districtOf, groupRows, loaderFor, type RequestContext } from '@cadre/core';
import type {
  EvaluationItem,
  EvaluationScore,
  EvaluationSubject,
  RoundParticipant,
  WorkflowCase,
} from '@cadre/db/client';

// The rows a page of rounds refers to, each kind loaded once per request: a page of rounds with
// their subjects, items, participants and every participant's scores reads in a fixed number of
// statements. Core's units are in ./loaders.ts.

/** The workflow case behind a round (same id): its title, stage and version. */
export async function workflowCaseOf(ctx: RequestContext, roundId: string): Promise<WorkflowCase> {
  const found = await loaderFor<WorkflowCase | null>(
    ctx,
    'assessment.workflowCase',
    async (ids) =>
      (
        await ctx.prisma.workflowCase.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
        })
      ).map((row) => [row.id, row]),
    null,
  ).load(roundId);
  if (!found) throw new Error(`workflow case of assessment round ${roundId} missing`);
  return found;
}

/** A round's subjects, in the order of their kinds (自我, 上级, 同级 … 满意度测评). */
export function subjectsOf(ctx: RequestContext, roundId: string): Promise<EvaluationSubject[]> {
  return loaderFor<EvaluationSubject[]>(
    ctx,
    'assessment.subjects',
    async (ids) =>
      groupRows(
        await ctx.prisma.evaluationSubject.findMany({
          where: { districtId: districtOf(ctx).id, roundId: { in: [...ids] } },
          orderBy: { kind: 'asc' },
        }),
        (s) => s.roundId,
      ),
    [],
  ).load(roundId);
}

/** A round's items, in their order. */
export function itemsOf(ctx: RequestContext, roundId: string): Promise<EvaluationItem[]> {
  return loaderFor<EvaluationItem[]>(
    ctx,
    'assessment.items',
    async (ids) =>
      groupRows(
        await ctx.prisma.evaluationItem.findMany({
          where: { districtId: districtOf(ctx).id, roundId: { in: [...ids] } },
          orderBy: { position: 'asc' },
        }),
        (i) => i.roundId,
      ),
    [],
  ).load(roundId);
}

/** A round's participants in the registry's order: by unit, then by name. */
export function participantsOf(ctx: RequestContext, roundId: string): Promise<RoundParticipant[]> {
  const districtId = districtOf(ctx).id;
  return loaderFor<RoundParticipant[]>(
    ctx,
    'assessment.participants',
    async (ids) => {
      const participants = await ctx.prisma.roundParticipant.findMany({
        where: { districtId, roundId: { in: [...ids] } },
      });
      const order = await ctx.prisma.cadre.findMany({
        where: { districtId, id: { in: [...new Set(participants.map((p) => p.cadreId))] } },
        select: { id: true },
        orderBy: [
          { unit: { sortOrder: 'asc' } },
          { unit: { code: 'asc' } },
          { namePinyin: 'asc' },
          { id: 'asc' },
        ],
      });
      const position = new Map(order.map((c, i) => [c.id, i]));
      const at = (p: RoundParticipant) => position.get(p.cadreId) ?? order.length;
      return groupRows(
        participants.sort((a, b) => at(a) - at(b)),
        (p) => p.roundId,
      );
    },
    [],
  ).load(roundId);
}

/** A participant's scores by every subject on every item. */
export function scoresOf(ctx: RequestContext, participantId: string): Promise<EvaluationScore[]> {
  return loaderFor<EvaluationScore[]>(
    ctx,
    'assessment.scores',
    async (ids) =>
      groupRows(
        await ctx.prisma.evaluationScore.findMany({
          where: { districtId: districtOf(ctx).id, participantId: { in: [...ids] } },
        }),
        (s) => s.participantId,
      ),
    [],
  ).load(participantId);
}
