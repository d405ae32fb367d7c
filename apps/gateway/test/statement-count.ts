import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import {
  createUser,
  DEFAULT_SECURITY_POLICY,
  DEMO_DISTRICTS,
  insertDemoCity,
  planDemoCity,
  type CadrePlugin,
} from '@cadre/core';
import { type Database, migrate, openDatabase } from '@cadre/db';
import { GraphQLClient, testDatabaseKind } from '@cadre/testing';
import { startGateway, type Gateway } from '../src/gateway.ts';
import { TEST_PASSWORD } from './tenants.ts';

// A gateway whose database counts every SQL statement it is sent (`DatabaseOptions.onQuery`):
// for tests that hold a request to a constant number of statements, whatever its page size.

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

/** A migrated database of its own that reports each statement to `onQuery`. */
async function countingDatabase(onQuery: (sql: string) => void) {
  if (testDatabaseKind() === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { onQuery });
    return { db, destroy: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('CADRE_TEST_DATABASE=postgres needs TEST_DATABASE_URL');
  const name = `cadre_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 5 }, { onQuery });
  return {
    db,
    destroy: async () => {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
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
    const opened = await countingDatabase((sql) => {
      if (counting) seen.push(sql);
    });
    harness.db = opened.db;
    destroy = opened.destroy;
    await harness.db.withChannel((c) => migrate(c));
    await insertDemoCity(harness.db, planDemoCity({ cadresPerDistrict: [cadres, 800] }), plugins);
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
      // Administrators without a second factor, as in the other feature tests (harness.ts).
      security: {
        ...DEFAULT_SECURITY_POLICY,
        adminSecondFactor: false,
        loginClientLimitPerMinute: 10_000,
        loginGlobalLimitPerMinute: 10_000,
      },
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
