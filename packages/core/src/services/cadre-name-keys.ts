import type { Database } from '@cadre/db';
import { nameKeys } from '../domain/name-keys.ts';

/** Rows per statement: one read and one write per batch. */
const BATCH = 1_000;

/**
 * Fills the pinyin keys of cadres stored before the keys existed (the migration adds them
 * empty). Runs as the owner across districts, after migrating; answers how many rows it filled.
 * Walks by id, so a name without any readable letter is looked at once, not forever.
 */
export async function fillNameKeys(db: Database): Promise<number> {
  return db.asOwner(async (tx) => {
    let filled = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await tx.$queryRawUnsafe<{ id: string; name: string }[]>(
        `SELECT id::text AS id, name FROM core.cadre WHERE name_pinyin = '' AND id > $1::uuid
          ORDER BY id LIMIT ${BATCH}`,
        after,
      );
      if (rows.length === 0) return filled;
      const keys = rows.map((row) => nameKeys(row.name));
      filled += await tx.$executeRawUnsafe(
        `UPDATE core.cadre c SET name_pinyin = k.pinyin, name_initials = k.initials
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(id, pinyin, initials)
          WHERE c.id = k.id`,
        rows.map((row) => row.id),
        keys.map((k) => k.pinyin),
        keys.map((k) => k.initials),
      );
      after = rows.at(-1)?.id ?? after;
    }
  });
}
