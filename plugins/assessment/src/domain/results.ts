import type { Label } from '@cadre/core';
import type { AnnualGrade, ConsequenceStatus } from '@cadre/db/client';

// 考核结果 as a unit and a cadre's profile read them (DOMAIN §4: 优秀 / 称职 / 基本称职 / 不称职 for
// leaders and civil servants, 优秀 / 合格 / 基本合格 / 不合格 for others; "Units see their own
// results"; seed 004 三、(四)一: 考核结果要及时反馈 … 并在一定范围公开). Types only from outside, so
// the pages count with the same functions.

/** Where a consequence of a result stands (考核结果运用). */
export const CONSEQUENCE_STATUS_LABELS: Record<ConsequenceStatus, Label> = {
  PENDING: { zh: '待办理', en: 'Pending' },
  DONE: { zh: '已办理', en: 'Done' },
  DISMISSED: { zh: '不予办理', en: 'Dismissed' },
};

/** The grades as a distribution lists them: best first, the two scales side by side, 不定等次 last. */
export const DISTRIBUTION_ORDER: readonly AnnualGrade[] = [
  'EXCELLENT',
  'COMPETENT',
  'QUALIFIED',
  'BASIC_COMPETENT',
  'BASIC_QUALIFIED',
  'INCOMPETENT',
  'UNQUALIFIED',
  'UNRATED',
];

export interface GradeCount {
  grade: AnnualGrade;
  count: number;
}

export interface UnitGrades {
  unitId: string;
  /** Cadres graded in the unit. */
  total: number;
  /** The grades given, in `DISTRIBUTION_ORDER`; a grade nobody got is left out. */
  counts: GradeCount[];
}

/**
 * Each unit's grades from rows counted per unit and grade: the units with most cadres graded
 * first (ties by id, so the order never changes between requests).
 */
export function gradeDistribution(
  rows: readonly { unitId: string; grade: AnnualGrade; count: number }[],
): UnitGrades[] {
  const units = new Map<string, Map<AnnualGrade, number>>();
  for (const { unitId, grade, count } of rows) {
    const grades = units.get(unitId) ?? new Map<AnnualGrade, number>();
    grades.set(grade, (grades.get(grade) ?? 0) + count);
    units.set(unitId, grades);
  }
  return [...units]
    .map(([unitId, grades]) => {
      const counts = DISTRIBUTION_ORDER.flatMap((grade) => {
        const count = grades.get(grade) ?? 0;
        return count > 0 ? [{ grade, count }] : [];
      });
      return { unitId, total: counts.reduce((sum, c) => sum + c.count, 0), counts };
    })
    .sort((a, b) => b.total - a.total || a.unitId.localeCompare(b.unitId));
}

/** The grades any of the units got, in `DISTRIBUTION_ORDER`: the series of a stacked chart. */
export function gradesGiven(units: readonly { counts: readonly GradeCount[] }[]): AnnualGrade[] {
  const given = new Set(units.flatMap((u) => u.counts.map((c) => c.grade)));
  return DISTRIBUTION_ORDER.filter((grade) => given.has(grade));
}

export interface ResultYear<R, Q> {
  year: number;
  /** The year's concluded rounds, in the order given. */
  results: R[];
  /** The year's quarterly evaluations (季考评), first quarter first. */
  quarters: Q[];
}

/** A cadre's years, the latest first: each year with a concluded round or a quarterly evaluation. */
export function resultYears<
  R extends { year: number },
  Q extends { year: number; quarter: number },
>(results: readonly R[], quarters: readonly Q[]): ResultYear<R, Q>[] {
  const years = [...new Set([...results, ...quarters].map((row) => row.year))].sort(
    (a, b) => b - a,
  );
  return years.map((year) => ({
    year,
    results: results.filter((r) => r.year === year),
    quarters: quarters.filter((q) => q.year === year).sort((a, b) => a.quarter - b.quarter),
  }));
}
