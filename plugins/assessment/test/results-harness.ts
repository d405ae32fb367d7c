import { type GraphQLClient, mutate, successType } from '@cadre/testing';
import { expect } from 'vitest';
import { ok, readRound, roundSteps, transition } from './round-harness.ts';

// Results need concluded rounds: these take one from its opening to 定档 over HTTP, as the pages do.

/** Runs a mutation (`name(args)`) that must succeed; a refusal fails the test with its words. */
export async function succeed(
  client: GraphQLClient,
  name: string,
  signature: string,
  args: string,
  variables: Record<string, unknown>,
): Promise<void> {
  const result = await mutate(client, name, signature, args, '__typename', variables);
  expect(result.__typename, JSON.stringify(result)).toBe(successType(name));
}

/**
 * Opens a round with `input`, has the superiors score each participant `scores[name]` on every
 * item, allocates the grades and concludes it; answers the round's id.
 */
export async function concludedRound(
  client: GraphQLClient,
  input: Record<string, unknown>,
  scores: Record<string, number>,
): Promise<string> {
  const steps = roundSteps(client);
  const round = ok(await steps.open(input));
  const moved = { __typename: 'MutationTransitionCaseSuccess' };
  expect(await transition(client, round, 'start-scoring')).toMatchObject(moved);
  const rows = round.participants.flatMap((p) =>
    round.items.map((item) => ({
      participantId: p.id,
      itemId: item.id,
      score: scores[p.cadre.name] ?? expect.unreachable(p.cadre.name),
    })),
  );
  ok(await steps.score(round.id, 'SUPERIOR', rows));
  expect(
    await transition(client, await readRound(client, round.id), 'start-allocation'),
  ).toMatchObject(moved);
  await succeed(client, 'allocateAssessmentGrades', '$r: ID!', 'roundId: $r', { r: round.id });
  const { version } = await readRound(client, round.id);
  await succeed(
    client,
    'concludeAssessmentRound',
    '$r: ID!, $v: Int!',
    'roundId: $r, expectedVersion: $v',
    { r: round.id, v: version },
  );
  return round.id;
}
