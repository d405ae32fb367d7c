import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defined, GraphQLClient } from '@cadre/testing';
import { readTrustedDocuments, registerTrustedDocuments } from '../src/index.ts';
import { useGateway } from './harness.ts';

const h = useGateway();
const dir = mkdtempSync(join(tmpdir(), 'cadre-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DISTRICT = 'query District { district { code } }';
const FRAGMENTED =
  'fragment Named on District { name } query DistrictName { district { ...Named } }';

/** A manifest as graphql-codegen's client preset writes `persisted-documents.json`. */
function manifest(entries: Record<string, string>): string {
  const file = join(dir, `${Object.keys(entries).length}-${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(entries, null, 2));
  return file;
}

describe('trusted documents from a file (cadre documents add --file)', () => {
  it('reads one .graphql document, hashed as it is written', () => {
    const file = join(dir, 'district.graphql');
    writeFileSync(file, '{ district { code } }');
    expect(readTrustedDocuments(file)).toEqual([
      { id: sha256('{ district { code } }'), name: file, document: '{ district { code } }' },
    ]);
  });

  it('reads a persisted-documents manifest, naming each entry by its operations', () => {
    const file = manifest({
      [`sha256:${sha256(DISTRICT)}`]: DISTRICT,
      [`sha256:${sha256(FRAGMENTED)}`]: FRAGMENTED,
    });
    expect(readTrustedDocuments(file, 'admin')).toEqual([
      { id: sha256(DISTRICT), name: 'admin: query District', document: DISTRICT },
      { id: sha256(FRAGMENTED), name: 'admin: query DistrictName', document: FRAGMENTED },
    ]);
  });

  it('refuses an entry whose hash is not its text, and text that is not GraphQL', () => {
    const tampered = manifest({ [`sha256:${sha256(DISTRICT)}`]: `${DISTRICT} ` });
    expect(() => readTrustedDocuments(tampered)).toThrow(/does not match the SHA-256/);
    const junk = manifest({ [`sha256:${sha256('nope {')}`]: 'nope {' });
    expect(() => readTrustedDocuments(junk)).toThrow(/is not a GraphQL document/);
    expect(() => readTrustedDocuments(manifest({ [DISTRICT]: DISTRICT }))).toThrow(
      /is not "sha256:<hex>"/,
    );
  });

  it('lets a trusted-only key run the registered manifest entries by id, and nothing else', async () => {
    await registerTrustedDocuments(
      h.db,
      readTrustedDocuments(manifest({ [`sha256:${sha256(FRAGMENTED)}`]: FRAGMENTED })),
    );
    const { createApiKey } = await h.a.data<{ createApiKey: { data?: { secret: string } } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
        ... on MutationCreateApiKeySuccess { data { secret } } ... on Error { message } } }`,
      { input: { name: '报表系统', permissions: ['core.unit.read'], trustedOnly: true } },
    );
    const key = new GraphQLClient(h.gateway.url).withToken(defined(createApiKey.data).secret);
    const ran = await key.post<{ district: { name: string } }>({
      documentId: `sha256:${sha256(FRAGMENTED)}`,
    });
    expect(ran.data?.district.name).toBe('甲区');
    const refused = await key.post({ documentId: `sha256:${sha256(DISTRICT)}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_UNKNOWN_DOCUMENT');
  });
});
