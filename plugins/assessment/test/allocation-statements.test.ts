import { useCountingGateway } from '@cadre/testing/gateway';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentPlugin } from '../src/index.ts';
import { ok, roundSteps, type RoundView, transition } from './round-harness.ts';

// 确定等次 reads and writes a round in a fixed number of statements, whatever the group's size:
// the demo district's civil servants and its public-institution staff differ in number, not in
// the statements their allocation sends.

const h = useCountingGateway([assessmentPlugin], 300);
// A year of its own, apart from any demo rounds.
const YEAR = 2032;

const rounds: RoundView[] = [];

beforeAll(async () => {
  const steps = roundSteps(h.client);
  for (const group of ['CIVIL_SERVANTS', 'PUBLIC_INSTITUTIONS']) {
    const round = ok(
      await steps.open({ kind: 'ANNUAL', group, year: YEAR, title: `${YEAR}年度考核` }),
    );
    await transition(h.client, round, 'start-scoring');
    const scores = round.participants.flatMap((p, i) =>
      round.items.map((item) => ({ participantId: p.id, itemId: item.id, score: 60 + (i % 40) })),
    );
    ok(await steps.score(round.id, 'SUPERIOR', scores));
    const scoring = { ...round, version: round.version + 1 };
    await transition(h.client, scoring, 'start-allocation');
    rounds.push(round);
  }
}, 300_000);

const allocate = (roundId: string) =>
  h.counted(() =>
    h.client.data<{ allocateAssessmentGrades: { __typename: string } }>(
      `mutation ($r: ID!) { allocateAssessmentGrades(roundId: $r) { __typename } }`,
      { r: roundId },
    ),
  );

describe('allocateAssessmentGrades', () => {
  it('sends the same statements for groups of different sizes', async () => {
    const [small, large] = [...rounds].sort(
      (a, b) => a.participants.length - b.participants.length,
    );
    if (!small || !large) throw new Error('two rounds expected');
    expect(small.participants.length).toBeGreaterThan(0);
    expect(large.participants.length).toBeGreaterThan(small.participants.length);
    const few = await allocate(small.id);
    const many = await allocate(large.id);
    expect(few.result.allocateAssessmentGrades.__typename).toMatch(/Success$/);
    expect(many.result.allocateAssessmentGrades.__typename).toMatch(/Success$/);
    expect(many.statements.length).toBe(few.statements.length);
  });
});
