import type { PluginSchemaContext } from '@cadre/core';
import { registerCadreDailyAssessment } from './cadre-daily-assessment.ts';
import { registerDailyDeduction } from './daily-deduction.ts';
import { registerDailyInbox } from './daily-inbox.ts';
import { registerDailyRecord } from './daily-record.ts';
import { registerQuarterlyEvaluation } from './quarterly-evaluation.ts';

/** 平时考核 (seed 004): 周记实, 月自查, 季考评 and direct deductions, kept by the units. */
export function registerDailyAssessment(ctx: PluginSchemaContext): void {
  const refs = {
    ...registerDailyRecord(ctx),
    ...registerQuarterlyEvaluation(ctx),
    ...registerDailyDeduction(ctx),
  };
  registerDailyInbox(ctx, refs);
  registerCadreDailyAssessment(ctx, refs);
}
