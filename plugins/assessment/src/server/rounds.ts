import type { PluginSchemaContext } from '@cadre/core';
import { registerAssessmentRound } from './assessment-round.ts';
import { registerEvaluationItem } from './evaluation-item.ts';
import { registerEvaluationScore } from './evaluation-score.ts';
import { registerEvaluationSubject } from './evaluation-subject.ts';
import { registerRoundParticipant } from './round-participant.ts';
import type { RoundRefs } from './round-refs.ts';

/** 年度、专项、任期考核: the round and its subjects, items, participants and scores. */
export function registerRounds(ctx: PluginSchemaContext): RoundRefs {
  const round = registerAssessmentRound(ctx);
  const setup = {
    ...round,
    ...registerEvaluationSubject(ctx, round),
    ...registerEvaluationItem(ctx, round),
  };
  const refs = { ...setup, ...registerRoundParticipant(ctx, setup) };
  registerEvaluationScore(ctx, refs);
  return refs;
}
