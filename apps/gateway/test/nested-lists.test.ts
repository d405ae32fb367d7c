import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, QUERY_BUDGETS } from '@cadre/core';
import { useCountingGateway } from '@cadre/testing/gateway';
import { installedPlugins } from '../src/plugins.ts';

// Nested lists read in a constant number of statements, whatever the page size: every list field
// under a page is one batched read per request, and the cost budget prices the fan-out.

const h = useCountingGateway(installedPlugins, 1200);

/** The outside probe: ~80 bytes, once a thousand single-row transactions. */
const probe = (first: number) =>
  `{ cadres(first: ${first}) { edges { node { posts { title unit { name } } } } } }`;

/** Core's nested lists and objects under a page of cadres, each a batched read. */
const wide = (first: number) => `{ cadres(first: ${first}) { edges { node {
  id name
  unit { name parent { name } teams { name } quotaLines { level vacant } quotaAtRank(rank: LEADER_SECTION_DEPUTY) { vacant } }
  currentPost { title unit { name } }
  posts { title unit { name code } }
  grassRootsYears
  verifications { fact verifiedBy { username } }
  reservePoolEntries { source pool { name entryCount } cadre { name } }
} } } }`;

/** A page of cadres with their posts' units and those units' sub-units. */
const fanOutQuery = (first: number) => `{ cadres(first: ${first}) { edges { node { posts {
  title organization startedOn endedOn grassRoots unit { name code children { name code } } } } } } }`;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

async function statementsFor(query: string) {
  const { result, statements } = await h.counted(() => h.client.request(query));
  expect(result.errors).toBeUndefined();
  return statements.length;
}

describe('nested lists in constant statements', () => {
  it('answers the probe query at the page limit in as many statements as at 1 and 10', async () => {
    const counts = [
      await statementsFor(probe(1)),
      await statementsFor(probe(10)),
      await statementsFor(probe(MAX_PAGE_SIZE)),
    ];
    expect(counts[2]).toBe(counts[0]);
    expect(counts[1]).toBe(counts[0]);
    // Session, page, posts, their units: a handful, not one per row.
    expect(counts[0]).toBeLessThanOrEqual(12);
  });

  it('answers the probe correctly: each cadre’s posts, oldest first, with their units', async () => {
    const { cadres } = await h.client.data<{
      cadres: { edges: { node: { posts: { title: string; unit: { name: string } | null }[] } }[] };
    }>(probe(MAX_PAGE_SIZE));
    const { cadres: ids } = await h.client.data<{ cadres: { edges: { node: { id: string } }[] } }>(
      `{ cadres(first: ${MAX_PAGE_SIZE}) { edges { node { id } } } }`,
    );
    expect(cadres.edges).toHaveLength(MAX_PAGE_SIZE);
    const cadreIds = ids.edges.map((e) => Buffer.from(e.node.id, 'base64').toString().slice(6));
    const posts = await h.db.asOwner((tx) =>
      tx.cadrePost.findMany({
        where: { cadreId: { in: cadreIds } },
        include: { unit: { select: { name: true } } },
        orderBy: [{ startedOn: 'asc' }, { id: 'asc' }],
      }),
    );
    const expected = cadreIds.map((id) =>
      posts
        .filter((p) => p.cadreId === id)
        .map((p) => ({ title: p.title, unit: p.unit && { name: p.unit.name } })),
    );
    expect(cadres.edges.map((e) => e.node.posts)).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(MAX_PAGE_SIZE * 2);
    expect(expected.flat().some((p) => p.unit !== null)).toBe(true);
  });

  it('reads every nested list of a cadre page in the same statements at 50, 100 and the page limit', async () => {
    // A small page may lack some kinds of rows (no pool entry, so no pool to read); from fifty
    // cadres on, each kind is there, and more rows never add a statement.
    const one = await statementsFor(wide(1));
    const counts = [
      await statementsFor(wide(50)),
      await statementsFor(wide(100)),
      await statementsFor(wide(MAX_PAGE_SIZE)),
    ];
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    expect(one).toBeLessThanOrEqual(counts[0] ?? 0);
    expect(counts[0]).toBeLessThanOrEqual(32);
    expect(await statementsFor(wide(10))).toBeLessThanOrEqual(counts[0] ?? 0);
  });

  it('reads the unit tree level by level, not unit by unit', async () => {
    const tree = `{ units { name teams { name } quotaLines { level } children { name parent { name } } } }`;
    const { units } = await h.client.data<{ units: { children: unknown[] }[] }>(tree);
    expect(units.flatMap((u) => u.children).length).toBeGreaterThan(10);
    const once = await statementsFor(tree);
    // One read per level and kind, whatever the number of units on a level.
    expect(once).toBeLessThanOrEqual(20);
  });
});

describe('the cost budget prices nested lists by their fan-out', () => {
  it('serves the probe at the page limit within a session’s budget', async () => {
    const result = await h.client.request(probe(MAX_PAGE_SIZE));
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query that fans out past the budget before running it', async () => {
    // 200 cadres × 20 posts × (5 fields and a unit with 15 sub-units): about 152,000, past a
    // session's 100,000; it used to count as ten rows per list and pass.
    const fanOut = fanOutQuery(MAX_PAGE_SIZE);
    const baseline = await h.counted(() => h.client.request('{ __typename }'));
    const { result, statements } = await h.counted(() => h.client.request(fanOut));
    expect(codeOf(result)).toBe('CORE_QUERY_TOO_LARGE');
    expect(result.errors?.[0]?.message).toContain(String(QUERY_BUDGETS.session.complexity));
    expect(result.data ?? null).toBeNull();
    // Only the credential lookup ran: nothing of the query reached the database.
    expect(statements).toHaveLength(baseline.statements.length);
    expect(statements.join('\n')).not.toMatch(/cadre_post|core\.cadre\b/);
  });

  it('the same query at a smaller page fits', async () => {
    const { result, statements } = await h.counted(() => h.client.request(fanOutQuery(50)));
    expect(result.errors).toBeUndefined();
    expect(statements.length).toBeLessThanOrEqual(16);
  });
});
