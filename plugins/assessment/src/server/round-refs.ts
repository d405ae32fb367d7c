import type { registerAssessmentRound } from './assessment-round.ts';
import type { registerEvaluationItem } from './evaluation-item.ts';
import type { registerEvaluationSubject } from './evaluation-subject.ts';
import type { registerRoundParticipant } from './round-participant.ts';

// The round's types that its other files (and the allocation's) add fields to and take ids of,
// in the order they are registered: each file takes the refs registered before it.

export type RoundTypeRefs = ReturnType<typeof registerAssessmentRound>;
export type RoundSetupRefs = RoundTypeRefs &
  ReturnType<typeof registerEvaluationSubject> &
  ReturnType<typeof registerEvaluationItem>;
export type RoundRefs = RoundSetupRefs & ReturnType<typeof registerRoundParticipant>;
