import { defineWorkflow, type GuardRefusal, type Label } from '@cadre/core';
import type {
  AssessmentRound,
  EvaluationItem,
  EvaluationSubject,
  RoundParticipant,
} from '@cadre/db/client';
import { conclusionRefusal } from './domain/allocation.ts';
import { ITEMS_LABEL, SUBJECT_LABELS, SUBJECTS_LABEL } from './domain/round-setup.ts';
import { scoredCompletely, someNames } from './domain/score-sheet.ts';
import { weightProblems } from './domain/weights.ts';
import { ASSESSMENT_PERMISSION as P } from './server/permissions.ts';
import { loadRoundFacts } from './server/round-facts.ts';
import { ROUND_CASE_TYPE, ROUND_STAGE_LABELS, type RoundStage } from './server/stages.ts';

// 考核的流程: 准备 (subjects, items, participants) → 测评打分 → 确定等次 → 结果运用. Each step's
// guard reads facts from the database (never from the client) and calls the plugin's domain
// rules; a refusal names its rule with an `ASSESSMENT_*` code.

type State = RoundStage | 'WITHDRAWN';

/** Everything the guards judge, read in the transition's transaction. */
export interface RoundFacts {
  round: AssessmentRound;
  subjects: Pick<EvaluationSubject, 'id' | 'kind' | 'weight'>[];
  items: Pick<EvaluationItem, 'id' | 'name' | 'weight'>[];
  /** In the registry's order, with the cadre's name. */
  participants: (Pick<RoundParticipant, 'id' | 'cadreId' | 'grade'> & { name: string })[];
  /** Items scored, per participant and subject (only pairs with at least one score). */
  scoreCounts: { participantId: string; subjectId: string; count: number }[];
}

const refuse = (code: string, zh: string, en: string): GuardRefusal => ({ code, zh, en });

const joined = (problems: readonly Label[]) => ({
  zh: problems.map((p) => p.zh).join('；'),
  en: problems.map((p) => p.en).join('; '),
});

/** Seed 004's weight coefficients: subjects and items each sum to 100%. */
function weightsValid(facts: RoundFacts): GuardRefusal | null {
  const problems = [
    ...weightProblems(
      facts.subjects.map((s) => ({ label: SUBJECT_LABELS[s.kind], weight: s.weight })),
      SUBJECTS_LABEL,
    ),
    ...weightProblems(
      facts.items.map((i) => ({ label: { zh: i.name, en: i.name }, weight: i.weight })),
      ITEMS_LABEL,
    ),
  ];
  if (problems.length === 0) return null;
  const text = joined(problems);
  return refuse('ASSESSMENT_WEIGHTS', text.zh, text.en);
}

function participantsListed(facts: RoundFacts): GuardRefusal | null {
  return facts.participants.length > 0
    ? null
    : refuse('ASSESSMENT_NO_PARTICIPANTS', '尚未确定考核对象', 'No one is assessed in the round');
}

/** Every participant scored on every item by at least one subject. */
function scoringDone(facts: RoundFacts): GuardRefusal | null {
  const scored = new Map<string, number[]>();
  for (const { participantId, count } of facts.scoreCounts) {
    scored.set(participantId, [...(scored.get(participantId) ?? []), count]);
  }
  const missing = facts.participants.filter(
    (p) => !scoredCompletely(facts.items.length, scored.get(p.id) ?? []),
  );
  if (missing.length === 0) return null;
  const names = someNames(missing.map((p) => p.name));
  return refuse(
    'ASSESSMENT_SCORES_MISSING',
    `尚未完成测评打分（至少一个评价主体对全部评价要素打分）：${names.zh}`,
    `Not yet scored on every item by at least one evaluation subject: ${names.en}`,
  );
}

/**
 * 定档 writes the grades to the archive: only `concludeAssessmentRound` does, recording the day
 * first; core's generic step alone would move the round without them.
 */
function concludedThroughRound(facts: RoundFacts): GuardRefusal | null {
  return facts.round.concludedOn
    ? null
    : refuse(
        'ASSESSMENT_CONCLUDE_THROUGH_ROUND',
        '请通过“等次定档”办理，考核等次将同时记入干部档案',
        'Conclude through the round’s conclusion, which writes the grades to the archive',
      );
}

const firstOf = (...checks: (() => GuardRefusal | null)[]) => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
};

export const roundWorkflow = defineWorkflow<State, string, RoundFacts>({
  caseType: ROUND_CASE_TYPE,
  label: { zh: '考核', en: 'Assessment round' },
  initial: 'PREPARATION',
  states: ROUND_STAGE_LABELS,
  transitions: {
    'start-scoring': {
      from: ['PREPARATION'],
      to: 'SCORING',
      permission: P.score,
      label: { zh: '开始测评打分', en: 'Start scoring' },
      guard: (facts) =>
        firstOf(
          () => weightsValid(facts),
          () => participantsListed(facts),
        ),
    },
    'start-allocation': {
      from: ['SCORING'],
      to: 'ALLOCATION',
      permission: P.allocate,
      label: { zh: '测评结束，确定等次', en: 'Close scoring and allocate grades' },
      guard: scoringDone,
    },
    conclude: {
      from: ['ALLOCATION'],
      to: 'CONCLUDED',
      permission: P.conclude,
      label: { zh: '等次定档，运用结果', en: 'Conclude the round' },
      guard: (facts) =>
        firstOf(
          () => conclusionRefusal(facts.participants, facts.round.excellentCapPercent),
          () => concludedThroughRound(facts),
        ),
    },
    withdraw: {
      from: ['PREPARATION', 'SCORING', 'ALLOCATION'],
      to: 'WITHDRAWN',
      permission: P.openRound,
      label: { zh: '终止考核', en: 'Withdraw the round' },
      requiresReason: true,
    },
  },
  loadFacts: loadRoundFacts,
});
