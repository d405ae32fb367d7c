import type { Label } from '@cadre/core';
import type { DailyRecordKind, QuarterGrade } from '@cadre/db/client';

// The daily assessment's terms and its rule on grades, shared by the server and the pages (no
// run-time import, so the pages stay free of the server side).

export const DAILY_RECORD_KIND_LABELS: Record<DailyRecordKind, Label> = {
  WEEKLY_RECORD: { zh: '周记实', en: 'Weekly record' },
  MONTHLY_SELF_CHECK: { zh: '月自查', en: 'Monthly self-check' },
};

/** 公务员平时考核: 好、较好、一般、较差, best first. */
export const QUARTER_GRADE_LABELS: Record<QuarterGrade, Label> = {
  GOOD: { zh: '好', en: 'Good' },
  FAIRLY_GOOD: { zh: '较好', en: 'Fairly good' },
  AVERAGE: { zh: '一般', en: 'Average' },
  POOR: { zh: '较差', en: 'Poor' },
};

/** A quarter graded 较差 says why: the cadre is told what to improve. */
export const needsComment = (grade: QuarterGrade) => grade === 'POOR';
