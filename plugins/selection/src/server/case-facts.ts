import {
  type CaseSnapshot,
  loadWorkingDayCalendar,
  storedFindings,
  todayInChina,
  type Transaction,
} from '@cadre/core';
import type { SelectionFacts } from '../workflow.ts';
import { cadreFactsOf } from './cadre-facts.ts';
import { lockCase } from './case-access.ts';
import { selectionConfigOf } from './config.ts';

/** The decision meeting in force: the latest one not reconsidered (复议). */
export const MEETING_IN_FORCE = { reconsideredOn: null } as const;

/**
 * What the workflow's guards judge, read within the transition's transaction after taking the
 * case's row lock, so no record of the case changes under them until the step commits.
 */
export async function loadSelectionFacts(
  tx: Transaction,
  workflowCase: CaseSnapshot,
): Promise<SelectionFacts> {
  const { id: caseId, districtId } = workflowCase;
  await lockCase(tx, districtId, caseId);
  const scope = { caseId, districtId };
  const selectionCase = await tx.selectionCase.findFirstOrThrow({
    where: { id: caseId, districtId },
    include: {
      candidates: {
        include: { evaluation: { select: { id: true } }, fourMusts: true },
        orderBy: { createdAt: 'asc' },
      },
      inspection: true,
      teamMembers: { select: { name: true, supervisor: true } },
      opinions: { select: { agrees: true, resolved: true } },
      reports: { select: { verified: true } },
      meetings: {
        where: MEETING_IN_FORCE,
        orderBy: { createdAt: 'desc' },
        take: 1,
        include: { votes: { select: { candidateId: true, inFavour: true } } },
      },
      publicity: true,
      objections: { select: { candidateId: true, status: true } },
      appointments: { select: { candidateId: true, documentNumber: true } },
      probations: { select: { candidateId: true, result: true } },
      _count: { select: { rounds: true } },
    },
  });
  const [config, calendar, check, cadres] = await Promise.all([
    selectionConfigOf(tx, districtId),
    loadWorkingDayCalendar(tx),
    tx.integrityCheckRecord.findFirst({
      where: scope,
      orderBy: { checkedAt: 'desc' },
      select: { cadreIds: true, findings: true },
    }),
    cadreFactsOf(
      tx,
      districtId,
      selectionCase.candidates.map((c) => c.cadreId),
    ),
  ]);
  const meeting = selectionCase.meetings[0] ?? null;
  return {
    today: todayInChina(),
    config,
    calendar,
    selectionCase,
    candidates: selectionCase.candidates.flatMap((c) => {
      const cadre = cadres.get(c.cadreId);
      // A cadre row cannot vanish (core deletes none); one that did is no candidate to judge.
      if (!cadre) return [];
      return [
        {
          id: c.id,
          name: cadre.name,
          status: c.status,
          cadre,
          fourMusts: c.fourMusts,
          evaluated: c.evaluation !== null,
        },
      ];
    }),
    cadreOf: Object.fromEntries(selectionCase.candidates.map((c) => [c.id, c.cadreId])),
    rounds: selectionCase._count.rounds,
    inspection: selectionCase.inspection,
    team: selectionCase.teamMembers,
    integrityCheck: check && {
      cadreIds: check.cadreIds,
      blockingCadreIds: storedFindings(check.findings)
        .filter((f) => f.severity === 'BLOCKING')
        .map((f) => f.cadreId),
    },
    opinions: selectionCase.opinions,
    reports: selectionCase.reports,
    meeting,
    publicity: selectionCase.publicity,
    objections: selectionCase.objections,
    appointments: selectionCase.appointments,
    probations: selectionCase.probations,
  };
}
