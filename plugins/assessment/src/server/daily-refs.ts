import type { registerDailyDeduction } from './daily-deduction.ts';
import type { registerDailyRecord } from './daily-record.ts';
import type { registerQuarterlyEvaluation } from './quarterly-evaluation.ts';

/** The daily assessment's own types, which its inbox and the cadre's overview list. */
export type DailyRefs = ReturnType<typeof registerDailyRecord> &
  ReturnType<typeof registerQuarterlyEvaluation> &
  ReturnType<typeof registerDailyDeduction>;
