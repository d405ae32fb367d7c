import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullSchemaSdl, SCHEMA_FILE } from '../src/schema-file.ts';

describe('schema.graphql (the admin UI generates its types from it)', () => {
  it('is the SDL of every installed plugin; run `npm run schema --workspace @cadre/gateway` when this fails', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(fullSchemaSdl());
  });
});
