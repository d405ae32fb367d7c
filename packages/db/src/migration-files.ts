import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed migration history, oldest first. */
export const migrationsDir = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
export const schemaDir = fileURLToPath(new URL('../prisma/schema', import.meta.url));

export interface MigrationFile {
  name: string;
  sql: string;
  /** SHA-256 of the script, as Prisma records it in `_prisma_migrations.checksum`. */
  checksum: string;
}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Every `.prisma` file of the schema folder, recursively, as [path, content] pairs. */
export function readSchemaFiles(dir = schemaDir): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.prisma'))
    .sort()
    .map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')]);
}
