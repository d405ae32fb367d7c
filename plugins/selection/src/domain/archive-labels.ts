import type { Label } from '@cadre/core';
import type { Education } from '@cadre/db/client';

// Names of archive facts as the cadre card (干部任免审批表) prints them, for rule explanations.

export const EDUCATION_LABELS: Record<Education, Label> = {
  DOCTORATE: { zh: '研究生（博士）', en: 'doctorate' },
  MASTER: { zh: '研究生（硕士）', en: "master's degree" },
  UNIVERSITY: { zh: '大学本科', en: 'university (bachelor)' },
  COLLEGE: { zh: '大学专科', en: 'college (associate)' },
  SECONDARY: { zh: '中专及高中', en: 'secondary school' },
  BELOW_SECONDARY: { zh: '初中及以下', en: 'below secondary school' },
};

/**
 * Annual assessment grades (年度考核等次): civil servants are rated 优秀/称职/基本称职/不称职,
 * staff of public institutions 优秀/合格/基本合格/不合格; a year may also go unrated (不定等次).
 */
export const ANNUAL_GRADES = [
  'EXCELLENT',
  'COMPETENT',
  'BASIC_COMPETENT',
  'INCOMPETENT',
  'QUALIFIED',
  'BASIC_QUALIFIED',
  'UNQUALIFIED',
  'UNRATED',
] as const;
export type AnnualGrade = (typeof ANNUAL_GRADES)[number];

export const ANNUAL_GRADE_LABELS: Record<AnnualGrade, Label> = {
  EXCELLENT: { zh: '优秀', en: 'excellent' },
  COMPETENT: { zh: '称职', en: 'competent' },
  BASIC_COMPETENT: { zh: '基本称职', en: 'basically competent' },
  INCOMPETENT: { zh: '不称职', en: 'incompetent' },
  QUALIFIED: { zh: '合格', en: 'qualified' },
  BASIC_QUALIFIED: { zh: '基本合格', en: 'basically qualified' },
  UNQUALIFIED: { zh: '不合格', en: 'unqualified' },
  UNRATED: { zh: '不定等次', en: 'not rated' },
};

/** The label of a grade code, or the code itself for one this plugin does not know. */
export function gradeLabel(grade: string): Label {
  return (
    (ANNUAL_GRADE_LABELS as Record<string, Label | undefined>)[grade] ?? { zh: grade, en: grade }
  );
}
