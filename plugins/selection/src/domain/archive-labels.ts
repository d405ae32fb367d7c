import { ANNUAL_GRADE_LABELS, type Label } from '@cadre/core';
import type { AnnualGrade, Education } from '@cadre/db/client';

// Names of archive facts as the cadre card (干部任免审批表) prints them, for rule explanations.

export const EDUCATION_LABELS: Record<Education, Label> = {
  DOCTORATE: { zh: '研究生（博士）', en: 'doctorate' },
  MASTER: { zh: '研究生（硕士）', en: "master's degree" },
  UNIVERSITY: { zh: '大学本科', en: 'university (bachelor)' },
  COLLEGE: { zh: '大学专科', en: 'college (associate)' },
  SECONDARY: { zh: '中专及高中', en: 'secondary school' },
  BELOW_SECONDARY: { zh: '初中及以下', en: 'below secondary school' },
};

/** 年度考核等次, in core's order (优秀 first): the codes a district's settings may list. */
export const ANNUAL_GRADES = Object.keys(ANNUAL_GRADE_LABELS) as [AnnualGrade, ...AnnualGrade[]];
