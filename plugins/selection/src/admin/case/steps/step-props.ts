import type { Schema } from '@cadre/ui';
import type { CaseDetail, DistrictSettings } from '../queries.ts';

/**
 * What every step's panel gets: the case as the page frame holds it. A panel reads its own
 * records with a query of its own (`queries.ts` beside it).
 */
export interface StepProps {
  selectionCase: CaseDetail;
  /** The case is at this step: its records may be made now (as the viewer's permissions allow). */
  open: boolean;
  /** The district's settings of the plugin. */
  district: DistrictSettings;
}

interface WithCandidates<C> {
  candidates: readonly C[];
}

/** The candidate of `id` in the case, for names in records that refer to one. */
export function candidateOf<C extends { id: string }>(
  selectionCase: WithCandidates<C>,
  id: string | undefined,
): C | undefined {
  return selectionCase.candidates.find((c) => c.id === id);
}

/** The candidates of the case in the given statuses, in the order they were put forward. */
export function candidatesIn<C extends { status: Schema.SelectionCandidateStatus }>(
  selectionCase: WithCandidates<C>,
  statuses: readonly Schema.SelectionCandidateStatus[],
): C[] {
  return selectionCase.candidates.filter((c) => statuses.includes(c.status));
}
