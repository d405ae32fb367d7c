import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defined, GraphQLClient } from '@cadre/testing';
import { useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { readTrustedDocuments, registerTrustedDocuments } from '../src/index.ts';

const h = useGateway(testPlugins);
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

describe('GET runs registered query documents only', () => {
  const QUERY = 'query GetDistrict { district { code } }';
  const MUTATION = 'mutation GetLogout { logout { __typename } }';
  const preflight = { 'apollo-require-preflight': 'true' };

  async function get(params: Record<string, string>, headers: Record<string, string> = preflight) {
    const response = await fetch(`${h.gateway.url}/graphql?${new URLSearchParams(params)}`, {
      headers: { authorization: `Bearer ${defined(h.a.options.token)}`, ...headers },
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: Record<string, unknown> }[];
    };
    return { status: response.status, headers: response.headers, ...body };
  }
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('runs a registered query by documentId or persisted-query hash', async () => {
    await registerTrustedDocuments(h.db, [{ id: sha256(QUERY), name: 'get', document: QUERY }]);
    const byId = await get({ documentId: `sha256:${sha256(QUERY)}` });
    expect(byId.status).toBe(200);
    expect(byId.data).toEqual({ district: { code: 'D01' } });
    const byHash = await get({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } }),
    });
    expect(byHash.data).toEqual({ district: { code: 'D01' } });
  });

  it('refuses query text, unknown ids and a missing preflight header with typed errors', async () => {
    const text = await get({ query: '{ district { code } }' });
    expect(text.status).toBe(400);
    expect(codeOf(text)).toBe('CORE_GET_NEEDS_TRUSTED_DOCUMENT');
    expect(text.errors?.[0]?.extensions?.messageEn).toEqual(expect.any(String));
    const both = await get({ query: QUERY, documentId: `sha256:${sha256(QUERY)}` });
    expect(codeOf(both)).toBe('CORE_GET_NEEDS_TRUSTED_DOCUMENT');
    expect(codeOf(await get({ documentId: `sha256:${'0'.repeat(64)}` }))).toBe(
      'CORE_UNKNOWN_DOCUMENT',
    );
    const crossSite = await get({ documentId: `sha256:${sha256(QUERY)}` }, {});
    expect(crossSite.status).toBe(400);
    expect(codeOf(crossSite)).toBe('CORE_CSRF_PREFLIGHT_REQUIRED');
  });

  it('never runs a mutation over GET, even a registered one', async () => {
    await registerTrustedDocuments(h.db, [{ id: sha256(MUTATION), name: 'm', document: MUTATION }]);
    const result = await get({ documentId: `sha256:${sha256(MUTATION)}` });
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('POST');
    expect(codeOf(result)).toBe('CORE_GET_QUERIES_ONLY');
    // The session still works: logout did not run.
    expect(await h.a.data('{ me { username } }')).toEqual({ me: { username: 'staff.a' } });
  });

  it('does not let automatic persisted queries register or run, over GET or POST', async () => {
    const text = '{ district { name } }';
    const apq = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(text) } });
    for (const client of [h.a, h.anonymous]) {
      const register = await client.post({ query: text, extensions: JSON.parse(apq) as object });
      expect(register.status).toBe(400);
      expect(register.errors?.[0]?.extensions?.code).toBe('CORE_UNKNOWN_DOCUMENT');
    }
    expect(codeOf(await get({ query: text, extensions: apq }))).toBe(
      'CORE_GET_NEEDS_TRUSTED_DOCUMENT',
    );
    const run = await get({ extensions: apq });
    expect(run.status).toBe(400);
    expect(codeOf(run)).toBe('CORE_UNKNOWN_DOCUMENT');
    const anonymous = await fetch(
      `${h.gateway.url}/graphql?${new URLSearchParams({ extensions: apq })}`,
      { headers: preflight },
    );
    expect(anonymous.status).toBe(400);
  });
});
