import { hasQuorum, passes } from '../../../rules.ts';

// Figures the vote entry shows beside the rules' verdicts. They are found by asking the rules
// themselves (the fewest members present that `hasQuorum` accepts …), so the page carries no
// second copy of the regulation's arithmetic.

const smallest = (upTo: number, holds: (n: number) => boolean): number | null => {
  for (let n = 0; n <= upTo; n += 1) if (holds(n)) return n;
  return null;
};

/** The fewest members present for the meeting to decide. */
export const quorumNeeded = (shouldAttend: number) =>
  smallest(shouldAttend, (present) => hasQuorum({ shouldAttend, present }));

/** The fewest votes in favour for a candidate to pass. */
export const votesNeeded = (shouldAttend: number) =>
  smallest(shouldAttend, (inFavour) => passes({ shouldAttend, inFavour }));
