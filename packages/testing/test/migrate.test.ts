import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/index.ts';
import {
  migrate,
  migrateIfBehind,
  MigrationError,
  pendingMigrations,
  readMigrations,
} from '@cadre/db';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

describe('migration runner', () => {
  it('has applied the committed history once, as Prisma records it', async () => {
    db = await createTestDatabase();
    const rows = await db.withChannel((c) =>
      c.query<{ migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM public._prisma_migrations ORDER BY 1',
      ),
    );
    expect(rows).toEqual(
      readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })),
    );
    expect(await db.withChannel((c) => migrate(c))).toEqual([]);
  });

  it('applies a new migration and records it', async () => {
    db = await createTestDatabase();
    const next = [
      ...readMigrations(),
      {
        name: '99990101000000_extra',
        sql: 'CREATE TABLE core.extra (id int);',
        checksum: 'x'.repeat(64),
      },
    ];
    // Read as the runtime role, which starts without the owner when nothing is pending.
    expect(await pendingMigrations(db, next)).toEqual(['99990101000000_extra']);
    expect(await db.withChannel((c) => migrate(c, next))).toEqual(['99990101000000_extra']);
    expect(await pendingMigrations(db, next)).toEqual([]);
    expect(await migrateIfBehind(db)).toEqual([]);
    expect(
      await db.withChannel((c) => c.query('SELECT count(*)::int AS n FROM core.extra')),
    ).toEqual([{ n: 0 }]);
  });

  it('rolls back a failing migration completely', async () => {
    db = await createTestDatabase();
    const broken = [
      ...readMigrations(),
      {
        name: '99990101000000_broken',
        sql: 'CREATE TABLE core.half (id int); SELECT nope;',
        checksum: 'y'.repeat(64),
      },
    ];
    await expect(db.withChannel((c) => migrate(c, broken))).rejects.toBeInstanceOf(MigrationError);
    const tables = await db.withChannel((c) => c.query("SELECT to_regclass('core.half') AS t"));
    expect(tables).toEqual([{ t: null }]);
    const names = await db.withChannel((c) =>
      c.query<{ migration_name: string }>('SELECT migration_name FROM public._prisma_migrations'),
    );
    expect(names.map((n) => n.migration_name)).not.toContain('99990101000000_broken');
  });

  it('refuses a migration edited after it was applied, and a history this build lacks', async () => {
    db = await createTestDatabase();
    const [first, ...rest] = readMigrations();
    if (!first) throw new Error('no migrations');
    const edited = [{ ...first, checksum: 'z'.repeat(64) }, ...rest];
    await expect(db.withChannel((c) => migrate(c, edited))).rejects.toThrow(
      /edited after it was applied/,
    );
    await expect(db.withChannel((c) => migrate(c, []))).rejects.toThrow(
      /migrations this build lacks/,
    );
  });
});
