import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_SECURITY_POLICY, type CadrePlugin, type SecurityPolicy } from '@cadre/core';
import { startGateway, type Gateway } from '@cadre/gateway';
import { GraphQLClient } from '../graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../test-database.ts';
import { createTestTenants, TEST_PASSWORD, type TestTenant } from './tenants.ts';

export interface Harness {
  db: TestDatabase;
  gateway: Gateway;
  anonymous: GraphQLClient;
  /** Signed in to district A (by default every plugin given enabled) and B (by default none). */
  a: GraphQLClient;
  b: GraphQLClient;
  tenants: { a: TestTenant; b: TestTenant };
}

/**
 * Login rules for tests of other features: they sign in often from one address, and administrators
 * without a second factor. The gateway's login tests pass the production rules.
 */
export const TEST_SECURITY: SecurityPolicy = {
  ...DEFAULT_SECURITY_POLICY,
  adminSecondFactor: false,
  loginClientLimitPerMinute: 10_000,
  loginGlobalLimitPerMinute: 10_000,
};

/**
 * A real gateway over HTTP on a fresh database for the test file, serving `plugins`, with two
 * districts and a signed-in client for each. Call at the top of a test file; fields are set before
 * the tests run. `enabled` names the plugins each district switches on (by default all in A).
 */
export function useGateway(
  plugins: readonly CadrePlugin[],
  security: Partial<SecurityPolicy> = {},
  enabled: { a?: string[]; b?: string[] } = { a: plugins.map((p) => p.id) },
): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.db = await createTestDatabase();
    harness.tenants = await createTestTenants(harness.db, plugins, enabled);
    harness.gateway = await startGateway({
      db: harness.db,
      plugins,
      port: 0,
      security: { ...TEST_SECURITY, ...security },
      // Tests deliver events themselves, so they see each step.
      eventDispatch: false,
    });
    harness.anonymous = new GraphQLClient(harness.gateway.url);
    harness.a = await harness.anonymous.login(harness.tenants.a.username, TEST_PASSWORD);
    harness.b = await harness.anonymous.login(harness.tenants.b.username, TEST_PASSWORD);
  });
  afterAll(async () => {
    await harness.gateway?.close();
    await harness.db?.destroy();
  });
  return harness;
}

/**
 * Waits out the last seconds of a minute, so a test that counts requests per minute does not see
 * the window turn over half-way (its requests take well under five seconds).
 */
export async function awayFromMinuteBoundary(): Promise<void> {
  const seconds = new Date().getUTCSeconds();
  if (seconds > 55) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
}

/** How many audit records exist: a failed mutation must not add any. */
export function auditCount(h: Harness): Promise<number> {
  return h.db.asOwner((tx) => tx.auditRecord.count());
}
