import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '@cadre/core';
import { useCountingGateway } from '@cadre/testing/gateway';
import { selectionPlugin } from '../src/index.ts';

// The plugin's nested lists read in a constant number of statements, whatever the page size:
// a page of cases with their candidates, rounds, meetings, votes and records, and the profile
// section's cases under a page of cadres.

const h = useCountingGateway([selectionPlugin], 1200);

const CASE = `title stage closed unit { name } deliberationBlockers teamProblems
  workflowCase { state history { transition actorName } integrityChecks { blocking } }
  candidates { status inReservePool cadre { name } eligibility { rule } fourMusts { must }
    missingFourMusts evaluation { conclusion } appointment { talkBy } probation { endsOn }
    threeCombinations { meeting { total round { heldOn } } talk { total } signed { recommender }
      recentGrades { year grade } } }
  rounds { heldOn ballots { count } tally { participants candidates { total candidate { status } } } }
  signedRecommendations { recommender candidate { status } }
  inspection { plan preAnnouncementProblems }
  teamMembers { name }
  opinions { agrees candidate { status } }
  reports { verified candidate { status } }
  meetings { heldOn quorum votes { inFavour passed candidate { cadre { name } } } }
  publicity { status workingDays }
  objections { status candidate { status } }
  appointments { effectiveOn candidate { status } }
  probations { result candidate { status } }`;

const cases = (first: number) =>
  `{ selectionCases(first: ${first}) { totalCount edges { node { ${CASE} } } } }`;

const profiles = (first: number) => `{ cadres(first: ${first}) { edges { node { name
  selectionCases { title stage unit { name } candidates { status cadre { name } } } } } } }`;

async function statementsFor(query: string) {
  const { result, statements } = await h.counted(() => h.client.request(query));
  expect(result.errors).toBeUndefined();
  return { statements: statements.length, data: result.data };
}

describe('selection’s nested lists in constant statements', () => {
  it('reads a page of cases with every nested list in the same statements at any size', async () => {
    const { selectionCases } = await h.client.data<{ selectionCases: { totalCount: number } }>(
      '{ selectionCases { totalCount } }',
    );
    const total = selectionCases.totalCount;
    expect(total).toBeGreaterThan(10);
    // Every case of the district in one page (the whole page fits a session's budget).
    const all = await statementsFor(cases(total));
    const ten = await statementsFor(cases(11));
    const one = await statementsFor(cases(1));
    // From eleven cases on every kind of row is there (all the demo's stages, newest first, down
    // to the one on probation), and more cases add no statement; fewer may lack some kinds (no
    // meeting yet, so no votes to read): never more.
    expect(ten.statements).toBe(all.statements);
    expect(one.statements).toBeLessThanOrEqual(ten.statements);
    const half = await statementsFor(cases(Math.ceil(total / 2)));
    // One read per kind of row (about forty kinds here), not one per case or candidate.
    expect(all.statements).toBeLessThanOrEqual(150);
    expect(half.statements).toBeLessThanOrEqual(all.statements);
  });

  it('reads the cases of a page of cadres in the same statements at 10 and the page limit', async () => {
    const counts = [
      (await statementsFor(profiles(MAX_PAGE_SIZE))).statements,
      (await statementsFor(profiles(100))).statements,
    ];
    expect(counts[1]).toBe(counts[0]);
    expect((await statementsFor(profiles(10))).statements).toBeLessThanOrEqual(counts[0] ?? 0);
    expect(counts[0]).toBeLessThanOrEqual(20);
  });

  it('answers a page as each case answers alone', async () => {
    const page = (
      await h.client.data<{
        selectionCases: { edges: { node: { id: string } & Record<string, unknown> }[] };
      }>(`{ selectionCases(first: 5) { edges { node { id ${CASE} } } } }`)
    ).selectionCases.edges;
    for (const { node } of page) {
      const { selectionCase } = await h.client.data<{ selectionCase: Record<string, unknown> }>(
        `query ($id: ID!) { selectionCase(id: $id) { id ${CASE} } }`,
        { id: node.id },
      );
      expect(selectionCase).toEqual(node);
    }
  });
});
