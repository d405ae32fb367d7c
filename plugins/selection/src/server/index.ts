import type { PluginSchemaContext } from '@cadre/core';
import { registerAppointment } from './appointment.ts';
import { registerCandidate } from './candidate.ts';
import { registerDecisionMeeting } from './decision-meeting.ts';
import { registerDeliberation } from './deliberation.ts';
import { registerInspection } from './inspection.ts';
import { registerProbation } from './probation.ts';
import { registerPublicity } from './publicity.ts';
import { registerRecommendation } from './recommendation.ts';
import { registerSelectionCase } from './selection-case.ts';
import { registerStatistics } from './statistics.ts';

export { selectionCityFigures } from './city-figures.ts';
export { selectionEventHandlers } from './event-handlers.ts';
export { fourMustEvidence } from './inspection.ts';
export { selectionFindings } from './integrity-findings.ts';
export { SELECTION_PERMISSION, SELECTION_PERMISSIONS } from './permissions.ts';
export { seedSelection } from './seed.ts';

/** The plugin's schema slice: one file per type, each with its queries and mutations. */
export function registerSelectionSchema(ctx: PluginSchemaContext): void {
  const cases = registerSelectionCase(ctx);
  const refs = { ...cases, ...registerCandidate(ctx, cases) };
  registerRecommendation(ctx, refs);
  registerInspection(ctx, refs);
  registerDeliberation(ctx, refs);
  registerDecisionMeeting(ctx, refs);
  registerPublicity(ctx, refs);
  registerAppointment(ctx, refs);
  registerProbation(ctx, refs);
  registerStatistics(ctx, refs);
}
