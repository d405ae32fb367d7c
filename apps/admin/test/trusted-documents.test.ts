import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistrict, createUser, DEFAULT_SECURITY_POLICY, setPluginEnabled } from '@cadre/core';
import {
  installedPlugins,
  readTrustedDocuments,
  registerTrustedDocuments,
  startGateway,
  type Gateway,
} from '@cadre/gateway';
import { createTestDatabase, defined, GraphQLClient, type TestDatabase } from '@cadre/testing';

// The admin UI's generated operations list is a trusted-documents manifest: every operation the
// UI can send, registered at once, runs by id for a key that may run nothing else.
const MANIFEST = fileURLToPath(
  new URL('../../../packages/ui/src/generated/persisted-documents.json', import.meta.url),
);
const OPERATOR = { label: 'operator', userId: null };
const PASSWORD = 'Test-password-2026';

let db: TestDatabase;
let gateway: Gateway;

beforeAll(async () => {
  db = await createTestDatabase();
  await createDistrict(db, OPERATOR, { code: '3301', name: '测试市', level: 'CITY' });
  const district = await createDistrict(db, OPERATOR, {
    code: '330101',
    name: '甲区',
    level: 'DISTRICT',
    parentCode: '3301',
  });
  for (const plugin of installedPlugins)
    await setPluginEnabled(db, installedPlugins, OPERATOR, district.id, plugin.id, true);
  await createUser(db, OPERATOR, {
    districtCode: '330101',
    username: 'admin',
    displayName: '甲区干部科',
    password: PASSWORD,
    roleKeys: ['district-admin'],
  });
  gateway = await startGateway({
    db,
    plugins: installedPlugins,
    port: 0,
    // The subject is the documents list: the administrator signs in without a second factor.
    security: { ...DEFAULT_SECURITY_POLICY, adminSecondFactor: false },
    eventDispatch: false,
  });
});
afterAll(async () => {
  await gateway?.close();
  await db?.destroy();
});

describe('the generated persisted documents as trusted documents', () => {
  it('registers every operation of the UI, and a trusted-only key runs them by id', async () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    const documents = readTrustedDocuments(MANIFEST, 'admin-ui');
    expect(documents.map((d) => `sha256:${d.id}`).sort()).toEqual(Object.keys(manifest).sort());
    await registerTrustedDocuments(db, documents);

    const admin = await new GraphQLClient(gateway.url).login('admin', PASSWORD);
    const { createApiKey } = await admin.data<{ createApiKey: { data?: { secret: string } } }>(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
        ... on MutationCreateApiKeySuccess { data { secret } } } }`,
      { input: { name: '报表系统', permissions: ['core.cadre.read'], trustedOnly: true } },
    );
    const key = new GraphQLClient(gateway.url).withToken(defined(createApiKey.data).secret);

    const registry = documents.find((d) => d.name.endsWith('query Cadres'));
    const ran = await key.post<{ cadres: { totalCount: number } }>({
      documentId: `sha256:${defined(registry).id}`,
      variables: { first: 5 },
    });
    expect(ran.errors).toBeUndefined();
    expect(ran.data?.cadres.totalCount).toBe(0);
    const typed = await key.post({ query: defined(registry).document, variables: { first: 5 } });
    expect(typed.errors?.[0]?.extensions?.code).toBe('CORE_UNTRUSTED_DOCUMENT');
  });
});
