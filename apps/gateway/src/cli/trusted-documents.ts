import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Command } from './command.ts';
import { required, withDatabase } from './database.ts';
import { UsageError } from './usage-error.ts';

/**
 * Registers a GraphQL document that keys marked trusted-only may run (可信文档). Its id is the
 * SHA-256 of the exact text, as clients send it (`documentId` or Apollo's persisted-query hash).
 */
export const addTrustedDocument: Command = {
  name: 'documents',
  sub: 'add',
  summary: 'Register a trusted GraphQL document for trusted-only keys: --file F [--name N]',
  options: { file: { type: 'string' }, name: { type: 'string' } },
  run: (v) =>
    withDatabase(async (db) => {
      const file = required(v, 'file');
      const document = readFileSync(file, 'utf8');
      try {
        parse(document);
      } catch (error) {
        throw new UsageError(`${file} is not a GraphQL document: ${(error as Error).message}`);
      }
      const id = createHash('sha256').update(document).digest('hex');
      const name = typeof v.name === 'string' && v.name ? v.name : file;
      await db.asOwner((tx) =>
        tx.trustedDocument.upsert({
          where: { id },
          create: { id, name, document },
          update: { name },
        }),
      );
      console.log(`sha256:${id} ${name}`);
    }),
};
