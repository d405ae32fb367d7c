import type { IntegrityFinding, IntegrityFindingsSource } from '@cadre/core';
import { FINAL_STAGES, type Stage, STAGE_LABELS } from './stages.ts';

// What this plugin tells the integrity check about a cadre: on probation (info), failed a
// probation (warning: 试用不合格), or a candidate in a case still under way (info).

const day = (date: Date) => date.toISOString().slice(0, 10);

export const selectionFindings: IntegrityFindingsSource = async ({ data, cadreIds }) => {
  const candidates = await data.prisma.selectionCandidate.findMany({
    where: { districtId: data.districtId, cadreId: { in: [...cadreIds] } },
    select: { cadreId: true, caseId: true, status: true, probation: true },
  });
  const cases = new Map(
    (
      await data.prisma.workflowCase.findMany({
        where: { districtId: data.districtId, id: { in: candidates.map((c) => c.caseId) } },
        select: { id: true, title: true, state: true },
      })
    ).map((c) => [c.id, c]),
  );
  return candidates.flatMap((candidate): IntegrityFinding[] => {
    const found = cases.get(candidate.caseId);
    if (!found) return [];
    const stage = found.state as Stage;
    const { probation } = candidate;
    if (probation && probation.result === null) {
      return [
        {
          cadreId: candidate.cadreId,
          severity: 'INFO',
          code: 'SELECTION_ON_PROBATION',
          reason: {
            zh: `试用期至${day(probation.endsOn)}（${found.title}）`,
            en: `On probation until ${day(probation.endsOn)} (${found.title})`,
          },
        },
      ];
    }
    if (probation?.result === 'FAIL') {
      return [
        {
          cadreId: candidate.cadreId,
          severity: 'WARNING',
          code: 'SELECTION_PROBATION_FAILED',
          reason: {
            zh: `试用期满考核不合格（${found.title}，${day(probation.concludedOn ?? probation.endsOn)}）`,
            en: `Failed probation (${found.title}, ${day(probation.concludedOn ?? probation.endsOn)})`,
          },
        },
      ];
    }
    const running = !FINAL_STAGES.includes(stage);
    const inTheRunning = ['NOMINATED', 'LISTED', 'APPROVED'].includes(candidate.status);
    return running && inTheRunning
      ? [
          {
            cadreId: candidate.cadreId,
            severity: 'INFO',
            code: 'SELECTION_OPEN_CANDIDACY',
            reason: {
              zh: `系“${found.title}”人选（${STAGE_LABELS[stage].zh}）`,
              en: `A candidate in "${found.title}" (${STAGE_LABELS[stage].en})`,
            },
          },
        ]
      : [];
  });
};
