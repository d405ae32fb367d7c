import type { PluginSchemaContext } from '@cadre/core';
import { registerAssessmentConsequence } from './assessment-consequence.ts';
import { registerDailyAssessment } from './daily-assessment.ts';
import { registerIndicator } from './indicator.ts';
import { registerIndicatorSet } from './indicator-set.ts';
import { registerRoundAllocation } from './round-allocation.ts';
import { registerResults } from './results.ts';
import { registerRounds } from './rounds.ts';
import { registerScoreImport } from './score-import.ts';
import { registerUnitIndicatorResult } from './unit-indicator-result.ts';

export { assessmentDeadlines } from './deadlines.ts';
export { assessmentFindings } from './integrity-findings.ts';
export { ASSESSMENT_PERMISSION, ASSESSMENT_PERMISSIONS } from './permissions.ts';

/** The plugin's schema slice: one file per type, each with its queries and mutations. */
export function registerAssessmentSchema(ctx: PluginSchemaContext): void {
  const sets = registerIndicatorSet(ctx);
  registerUnitIndicatorResult(ctx, { ...sets, ...registerIndicator(ctx, sets) });
  registerDailyAssessment(ctx);
  const rounds = registerRounds(ctx);
  registerRoundAllocation(ctx, rounds);
  registerAssessmentConsequence(ctx, rounds);
  registerScoreImport(ctx, rounds);
  registerResults(ctx, rounds);
}
