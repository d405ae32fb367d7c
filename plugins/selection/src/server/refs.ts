import type { registerCandidate } from './candidate.ts';
import type { registerSelectionCase } from './selection-case.ts';

/** The plugin's own types that its other files add fields to and take ids of. */
export type SelectionRefs = ReturnType<typeof registerSelectionCase> &
  ReturnType<typeof registerCandidate>;
