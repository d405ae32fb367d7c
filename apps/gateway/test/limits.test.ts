import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { QUERY_BUDGETS } from '@cadre/core';
import { auditCount, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { MAX_NESTING } from '../src/server/nesting.ts';

const h = useGateway(testPlugins);
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

/** What a raw keep-alive connection sees after sending `request`: the answer, and whether it closed. */
async function exchange(
  port: number,
  request: string,
  waitMs: number,
): Promise<{ answer: string; closed: boolean }> {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  // The gateway may close while the rest of the body is still being written.
  socket.on('error', () => {});
  const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
  socket.write(request);
  // Node keeps an idle keep-alive connection 5 s: one closed sooner was closed on purpose.
  const result = await Promise.race([
    closed,
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs)),
  ]);
  socket.destroy();
  return { answer, closed: result };
}

describe('refused bodies', () => {
  const limit = QUERY_BUDGETS.anonymous.bodyBytes;
  const head = (extra: string) =>
    `POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n` +
    `Connection: keep-alive\r\n${extra}\r\n`;

  it('answers 413 and closes the connection at once when the declared length is too large', async () => {
    const body = JSON.stringify({ query: `{ district { code } } # ${'x'.repeat(limit)}` });
    const { answer, closed } = await exchange(
      h.gateway.port,
      head(`Content-Length: ${body.length}\r\n`) + body,
      2_500,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('CORE_BODY_TOO_LARGE');
    expect(closed).toBe(true);
  });

  it('answers 413 and closes the connection at once when a chunked body grows too large', async () => {
    const chunk = 'x'.repeat(4096);
    const chunks = Array.from(
      { length: Math.ceil((limit * 2) / chunk.length) },
      () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
    ).join('');
    const { answer, closed } = await exchange(
      h.gateway.port,
      // Never finished: the gateway must not wait for the rest.
      head('Transfer-Encoding: chunked\r\n') + `1\r\n{\r\n${chunks}`,
      2_500,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(closed).toBe(true);
  });
});

describe('nesting and token limits', () => {
  const deepList = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it('refuses variables nested 10,000 deep with a typed error, before anything recurses', async () => {
    const result = await h.a.post(
      `{"query":"query ($c: JSON!) { __typename }","variables":{"c":${deepList(10_000)}}}`,
    );
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('CORE_INPUT_TOO_DEEP');
    expect(result.errors?.[0]?.extensions?.messageEn).toContain(String(MAX_NESTING));
    expect(result.errors?.[0]?.extensions?.messageZh).toContain('嵌套');
  });

  it('refuses a query literal nested 10,000 deep with a typed error', async () => {
    for (const literal of [deepList(10_000), `${'{a:'.repeat(10_000)}1${'}'.repeat(10_000)}`]) {
      const result = await h.a.request(`{ cadres(filter: { ranks: ${literal} }) { totalCount } }`);
      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('CORE_INPUT_TOO_DEEP');
      expect(JSON.stringify(result)).not.toContain('call stack');
    }
  });

  it('does not count brackets inside strings, block strings and comments', async () => {
    const noise = `"${'['.repeat(200)}" """${'{'.repeat(200)}""" # ${'('.repeat(200)}\n`;
    const result = await h.a.request(`query ($s: String = ${noise}) { district { code } }`);
    expect(codeOf(result)).toBe('GRAPHQL_PARSE_FAILED'); // two defaults: parsed, not refused
  });

  /** A document of exactly `count` tokens: 19 around a list of strings. */
  const tokens = (count: number) =>
    `query ($x: [ID!] = [${'"x" '.repeat(count - 19)}]) { district { code } }`;

  it('parses up to the token budget of the credential and refuses one token more', async () => {
    const atLimit = await h.a.request(tokens(session.tokens));
    expect(codeOf(atLimit)).toBe('GRAPHQL_VALIDATION_FAILED'); // $x is never used: it was parsed
    const over = await h.a.request(tokens(session.tokens + 1));
    expect(over.status).toBe(400);
    expect(codeOf(over)).toBe('CORE_QUERY_TOO_LARGE');
    expect(over.errors?.[0]?.extensions?.messageEn).toBe(
      `Query exceeds the tokens limit of ${session.tokens}`,
    );
    const anonymous = await h.anonymous.request(tokens(QUERY_BUDGETS.anonymous.tokens + 1));
    expect(codeOf(anonymous)).toBe('CORE_QUERY_TOO_LARGE');
  });

  it('refuses a megabyte of fragment spreads at parse', async () => {
    const spreads = '...F '.repeat((session.bodyBytes - 200) / 5);
    const result = await h.a.request(`fragment F on District { code } { district { ${spreads} } }`);
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('CORE_QUERY_TOO_LARGE');
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
