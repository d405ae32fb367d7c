import type { CaseSnapshot, Transaction } from '@cadre/core';
import type { RoundFacts } from '../workflow.ts';
import { lockRound } from './round-access.ts';

/**
 * What the round's guards judge, read within the transition's transaction after taking the
 * round's row lock, so no subject, participant or score changes under them until the step commits.
 */
export async function loadRoundFacts(
  tx: Transaction,
  workflowCase: CaseSnapshot,
): Promise<RoundFacts> {
  const { id: roundId, districtId } = workflowCase;
  await lockRound(tx, districtId, roundId);
  const round = await tx.assessmentRound.findFirstOrThrow({
    where: { id: roundId, districtId },
    include: {
      subjects: { select: { id: true, kind: true, weight: true }, orderBy: { kind: 'asc' } },
      items: { select: { id: true, name: true, weight: true }, orderBy: { position: 'asc' } },
      participants: { select: { id: true, cadreId: true, grade: true } },
    },
  });
  const { subjects, items, participants, ...row } = round;
  const [cadres, counts] = await Promise.all([
    tx.cadre.findMany({
      where: { districtId, id: { in: participants.map((p) => p.cadreId) } },
      select: { id: true, name: true },
      // The registry's order, so a refusal names the same cadres first every time.
      orderBy: [{ namePinyin: 'asc' }, { id: 'asc' }],
    }),
    tx.evaluationScore.groupBy({
      by: ['participantId', 'subjectId'],
      where: { districtId, participant: { roundId } },
      _count: { _all: true },
    }),
  ]);
  const participantOf = new Map(participants.map((p) => [p.cadreId, p]));
  return {
    round: row,
    subjects,
    items,
    participants: cadres.flatMap((cadre) => {
      const participant = participantOf.get(cadre.id);
      return participant ? [{ ...participant, name: cadre.name }] : [];
    }),
    scoreCounts: counts.map((c) => ({
      participantId: c.participantId,
      subjectId: c.subjectId,
      count: c._count._all,
    })),
  };
}
