import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@cadre/db';
import { createTestDatabase, type TestDatabase } from '../src/index.ts';

// What one request (or one district) can take of the database, on PostgreSQL. The embedded
// database is one in-process session: statements run one at a time, and it has no timer to
// cancel a statement with (ADR 0007).
let db: TestDatabase | undefined;
let other: Database | undefined;
afterEach(async () => {
  await other?.close();
  await db?.destroy();
  db = other = undefined;
});

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('database connections', () => {
  it('leave part of the pool free of any one district’s reads', async () => {
    const database = (db = await createTestDatabase());
    const done: string[] = [];
    const read = (district: string, label: string, sql: string) =>
      database
        .forDistrict(district)
        .sql.query(sql)
        .then(() => void done.push(label));
    // Eight slow reads of district A on a pool of five: A may hold four connections at most.
    const slow = Array.from({ length: 8 }, (_, i) => read(A, `a${i}`, 'SELECT pg_sleep(0.4)'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await read(B, 'b', 'SELECT 1');
    await Promise.all(slow);
    if (database.target.kind === 'pglite') {
      expect(done).toHaveLength(9);
      return;
    }
    expect(done[0]).toBe('b');
    expect(done).toHaveLength(9);
  });

  it('cancel a runtime statement that outlasts the statement timeout', async () => {
    db = await createTestDatabase();
    if (db.target.kind === 'pglite') {
      expect(await db.forDistrict(A).sql.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      return;
    }
    other = await openDatabase({ ...db.target, statementTimeoutMs: 200 });
    await expect(other.forDistrict(A).sql.query('SELECT pg_sleep(3)')).rejects.toThrow(
      /statement timeout/,
    );
    // The owner's work (migrations, seeding) runs without the runtime's timeout.
    await expect(other.withChannel((c) => c.query('SELECT pg_sleep(0.3)'))).resolves.toHaveLength(
      1,
    );
  });
});
