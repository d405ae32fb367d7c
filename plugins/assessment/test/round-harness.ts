import {
  type GraphQLClient,
  coreWrites,
  mutate as mutateWith,
  type MutationResult as Result,
  refusedUnchanged,
} from '@cadre/testing';
import { useGateway, type Harness } from '@cadre/testing/gateway';
import { assessmentPlugin } from '../src/index.ts';

// Rounds over HTTP: a real gateway with the plugin on in district A and off in district B.

export { ok, transitionCase as transition } from '@cadre/testing';
export { staffOf } from '@cadre/testing/gateway';
export type { Harness };

export const useAssessmentGateway = () => useGateway([assessmentPlugin], {}, { a: ['assessment'] });

export interface SubjectScoreView {
  subject: { kind: string };
  score: number | null;
  scoredItems: number;
  complete: boolean;
}

export interface ParticipantView {
  id: string;
  complete: boolean;
  cadre: { id: string; name: string };
  evaluation: { score: number | null; weightUsed: number; missingSubjects: string[] };
  subjectScores: SubjectScoreView[];
}

export interface RoundView {
  id: string;
  title: string;
  stage: string;
  version: number;
  kind: string;
  group: string;
  year: number;
  excellentCapPercent: number;
  dailyWeight: number;
  unitResultWeight: number;
  periodStart: string | null;
  periodEnd: string | null;
  topic: string | null;
  scopeUnit: { id: string } | null;
  participantCount: number;
  subjects: {
    id: string;
    kind: string;
    weight: number;
    questionnaires: number | null;
    phoneCalls: number | null;
  }[];
  items: { id: string; name: string; weight: number }[];
  participants: ParticipantView[];
  workflowCase: { id: string };
}

export const ROUND = `id title stage version kind group year excellentCapPercent dailyWeight
  unitResultWeight periodStart periodEnd topic scopeUnit { id } participantCount
  subjects { id kind weight questionnaires phoneCalls }
  items { id name weight }
  participants(first: 200) { edges { node { id complete cadre { id name }
    evaluation { score weightUsed missingSubjects }
    subjectScores { subject { kind } score scoredItems complete } } } }
  workflowCase { id }`;

/** A round as the server answers it: its participants paged. */
type RoundAnswer = Omit<RoundView, 'participants'> & {
  participants: { edges: { node: ParticipantView }[] };
};

/** The round with the first page of its participants as a list (every test round fits one). */
const unpaged = (round: RoundAnswer): RoundView => ({
  ...round,
  participants: round.participants.edges.map((e) => e.node),
});

export type MutationResult = Result<RoundView>;

/** Runs a mutation answering a round (`name(args)`) and returns its typed result. */
export async function mutate(
  client: GraphQLClient,
  name: string,
  signature: string,
  args: string,
  variables: Record<string, unknown>,
): Promise<MutationResult> {
  const result = await mutateWith<RoundAnswer>(client, name, signature, args, ROUND, variables);
  return { ...result, data: result.data && unpaged(result.data) };
}

/** The round's mutations, as the admin pages send them. */
export const roundSteps = (client: GraphQLClient) => ({
  open: (input: Record<string, unknown>) =>
    mutate(client, 'openAssessmentRound', '$input: OpenAssessmentRoundInput!', 'input: $input', {
      input,
    }),
  setSubjects: (roundId: string, subjects: { kind: string; weight: number; note?: string }[]) =>
    mutate(
      client,
      'setEvaluationSubjects',
      '$r: ID!, $s: [EvaluationSubjectInput!]!',
      'roundId: $r, subjects: $s',
      { r: roundId, s: subjects },
    ),
  setItems: (roundId: string, items: { name: string; weight: number }[]) =>
    mutate(
      client,
      'setEvaluationItems',
      '$r: ID!, $i: [EvaluationItemInput!]!',
      'roundId: $r, items: $i',
      { r: roundId, i: items },
    ),
  add: (roundId: string, cadreIds: string[]) =>
    mutate(client, 'addRoundParticipants', '$r: ID!, $c: [ID!]!', 'roundId: $r, cadreIds: $c', {
      r: roundId,
      c: cadreIds,
    }),
  remove: (participantId: string) =>
    mutate(client, 'removeRoundParticipant', '$p: ID!', 'participantId: $p', { p: participantId }),
  survey: (roundId: string, questionnaires: number, phoneCalls: number) =>
    mutate(
      client,
      'recordSatisfactionSurvey',
      '$r: ID!, $q: Int!, $p: Int!',
      'roundId: $r, questionnaires: $q, phoneCalls: $p, note: "第三方测评"',
      { r: roundId, q: questionnaires, p: phoneCalls },
    ),
  score: (
    roundId: string,
    subject: string,
    scores: { participantId: string; itemId: string; score: number }[],
  ) =>
    mutate(
      client,
      'recordEvaluationScores',
      '$r: ID!, $s: EvaluationSubjectKind!, $x: [EvaluationScoreInput!]!',
      'roundId: $r, subject: $s, scores: $x',
      { r: roundId, s: subject, x: scores },
    ),
});

export async function readRound(client: GraphQLClient, id: string): Promise<RoundView> {
  const { assessmentRound } = await client.data<{ assessmentRound: RoundAnswer | null }>(
    `query ($id: ID!) { assessmentRound(id: $id) { ${ROUND} } }`,
    { id },
  );
  if (!assessmentRound) throw new Error(`round ${id} not found`);
  return unpaged(assessmentRound);
}

/** Everything a refused write to a round could have written; a refusal leaves all of it so. */
export function writes(h: Harness) {
  return h.db.asOwner(async (tx) => {
    const all = { orderBy: { id: 'asc' as const } };
    return {
      ...(await coreWrites(tx)),
      rounds: await tx.assessmentRound.findMany(all),
      subjects: await tx.evaluationSubject.findMany(all),
      items: await tx.evaluationItem.findMany(all),
      participants: await tx.roundParticipant.findMany(all),
      scores: await tx.evaluationScore.findMany(all),
    };
  });
}

/** Expects `attempt` to be refused with `code` and to have written nothing at all. */
export const refusedWithoutWrites = <T extends { __typename: string; code?: string }>(
  h: Harness,
  code: string,
  attempt: () => Promise<T>,
): Promise<T> => refusedUnchanged(() => writes(h), code, attempt);
