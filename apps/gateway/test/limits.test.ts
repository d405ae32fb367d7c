import { describe, expect, it } from 'vitest';
import { QUERY_BUDGETS } from '@cadre/core';
import { auditCount, useGateway } from './harness.ts';

const h = useGateway();
const session = QUERY_BUDGETS.session;

/** `district { parent { … { code } } }`, `levels` fields deep. */
const nested = (levels: number) =>
  `{ district { ${'parent { '.repeat(levels - 2)}code${' }'.repeat(levels - 2)} } }`;
const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `d${i}: district { code }`).join(' ')} }`;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('query limits of a browser session', () => {
  it('allows the depth limit and refuses one more', async () => {
    expect((await h.a.request(nested(session.depth))).errors).toBeUndefined();
    const over = await h.a.request(nested(session.depth + 1));
    expect(codeOf(over)).toBe('CORE_QUERY_TOO_LARGE');
    expect(over.errors?.[0]?.message).toContain('depth');
  });

  it('allows the alias limit and refuses one more', async () => {
    expect((await h.a.request(aliased(session.aliases))).errors).toBeUndefined();
    const over = await h.a.request(aliased(session.aliases + 1));
    expect(over.status).toBe(400);
    expect(codeOf(over)).toBe('CORE_QUERY_TOO_LARGE');
  });

  it('refuses a query past the cost limit before running it', async () => {
    const over = await h.a.request(
      // Every list counts ten times its items: 10⁵ for five nested lists.
      `{ units { children { children { children { children { name } } } } } }`,
    );
    expect(codeOf(over)).toBe('CORE_QUERY_TOO_LARGE');
    expect(over.data ?? null).toBeNull();
  });

  it('accepts a body of exactly the size limit and refuses one byte more', async () => {
    const body = (size: number) => {
      const shell = JSON.stringify({ query: '{ district { code } }', variables: { pad: '' } });
      return shell.replace('"pad":""', `"pad":"${'x'.repeat(size - shell.length)}"`);
    };
    expect((await h.a.post(body(session.bodyBytes))).status).toBe(200);
    const over = await h.a.post(body(session.bodyBytes + 1));
    expect(over.status).toBe(413);
    expect(codeOf(over)).toBe('CORE_BODY_TOO_LARGE');
  });

  it('gives anonymous callers a small budget', async () => {
    expect(codeOf(await h.anonymous.request(aliased(3)))).toBe('CORE_QUERY_TOO_LARGE');
  });
});

describe('idempotency keys', () => {
  const create = (code: string) =>
    `mutation { createUnit(code: "${code}", name: "幂等单位", category: TOWNSHIP) {
       __typename ... on MutationCreateUnitSuccess { data { id } } } }`;

  it('answers a retry with the first answer and runs the mutation once', async () => {
    const client = h.a.withHeaders({ 'idempotency-key': 'retry-0001' });
    const before = await auditCount(h);
    const first = await client.post({ query: create('IDEM-1') });
    const again = await client.post({ query: create('IDEM-1') });
    expect(again.data).toEqual(first.data);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await auditCount(h)).toBe(before + 1);
  });

  it('refuses the same key with another request', async () => {
    const client = h.a.withHeaders({ 'idempotency-key': 'retry-0002' });
    await client.post({ query: create('IDEM-2') });
    const other = await client.post({ query: create('IDEM-3') });
    expect(other.status).toBe(422);
    expect(codeOf(other)).toBe('CORE_IDEMPOTENCY_KEY_REUSED');
  });

  it('runs concurrent requests with one key once', async () => {
    const client = h.a.withHeaders({ 'idempotency-key': 'retry-0003' });
    const before = await auditCount(h);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => client.post({ query: create('IDEM-4') })),
    );
    expect(await auditCount(h)).toBe(before + 1);
    for (const r of results) expect([200, 409]).toContain(r.status);
    const ids = new Set(results.filter((r) => r.status === 200).map((r) => JSON.stringify(r.data)));
    expect(ids.size).toBe(1);
  });
});
