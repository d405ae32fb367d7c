import type { Label } from '@cadre/core';
import type { AnnualGrade, AssessmentGroup } from '@cadre/db/client';

// 年度考核等次 (DOMAIN §4): 优秀 / 称职 / 基本称职 / 不称职 for leaders and civil servants; 优秀 /
// 合格 / 基本合格 / 不合格 for public-institution staff. A grade is one of its group's, best first.
// No run-time import of `@cadre/core`: the pages offer a round's grades from these scales.

/** The four grades of a group, best first: 优秀, the middle grade, 基本…, 不…. */
export type GradeScale = readonly [AnnualGrade, AnnualGrade, AnnualGrade, AnnualGrade];

const CIVIL_SERVICE_SCALE: GradeScale = [
  'EXCELLENT',
  'COMPETENT',
  'BASIC_COMPETENT',
  'INCOMPETENT',
];
const PUBLIC_INSTITUTION_SCALE: GradeScale = [
  'EXCELLENT',
  'QUALIFIED',
  'BASIC_QUALIFIED',
  'UNQUALIFIED',
];

export const GROUP_GRADES: Record<AssessmentGroup, GradeScale> = {
  LEADERS: CIVIL_SERVICE_SCALE,
  CIVIL_SERVANTS: CIVIL_SERVICE_SCALE,
  PUBLIC_INSTITUTIONS: PUBLIC_INSTITUTION_SCALE,
};

export const GROUP_LABELS: Record<AssessmentGroup, Label> = {
  LEADERS: { zh: '领导干部', en: 'leaders' },
  CIVIL_SERVANTS: { zh: '公务员', en: 'civil servants' },
  PUBLIC_INSTITUTIONS: { zh: '事业单位工作人员', en: 'public institution staff' },
};

/**
 * 不定等次: staff may record it for someone who cannot be rated this year (new in post for less
 * than half a year, under investigation); it is of every group and never proposed.
 */
export const UNRATED: AnnualGrade = 'UNRATED';

/** Whether staff may give `grade` in a round of `group`. */
export const isGradeOfGroup = (grade: AnnualGrade, group: AssessmentGroup): boolean =>
  grade === UNRATED || GROUP_GRADES[group].includes(grade);

/** 优秀's neighbour below: what a participant gets whose score qualifies but who gets no place. */
export const middleGrade = (group: AssessmentGroup): AnnualGrade => GROUP_GRADES[group][1];
