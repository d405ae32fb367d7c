import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { Database } from '@cadre/db';
import type { Command } from './command.ts';
import { required, withDatabase } from './database.ts';
import { UsageError } from './usage-error.ts';

export interface TrustedDocument {
  /** SHA-256 of the exact text, hex: what clients send as `documentId` (`sha256:<id>`). */
  id: string;
  name: string;
  document: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function parsed(document: string, where: string) {
  try {
    return parse(document);
  } catch (error) {
    throw new UsageError(`${where} is not a GraphQL document: ${(error as Error).message}`);
  }
}

/** `query Viewer`, `mutation Login`: what an entry of a manifest is called. */
function operationNames(document: string, where: string): string {
  const names = parsed(document, where).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION
      ? [`${d.operation} ${d.name?.value ?? '(anonymous)'}`]
      : [],
  );
  return names.join(', ') || 'fragments';
}

/**
 * The documents in `file`: one GraphQL document (its id is the hash of the whole text), or a
 * manifest `{ "sha256:<hex>": "<document>", … }` as graphql-codegen writes its persisted documents
 * (the admin UI's `packages/ui/src/generated/persisted-documents.json`); each hash is checked.
 */
export function readTrustedDocuments(file: string, name?: string): TrustedDocument[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) {
    parsed(text, file);
    return [{ id: sha256(text), name: name || file, document: text }];
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new UsageError(`${file}: expected an object of "sha256:<hex>": "<document>"`);
  return Object.entries(manifest).map(([key, document]) => {
    const hex = key.startsWith('sha256:') ? key.slice(7) : key;
    if (typeof document !== 'string' || !/^[0-9a-f]{64}$/.test(hex))
      throw new UsageError(`${file}: entry ${key} is not "sha256:<hex>": "<document>"`);
    if (sha256(document) !== hex)
      throw new UsageError(`${file}: entry ${key} does not match the SHA-256 of its document`);
    return {
      id: hex,
      name: `${name || file}: ${operationNames(document, `${file} ${key}`)}`,
      document,
    };
  });
}

/** Stores the documents (a known one keeps its text and takes the new name), in one transaction. */
export async function registerTrustedDocuments(
  db: Database,
  documents: TrustedDocument[],
): Promise<void> {
  await db.asOwner(async (tx) => {
    for (const { id, name, document } of documents)
      await tx.trustedDocument.upsert({
        where: { id },
        create: { id, name, document },
        update: { name },
      });
  });
}

/**
 * Registers GraphQL documents that keys marked trusted-only may run (可信文档): one document, or
 * the admin UI's generated manifest.
 */
export const addTrustedDocument: Command = {
  name: 'documents',
  sub: 'add',
  summary:
    'Register trusted GraphQL documents for trusted-only keys: --file F (.graphql, or a persisted-documents .json manifest) [--name N]',
  options: { file: { type: 'string' }, name: { type: 'string' } },
  run: (v) =>
    withDatabase(async (db) => {
      const name = typeof v.name === 'string' ? v.name : undefined;
      const documents = readTrustedDocuments(required(v, 'file'), name);
      await registerTrustedDocuments(db, documents);
      for (const d of documents) console.log(`sha256:${d.id} ${d.name}`);
    }),
};
