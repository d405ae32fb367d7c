import { randomUUID } from 'node:crypto';
import type { Database, SqlChannel } from './connection.ts';
import { readMigrations, type MigrationFile } from './migration-files.ts';

// Applies the committed migration history. The bookkeeping table is Prisma's own
// `_prisma_migrations`, so `prisma migrate status` reads a database migrated here.
const HISTORY = `CREATE TABLE IF NOT EXISTS public._prisma_migrations (
  id VARCHAR(36) PRIMARY KEY NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  finished_at TIMESTAMPTZ,
  migration_name VARCHAR(255) NOT NULL,
  logs TEXT,
  rolled_back_at TIMESTAMPTZ,
  started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  applied_steps_count INTEGER NOT NULL DEFAULT 0
)`;

/** Any number that all processes agree on: several gateways starting at once migrate one at a time. */
const MIGRATION_LOCK = 7_315_002;

export class MigrationError extends Error {}

/** Applies what is missing, each migration in its own transaction; returns the names applied. */
export async function migrate(
  channel: SqlChannel,
  migrations: MigrationFile[] = readMigrations(),
): Promise<string[]> {
  await channel.exec(HISTORY);
  await channel.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const applied = await channel.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM public._prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const known = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = known.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was edited after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      await applyOne(channel, migration);
      done.push(migration.name);
    }
    const unknown = [...known.keys()].filter((name) => !migrations.some((m) => m.name === name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `The database has migrations this build lacks: ${unknown.join(', ')}`,
      );
    }
    // Tables a migration added get row-level security and the application role's grants.
    const [tenancy] = await channel.query<{ fn: string | null }>(
      `SELECT to_regprocedure('core.enforce_tenancy()')::text AS fn`,
    );
    if (tenancy?.fn) await channel.query('SELECT core.enforce_tenancy()');
    return done;
  } finally {
    await channel.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/**
 * The migrations the database lacks, read as the runtime role (which may read the history). A
 * database without a history, or one the role may not read yet, lacks them all.
 */
export async function pendingMigrations(
  db: Database,
  migrations: MigrationFile[] = readMigrations(),
): Promise<string[]> {
  const applied = await db.prisma.$queryRaw<
    { migration_name: string }[]
  >`SELECT migration_name FROM public._prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []);
  const done = new Set(applied.map((row) => row.migration_name));
  return migrations.map((m) => m.name).filter((name) => !done.has(name));
}

/**
 * Migrates as the owner only when something is pending: a gateway started with the runtime login
 * alone (production, after `cadre migrate` as the owner) starts without the owner's credentials.
 */
export async function migrateIfBehind(db: Database): Promise<string[]> {
  if ((await pendingMigrations(db)).length === 0) return [];
  return db.withChannel((channel) => migrate(channel));
}

async function applyOne(channel: SqlChannel, migration: MigrationFile): Promise<void> {
  await channel.exec('BEGIN');
  try {
    await channel.exec(migration.sql);
    await channel.query(
      `INSERT INTO public._prisma_migrations
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await channel.exec('COMMIT');
  } catch (error) {
    await channel.exec('ROLLBACK');
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
