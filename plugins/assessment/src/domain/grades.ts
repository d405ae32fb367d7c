import { ANNUAL_GRADE_LABELS, type Label } from '@cadre/core';
import type { AnnualGrade, AssessmentGroup } from '@cadre/db/client';
import type { AssessmentConfig } from './config.ts';
import { GROUP_GRADES } from './grade-scales.ts';

// 年度考核等次 (DOMAIN §4): the groups' scales (./grade-scales.ts, which the pages use too), the
// grades' names, and the grade a total earns.

export {
  type GradeScale,
  GROUP_GRADES,
  GROUP_LABELS,
  isGradeOfGroup,
  middleGrade,
  UNRATED,
} from './grade-scales.ts';

export const gradeLabel = (grade: AnnualGrade): Label => ANNUAL_GRADE_LABELS[grade];

/** 基本称职 / 基本合格 or lower: the grades the integrity check and the consequences look at. */
export const POOR_GRADES: ReadonlySet<AnnualGrade> = new Set([
  'BASIC_COMPETENT',
  'INCOMPETENT',
  'BASIC_QUALIFIED',
  'UNQUALIFIED',
]);

export type GradeThresholds = AssessmentConfig['thresholds'];

/**
 * The grade a total earns by the district's thresholds: at least `excellent` → 优秀; below
 * `failing` → 不称职/不合格; below `basic` → 基本…; else the middle grade. Whether a 优秀 gets one of
 * the capped places is the allocation's question, not this one.
 */
export function gradeFor(
  total: number,
  thresholds: GradeThresholds,
  group: AssessmentGroup,
): AnnualGrade {
  const [excellent, middle, basic, failing] = GROUP_GRADES[group];
  if (total >= thresholds.excellent) return excellent;
  if (total < thresholds.failing) return failing;
  if (total < thresholds.basic) return basic;
  return middle;
}
