import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@cadre/db';
import { defined, GraphQLClient } from '@cadre/testing';
import { awayFromMinuteBoundary, useGateway } from '@cadre/testing/gateway';
import { startGateway, type Gateway } from '../src/gateway.ts';
import { testPlugins } from './fixtures/test-plugins.ts';

// Two gateways over one database, as two processes behind a load balancer: whatever one of them
// decides about a credential, the other knows at the next request (nothing is cached in memory).

const h = useGateway(testPlugins);
let second: { db: Database; gateway: Gateway };

beforeAll(async () => {
  // On PostgreSQL the second gateway has its own pool, as another process would; PGlite is one
  // in-process database, so both gateways share it.
  const db = h.db.target.kind === 'postgres' ? await openDatabase(h.db.target) : h.db;
  second = { db, gateway: await startGateway({ db, plugins: testPlugins, port: 0 }) };
});
afterAll(async () => {
  await second.gateway.close();
  if (second.db !== h.db) await second.db.close();
});

const viaSecond = (client: GraphQLClient) => new GraphQLClient(second.gateway.url, client.options);

describe('two gateways, one database', () => {
  it('ends a session everywhere at logout', async () => {
    const session = await h.anonymous.login('staff.a', 'Test-password-2026');
    expect(await viaSecond(session).data('{ district { code } }')).toEqual({
      district: { code: 'D01' },
    });
    await session.data('mutation { logout { __typename } }');
    const after = await viaSecond(session).request('{ district { code } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('CORE_UNAUTHENTICATED');
  });

  it('counts a key’s requests across both and honours a revocation made on the other', async () => {
    const created = await h.a.data<{
      createApiKey: { data?: { secret: string; apiKey: { id: string } } };
    }>(
      `mutation { createApiKey(input: { name: "双实例", permissions: ["core.unit.read"],
        rateLimitPerMinute: 4 }) { ... on MutationCreateApiKeySuccess { data { secret apiKey { id } } } } }`,
    );
    const { secret, apiKey } = defined(created.createApiKey.data);
    const first = new GraphQLClient(h.gateway.url).withToken(secret);
    const other = viaSecond(first);
    await awayFromMinuteBoundary();
    const statuses = [];
    for (const client of [first, other, first, other, other]) {
      statuses.push((await client.request('{ district { code } }')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);

    await h.a.data(`mutation ($id: ID!) { revokeApiKey(id: $id) { __typename } }`, {
      id: apiKey.id,
    });
    expect((await other.request('{ district { code } }')).status).toBe(401);
  });
});
