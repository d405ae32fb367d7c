import { useCountingGateway } from '@cadre/testing/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentPlugin } from '../src/index.ts';
import { ok, roundSteps, transition } from './round-harness.ts';

// The round page's nested lists read in a constant number of statements, whatever the number of
// rounds and participants: subjects, items, participants with their cadre and unit, every
// participant's scores by subject and item, and the computed scores.

const h = useCountingGateway([assessmentPlugin], 300);
// A year of its own, apart from any demo rounds.
const YEAR = 2031;

const ROUND = `title stage version closed kindLabel groupLabel scopeUnit { name }
  workflowCase { state history { transition actorName } }
  subjects { kind weight } satisfactionSurvey { questionnaires phoneCalls }
  items { name weight }
  participants(first: 20) { edges { node { cadre { name } unit { name } complete total grade
    evaluation { score weightUsed missingSubjects }
    subjectScores { subject { kind } score scoredItems complete itemScores { item { name } score } } } } }`;

const rounds = (first: number) =>
  `{ assessmentRounds(year: ${YEAR}, first: ${first}) { edges { node { id ${ROUND} } } } }`;

async function statementsFor(query: string) {
  const { result, statements } = await h.counted(() => h.client.request(query));
  expect(result.errors).toBeUndefined();
  return statements.length;
}

beforeAll(async () => {
  const steps = roundSteps(h.client);
  const open = (group: string) =>
    steps.open({ kind: 'ANNUAL', group, year: YEAR, title: `${YEAR}年度考核` }).then(ok);
  // Three rounds scoring, every participant scored by two subjects on every item, one not.
  for (const group of ['LEADERS', 'CIVIL_SERVANTS', 'PUBLIC_INSTITUTIONS']) {
    const round = await open(group);
    expect(round.participants.length).toBeGreaterThan(0);
    expect(await transition(h.client, round, 'start-scoring')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
    for (const [subject, score] of [
      [round.subjects[0]?.kind, 90],
      [round.subjects[1]?.kind, 80],
    ] as const) {
      const scores = round.participants.flatMap((p) =>
        round.items.map((item) => ({ participantId: p.id, itemId: item.id, score })),
      );
      ok(await steps.score(round.id, subject ?? '', scores));
    }
  }
  await steps.open({
    kind: 'SPECIAL',
    group: 'LEADERS',
    year: YEAR,
    title: '专项考核',
    topic: '招商引资',
    periodStart: `${YEAR}-01-01`,
    periodEnd: `${YEAR}-06-30`,
  });
}, 300_000);

describe('a round page’s nested lists in constant statements', () => {
  it('reads one round and a page of rounds in the same statements', async () => {
    const one = await statementsFor(rounds(1));
    const all = await statementsFor(rounds(4));
    expect(await statementsFor(rounds(2))).toBe(all);
    expect(one).toBeLessThanOrEqual(all);
    // One read per kind of row (about a dozen, each with its commit on PGlite), not one per
    // round, participant or score.
    expect(all).toBeLessThanOrEqual(24);
  });

  it('answers a page as each round answers alone', async () => {
    const page = (
      await h.client.data<{
        assessmentRounds: { edges: { node: { id: string } & Record<string, unknown> }[] };
      }>(rounds(4))
    ).assessmentRounds.edges;
    expect(page).toHaveLength(4);
    for (const { node } of page) {
      const { assessmentRound } = await h.client.data<{ assessmentRound: unknown }>(
        `query ($id: ID!) { assessmentRound(id: $id) { id ${ROUND} } }`,
        { id: node.id },
      );
      expect(assessmentRound).toEqual(node);
    }
  });
});
