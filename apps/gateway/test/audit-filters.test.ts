import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit } from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// The audit page filters the trail by action, actor and time in the database, page by page.

const h = useGateway(testPlugins);
let clerkId: string;
let betweenWrites: string;

const RECORDS = `query ($operation: String, $actor: String, $since: DateTime, $until: DateTime,
    $first: Int, $after: String) {
  auditRecords(operation: $operation, actor: $actor, since: $since, until: $until,
      first: $first, after: $after) {
    edges { node { operation actor targetType at } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  edges: { node: { operation: string; actor: string; targetType: string; at: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const records = async (variables: Record<string, unknown>) =>
  (await h.a.data<{ auditRecords: Page }>(RECORDS, variables)).auditRecords;

beforeAll(async () => {
  await createUnit(h.a, { code: 'FLT-1', name: '筛选单位一' });
  // A clerk of the same district writes too, so the actor filter has someone to leave out.
  const clerk = await staffWith(h, 'clerk.f', ['core.unit.write', 'core.unit.read']);
  await createUnit(clerk, { code: 'FLT-2', name: '筛选单位二' });
  const { me } = await clerk.data<{ me: { id: string } }>('{ me { id } }');
  clerkId = Buffer.from(me.id, 'base64').toString().split(':')[1] ?? '';
  betweenWrites = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await createUnit(h.a, { code: 'FLT-3', name: '筛选单位三' });
});

describe('audit trail filters', () => {
  it('keeps the operations that start with the given text', async () => {
    const page = await records({ operation: 'unit.', first: 50 });
    expect(page.edges.map((e) => e.node.operation)).toEqual([
      'unit.create',
      'unit.create',
      'unit.create',
    ]);
    const exact = await records({ operation: 'unit.create', first: 50 });
    expect(exact.edges).toHaveLength(3);
    expect((await records({ operation: 'nothing.', first: 50 })).edges).toEqual([]);
  });

  it('keeps one actor', async () => {
    const page = await records({ actor: `user:${clerkId}`, first: 50 });
    // Newest first: the unit the clerk created, then the clerk's sign-in.
    expect(page.edges.map((e) => [e.node.operation, e.node.actor])).toEqual([
      ['unit.create', `user:${clerkId}`],
      ['session.start', `user:${clerkId}`],
    ]);
  });

  it('keeps a time window: since is inclusive, until exclusive', async () => {
    const after = await records({ operation: 'unit.', since: betweenWrites, first: 50 });
    expect(after.edges).toHaveLength(1);
    const before = await records({ operation: 'unit.', until: betweenWrites, first: 50 });
    expect(before.edges).toHaveLength(2);
  });

  it('pages through a filtered trail', async () => {
    const first = await records({ operation: 'unit.', first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await records({ operation: 'unit.', first: 2, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
