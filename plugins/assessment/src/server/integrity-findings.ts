import type { IntegrityFinding, IntegrityFindingsSource } from '@cadre/core';
import { openDeductionsOf } from './daily-scores.ts';
import { pendingPoorGrades } from './pending-grade-findings.ts';

// What assessment tells the integrity check about a cadre. Each finder answers for a page of
// cadres in a constant number of statements; a new kind of finding is one more finder below.

/** 平时考核直接扣分 not yet counted or withdrawn: for information, with its points and reason. */
const openDeductions: IntegrityFindingsSource = async ({ data, cadreIds }) => {
  const open = await openDeductionsOf(data.prisma, data.districtId, null, cadreIds);
  return [...open].flatMap(([cadreId, deductions]) =>
    deductions.map((d): IntegrityFinding => ({
      cadreId,
      severity: 'INFO',
      code: 'ASSESSMENT_OPEN_DEDUCTION',
      reason: {
        zh: `${d.year}年平时考核直接扣${d.points}分（未结）：${d.reason}`,
        en: `${d.year} daily assessment: ${d.points} points deducted (open): ${d.reason}`,
      },
    })),
  );
};

const FINDERS: readonly IntegrityFindingsSource[] = [openDeductions, pendingPoorGrades];

export const assessmentFindings: IntegrityFindingsSource = async (query) =>
  (await Promise.all(FINDERS.map((find) => find(query)))).flat();
