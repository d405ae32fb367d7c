import type { IntegrityFinding, IntegrityFindingsSource } from '@cadre/core';
import type { AnnualGrade } from '@cadre/db/client';
import { gradeLabel, POOR_GRADES } from '../domain/grades.ts';

// A grade of 基本称职 or lower in a round not yet concluded warns the integrity check: the round
// has not reached the archive, so core's own finding on poor grades cannot see it yet. Concluded
// rounds are left to core, which reads their grades from the archive.

const POOR = [...POOR_GRADES];
const FINISHED = ['CONCLUDED', 'WITHDRAWN'];

export const pendingPoorGrades: IntegrityFindingsSource = async ({ data, cadreIds }) => {
  const participants = await data.prisma.roundParticipant.findMany({
    where: {
      districtId: data.districtId,
      cadreId: { in: [...cadreIds] },
      // Staff's grade where given, else the proposal.
      OR: [{ grade: { in: POOR } }, { grade: null, proposedGrade: { in: POOR } }],
    },
    select: {
      cadreId: true,
      roundId: true,
      grade: true,
      proposedGrade: true,
      round: { select: { year: true, title: true } },
    },
  });
  const running = new Set(
    (
      await data.prisma.workflowCase.findMany({
        where: {
          districtId: data.districtId,
          id: { in: participants.map((p) => p.roundId) },
          state: { notIn: FINISHED },
        },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  return participants.flatMap((p): IntegrityFinding[] => {
    const grade = (p.grade ?? p.proposedGrade) as AnnualGrade;
    if (!running.has(p.roundId)) return [];
    const label = gradeLabel(grade);
    return [
      {
        cadreId: p.cadreId,
        severity: 'WARNING',
        code: 'ASSESSMENT_POOR_GRADE_PENDING',
        reason: {
          zh: `${p.round.year}年度考核拟定为${label.zh}（${p.round.title}，尚未定档）`,
          en: `Proposed ${label.en} for ${p.round.year} (${p.round.title}, not yet concluded)`,
        },
      },
    ];
  });
};
