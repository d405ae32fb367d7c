import type { RequestContext } from '@cadre/core';
import { readReach, type UnitReach } from './daily-access.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';

// "Units see their own results": whoever reads the rounds reads every unit's results; a unit's
// assessor (`own-unit.read`) those of the own unit, narrowed as the daily assessment narrows them
// (`daily.read` widens to every unit there, so here too).

/** Either key: the rounds', or a unit assessor's for the own unit (narrowed in the resolver). */
export const RESULTS_READ = {
  $any: { permission: P.readRounds, $all: { permission: P.readOwnUnit } },
};

/** The units whose results the viewer reads. */
export async function resultsReach(ctx: RequestContext): Promise<UnitReach> {
  return ctx.permissions.has(P.readRounds) ? { all: true } : readReach(ctx);
}
