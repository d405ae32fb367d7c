// Writes the next migration: the SQL that takes a database from the committed history to the
// current schema folder. Runs offline: Prisma's wasm schema engine diffs against a shadow PGlite.
//   npm run migration:create --workspace @cadre/db -- <name>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { SchemaEngine } from './schema-engine.ts';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir, readMigrations, readSchemaFiles } from '../src/migration-files.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: create-migration <snake_case_name>');
  process.exit(2);
}

const schemaFiles = readSchemaFiles();
const engine = await SchemaEngine.new(
  { datamodels: schemaFiles },
  () => {},
  // The engine expects the adapter in Prisma's bound, Result-returning form.
  bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite())),
);
const filters = { externalTables: [], externalEnums: [] };
const migrations = readMigrations();
const { stdout } = await engine.diff({
  from: {
    tag: 'migrations',
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8'),
    },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  },
  to: { tag: 'schemaDatamodel', files: schemaFiles.map(([path, content]) => ({ path, content })) },
  script: true,
  exitCode: null,
  filters,
});
const sql = (stdout ?? '').trim();
if (!sql || sql === '-- This is an empty migration.') {
  console.log('The schema matches the migration history: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), `${sql}\n`);
console.log(`Wrote ${dir}`);
