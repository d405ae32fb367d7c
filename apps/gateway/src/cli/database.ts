import { migrate, openDatabase, targetFromEnv, type Database } from '@cadre/db';
import { fillNameKeys } from '@cadre/core';
import { UsageError } from './usage-error.ts';

import type { Values } from './command.ts';

export async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const db = await openDatabase(targetFromEnv());
  try {
    const applied = await db.withChannel((c) => migrate(c));
    if (applied.length > 0) console.log(`已应用迁移 / applied migrations: ${applied.join(', ')}`);
    await fillNameKeys(db);
    await work(db);
  } finally {
    await db.close();
  }
}

export const required = (values: Values, key: string): string => {
  const value = values[key];
  if (typeof value !== 'string' || !value) throw new UsageError(`--${key} is required`);
  return value;
};

/** A comma-separated option as a list, blanks dropped. */
export const list = (value: unknown): string[] =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function districtId(db: Database, code: string): Promise<string> {
  const district = await db.prisma.district.findUnique({ where: { code } });
  if (!district) throw new UsageError(`No district with code ${code}`);
  return district.id;
}
