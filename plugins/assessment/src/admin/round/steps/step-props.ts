import type { RoundDetail } from '../queries.ts';

/**
 * What every stage's panel gets: the round as the page frame holds it. A panel reads its own
 * records with a query of its own (`queries.ts` beside it).
 */
export interface StepProps {
  round: RoundDetail;
  /** The round is at this stage: its records may be made now (as the viewer's permissions allow). */
  open: boolean;
}
