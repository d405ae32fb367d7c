import type { PluginSchemaContext } from '@cadre/core';
import { registerAssessmentResult } from './assessment-result.ts';
import { registerCadreAssessmentRecord } from './cadre-assessment-record.ts';
import { registerGradeDistribution } from './grade-distribution.ts';
import type { RoundTypeRefs } from './round-refs.ts';
import { registerUnitAssessmentResults } from './unit-assessment-results.ts';

/** 考核结果: a unit's, a cadre's over the years, and the grades by unit ("units see their own"). */
export function registerResults(
  ctx: PluginSchemaContext,
  rounds: Pick<RoundTypeRefs, 'AssessmentKind' | 'AssessmentGroup'>,
): void {
  const refs = registerAssessmentResult(ctx, rounds);
  registerCadreAssessmentRecord(ctx, refs);
  registerUnitAssessmentResults(ctx, refs);
  registerGradeDistribution(ctx);
}
