import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GraphQLClient } from '@cadre/testing';
import { awayFromMinuteBoundary, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);

const CREATE = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on MutationCreateApiKeySuccess { data { secret apiKey { id prefix permissions lastUsedAt } } }
    ... on InputError { issues { path code } }
    ... on Error { code }
  }
}`;

interface Created {
  secret: string;
  apiKey: { id: string; prefix: string; permissions: string[]; lastUsedAt: string | null };
}

async function issue(input: Record<string, unknown>): Promise<Created> {
  const { createApiKey } = await h.a.data<{ createApiKey: { data?: Created } }>(CREATE, {
    input: { name: '纪委监委系统', permissions: ['core.cadre.read', 'core.unit.read'], ...input },
  });
  if (!createApiKey.data) throw new Error(JSON.stringify(createApiKey));
  return createApiKey.data;
}

const asKey = (secret: string) => new GraphQLClient(h.gateway.url).withToken(secret);

describe('partner API keys', () => {
  it('shows the secret once, keeps only its digest, and reads only its district', async () => {
    const { secret, apiKey } = await issue({});
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const rows = await h.db.withChannel((c) =>
      c.query<{ key_hash: string }>('SELECT * FROM core.api_key'),
    );
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(rows[0]?.key_hash).toBe(createHash('sha256').update(secret).digest('hex'));

    const partner = asKey(secret);
    expect(await partner.data('{ district { code } me { id } }')).toEqual({
      district: { code: 'D01' },
      me: null,
    });
    const { apiKeys } = await h.a.data<{ apiKeys: { lastUsedAt: string | null }[] }>(
      '{ apiKeys { lastUsedAt } }',
    );
    expect(apiKeys[0]?.lastUsedAt).not.toBeNull();
  });

  it('limits a key to its permissions, and never grants what the issuer lacks', async () => {
    const { secret } = await issue({ permissions: ['core.unit.read'] });
    const partner = asKey(secret);
    const refused = await partner.request('{ cadres(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
    const sensitive = await h.a.data<{
      createApiKey: { issues: { path: string; code: string }[] };
    }>(CREATE, { input: { name: '越权', permissions: ['core.cadre.read-id-number'] } });
    expect(sensitive.createApiKey.issues).toEqual([
      { path: 'input.permissions.0', code: 'NOT_GRANTABLE' },
    ]);
  });

  it('stops working at once when revoked, and after it expires', async () => {
    const { secret, apiKey } = await issue({});
    const partner = asKey(secret);
    await partner.data('{ district { code } }');
    await h.a.data(`mutation ($id: ID!) { revokeApiKey(id: $id) { __typename } }`, {
      id: apiKey.id,
    });
    const revoked = await partner.request('{ district { code } }');
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('CORE_API_KEY_INVALID');

    const soon = await issue({ expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await h.db.withChannel((c) =>
      c.query(
        `UPDATE core.api_key SET expires_at = now() - interval '1 second' WHERE prefix = $1`,
        [soon.apiKey.prefix],
      ),
    );
    expect((await asKey(soon.secret).request('{ district { code } }')).status).toBe(401);
  });

  it('holds trusted-only keys to registered documents', async () => {
    const document = '{ district { code } }';
    const id = createHash('sha256').update(document).digest('hex');
    await h.db.asOwner((tx) =>
      tx.trustedDocument.create({ data: { id, name: 'district code', document } }),
    );
    const { secret } = await issue({ trustedOnly: true });
    const partner = asKey(secret);
    const freeForm = await partner.request('{ district { code name } }');
    expect(freeForm.status).toBe(400);
    expect(freeForm.errors?.[0]?.extensions?.code).toBe('CORE_UNTRUSTED_DOCUMENT');
    const unknown = await partner.post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('CORE_UNKNOWN_DOCUMENT');
    expect((await partner.post({ documentId: `sha256:${id}` })).data).toEqual({
      district: { code: 'D01' },
    });
    // Apollo's persisted-query form names the same document.
    const apq = await partner.post({
      extensions: { persistedQuery: { version: 1, sha256Hash: id } },
    });
    expect(apq.data).toEqual({ district: { code: 'D01' } });
  });

  it('counts requests per key and answers 429 past its limit', async () => {
    const { secret } = await issue({ rateLimitPerMinute: 3 });
    const partner = asKey(secret);
    await awayFromMinuteBoundary();
    for (let i = 0; i < 3; i++)
      expect((await partner.request('{ district { code } }')).status).toBe(200);
    const over = await partner.post({ query: '{ district { code } }' });
    expect(over.status).toBe(429);
    expect(over.errors?.[0]?.extensions?.code).toBe('CORE_RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
