import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  APPLICATION_ROLE,
  type Database,
  type DatabaseOptions,
  migrate,
  openDatabase,
  readMigrations,
} from '@cadre/db';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** Which database this test run uses: `CADRE_TEST_DATABASE`, PGlite unless it says postgres. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.CADRE_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /**
   * Runs one statement as a database superuser, behind the application's back: what tests of
   * tampering need (the owner, like the application, cannot change the audit trail).
   */
  asSuperuser<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Closes the connections and removes the database. */
  destroy(): Promise<void>;
}

/**
 * The environment a `cadre` process needs to work on this test database (PostgreSQL): the runtime
 * login, and the owner's for migrations, seeding and operator commands.
 */
export function databaseEnv(db: Database): Record<string, string> {
  if (db.target.kind !== 'postgres')
    throw new Error('databaseEnv is for PostgreSQL test databases');
  return { DATABASE_URL: db.target.url, DATABASE_OWNER_URL: db.target.ownerUrl ?? '' };
}

/** The logins of the PostgreSQL pass, as production has them (ADR 0007). */
export const TEST_OWNER_ROLE = 'cadre_test_owner';
export const TEST_RUNTIME_ROLE = 'cadre_test_runtime';
/** Serializes role and template set-up among test files running at once. */
const SETUP_LOCK = 7_315_003;

/**
 * A fresh, migrated database for one test file: PGlite in memory, or on the PostgreSQL server of
 * `TEST_DATABASE_URL` a copy of a migrated template, owned by a non-superuser owner and used by
 * the application through a runtime login that is neither superuser, owner nor BYPASSRLS.
 */
export async function createTestDatabase(options: DatabaseOptions = {}): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, options);
    await db.withChannel((c) => migrate(c));
    return Object.assign(db, {
      asSuperuser: <Row>(sql: string, params?: unknown[]) =>
        db.withChannel((c) => c.query<Row>(sql, params)),
      destroy: () => db.close(),
    });
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('CADRE_TEST_DATABASE=postgres needs TEST_DATABASE_URL');
  const name = `cadre_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    try {
      const template = await migratedTemplate(admin, adminUrl);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template} OWNER ${TEST_OWNER_ROLE}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]);
    }
  });
  const db = await openDatabase(
    {
      kind: 'postgres',
      url: loginUrl(adminUrl, TEST_RUNTIME_ROLE, name),
      ownerUrl: loginUrl(adminUrl, TEST_OWNER_ROLE, name),
      poolSize: 5,
    },
    options,
  );
  const superuserUrl = databaseUrl(adminUrl, name);
  return Object.assign(db, {
    asSuperuser: <Row>(sql: string, params?: unknown[]) =>
      withClient(superuserUrl, async (c) => (await c.query(sql, params)).rows as Row[]),
    destroy: async () => {
      await db.close();
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  });
}

/**
 * The template every test database of this migration history is copied from: migrated once by
 * the owner login (so the migrations are proven to need no superuser), then copied in a moment.
 */
async function migratedTemplate(admin: pg.Client, adminUrl: string): Promise<string> {
  const password = new URL(adminUrl).password;
  for (const [role, attributes] of [
    [TEST_OWNER_ROLE, 'CREATEROLE'],
    [TEST_RUNTIME_ROLE, ''],
  ] as const) {
    const { rowCount } = await admin.query('SELECT FROM pg_roles WHERE rolname = $1', [role]);
    if (rowCount === 0) {
      await admin.query(
        `CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS ${attributes} PASSWORD '${password.replace(/'/g, "''")}'`,
      );
    }
  }
  const history = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => `${m.name}:${m.checksum}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  const template = `cadre_template_${history}`;
  const { rowCount } = await admin.query('SELECT FROM pg_database WHERE datname = $1', [template]);
  if (rowCount === 0) {
    await admin.query(`CREATE DATABASE ${template} OWNER ${TEST_OWNER_ROLE}`);
    try {
      await withClient(loginUrl(adminUrl, TEST_OWNER_ROLE, template), (owner) =>
        migrate({
          exec: async (script) => void (await owner.query(script)),
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await owner.query(sql, params)).rows as Row[],
        }),
      );
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      throw error;
    }
    await admin.query(`GRANT ${APPLICATION_ROLE} TO ${TEST_RUNTIME_ROLE}`);
  }
  return template;
}

function databaseUrl(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

function loginUrl(adminUrl: string, role: string, database: string): string {
  const next = new URL(databaseUrl(adminUrl, database));
  next.username = role;
  return next.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
