import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Database } from '@cadre/db';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** Which database this test run uses: `CADRE_TEST_DATABASE`, PGlite unless it says postgres. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.CADRE_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /** Closes the connections and removes the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * PostgreSQL server of `TEST_DATABASE_URL`, dropped again by `destroy`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await db.withChannel((c) => migrate(c));
    return Object.assign(db, { destroy: () => db.close() });
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('CADRE_TEST_DATABASE=postgres needs TEST_DATABASE_URL');
  const name = `cadre_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await db.withChannel((c) => migrate(c));
  return Object.assign(db, {
    destroy: async () => {
      await db.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
