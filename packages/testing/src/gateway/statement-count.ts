import { afterAll, beforeAll } from 'vitest';
import {
  createUser,
  DEMO_DISTRICTS,
  insertDemoCity,
  planDemoCity,
  type CadrePlugin,
} from '@cadre/core';
import type { Database } from '@cadre/db';
import { startGateway, type Gateway } from '@cadre/gateway';
import { GraphQLClient } from '../graphql-client.ts';
import { createTestDatabase } from '../test-database.ts';
import { TEST_SECURITY } from './harness.ts';
import { TEST_PASSWORD } from './tenants.ts';

// A gateway whose database counts every SQL statement it is sent (`DatabaseOptions.onQuery`):
// for tests that hold a request to a constant number of statements, whatever its page size.

const FRAMING = /^\s*(BEGIN|COMMIT|ROLLBACK|SELECT set_config\('cadre\.district_id')/i;

export interface CountingGateway {
  db: Database;
  gateway: Gateway;
  /** Signed in to the demo city's full district (every plugin on), as a district admin. */
  client: GraphQLClient;
  anonymous: GraphQLClient;
  districtId: string;
  /** The statements sent while `work` ran, and what it answered. */
  counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

/**
 * The demo city with `cadres` cadres in its full district (posts, units, reserve pools and each
 * plugin's demo data), served by a real gateway over HTTP, for the test file.
 */
export function useCountingGateway(
  plugins: readonly CadrePlugin[],
  cadres: number,
): CountingGateway {
  const harness = {} as CountingGateway;
  let counting = false;
  let seen: string[] = [];
  let destroy: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const db = await createTestDatabase({
      // The statements themselves: a transaction's framing (BEGIN, naming the district, COMMIT)
      // is sent differently by each driver and is not what a nested list multiplies.
      onQuery: (sql) => {
        if (counting && !FRAMING.test(sql)) seen.push(sql);
      },
    });
    harness.db = db;
    destroy = () => db.destroy();
    const plan = planDemoCity({
      cadresPerDistrict: [cadres, 800],
      plugins: plugins.map((p) => p.id),
    });
    await insertDemoCity(harness.db, plan, plugins);
    const district = await harness.db.prisma.district.findUniqueOrThrow({
      where: { code: DEMO_DISTRICTS.full.code },
    });
    harness.districtId = district.id;
    await createUser(
      harness.db,
      { label: 'operator', userId: null },
      {
        districtCode: district.code,
        username: 'counted',
        displayName: '计数',
        password: TEST_PASSWORD,
        roleKeys: ['district-admin'],
      },
    );
    harness.gateway = await startGateway({
      db: harness.db,
      plugins,
      port: 0,
      security: TEST_SECURITY,
      eventDispatch: false,
    });
    harness.anonymous = new GraphQLClient(harness.gateway.url);
    harness.client = await harness.anonymous.login('counted', TEST_PASSWORD);
    harness.counted = async (work) => {
      seen = [];
      counting = true;
      try {
        const result = await work();
        return { result, statements: seen };
      } finally {
        counting = false;
      }
    };
  }, 300_000);
  afterAll(async () => {
    await harness.gateway?.close();
    await destroy();
  });
  return harness;
}
