import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICY } from '@cadre/core';
import { GraphQLClient } from '@cadre/testing';
import { auditCount, useGateway } from '@cadre/testing/gateway';
import { startGateway } from '../src/gateway.ts';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);

describe('gateway over HTTP', () => {
  it('answers liveness and readiness probes', async () => {
    expect((await fetch(`${h.gateway.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a wrong password with a typed, bilingual error', async () => {
    const { data } = await h.anonymous.request<{ login: Record<string, string> }>(
      `mutation { login(username: "staff.a", password: "wrong-password-1") {
        __typename ... on Error { code messageZh messageEn } } }`,
    );
    expect(data?.login).toEqual({
      __typename: 'RuleViolationError',
      code: 'CORE_LOGIN_FAILED',
      messageZh: '登录失败：用户名、密码或动态码有误，或尝试过多需稍候再试',
      messageEn:
        'Sign-in failed: wrong username, password or code, or too many attempts (wait and retry)',
    });
  });

  it('asks an anonymous caller to sign in, in the caller’s language', async () => {
    const zh = await h.anonymous.request('{ district { code } }');
    expect(zh.errors?.[0]?.extensions?.code).toBe('CORE_UNAUTHENTICATED');
    expect(zh.errors?.[0]?.message).toBe('请先登录');
    const en = await new GraphQLClient(h.gateway.url, { language: 'en' }).request(
      '{ district { code } }',
    );
    expect(en.errors?.[0]?.message).toBe('Please sign in first');
  });

  it('serves each district the variant of its enabled plugins', async () => {
    expect(await h.a.data('{ district { code } alphaNotes { text } }')).toEqual({
      district: { code: 'D01' },
      alphaNotes: [{ text: 'alpha for D01' }],
    });
    const inB = await h.b.request('{ alphaNotes { text } }');
    expect(inB.status).toBe(400);
    expect(inB.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('switches a plugin on and off without a restart', async () => {
    const enable = await h.b.data<{ enablePlugin: { __typename: string } }>(
      'mutation { enablePlugin(pluginId: "alpha") { __typename } }',
    );
    expect(enable.enablePlugin.__typename).toBe('MutationEnablePluginSuccess');
    expect(await h.b.data('{ alphaNotes { text } }')).toEqual({
      alphaNotes: [{ text: 'alpha for D02' }],
    });
    await h.b.data('mutation { disablePlugin(pluginId: "alpha") { __typename } }');
    expect((await h.b.request('{ alphaNotes { text } }')).status).toBe(400);
  });

  it('refuses a plugin whose dependency is off, or an unknown one, and writes nothing', async () => {
    const before = await auditCount(h);
    const result = await h.b.data<{
      beta: { code: string; messageZh: string };
      ghost: { code: string };
    }>(
      `mutation {
        beta: enablePlugin(pluginId: "beta") { ... on Error { code messageZh } }
        ghost: enablePlugin(pluginId: "ghost") { ... on Error { code } }
      }`,
    );
    expect(result.beta.code).toBe('CORE_PLUGIN_DEPENDENCY_DISABLED');
    expect(result.beta.messageZh).toContain('alpha');
    expect(result.ghost.code).toBe('CORE_UNKNOWN_PLUGIN');
    expect(await auditCount(h)).toBe(before);
    expect(
      await h.db.asOwner((tx) =>
        tx.districtPlugin.count({ where: { districtId: h.tenants.b.id } }),
      ),
    ).toBe(1);
  });

  it('refuses to switch off a plugin another enabled one depends on', async () => {
    const result = await h.a.data<{ disablePlugin: { code: string } }>(
      'mutation { disablePlugin(pluginId: "alpha") { ... on Error { code } } }',
    );
    expect(result.disablePlugin.code).toBe('CORE_PLUGIN_REQUIRED');
  });

  it('validates plugin settings against the plugin’s schema and keeps them across a disable', async () => {
    const invalid = await h.a.data<{
      configurePlugin: { __typename: string; issues: { path: string; messageZh: string }[] };
    }>(
      `mutation ($c: JSON!) { configurePlugin(pluginId: "alpha", config: $c) {
        __typename ... on InputError { issues { path messageZh } } } }`,
      { c: { threshold: 3 } },
    );
    expect(invalid.configurePlugin.__typename).toBe('InputError');
    expect(invalid.configurePlugin.issues).toEqual([
      { path: 'config.threshold', messageZh: '不能大于 1' },
    ]);
    const saved = await h.a.data<{
      configurePlugin: { data: { plugins: { pluginId: string; config: unknown }[] } };
    }>(
      `mutation ($c: JSON!) { configurePlugin(pluginId: "alpha", config: $c) {
        ... on MutationConfigurePluginSuccess { data { plugins { pluginId config } } } } }`,
      { c: { threshold: 0.8 } },
    );
    expect(saved.configurePlugin.data.plugins.find((p) => p.pluginId === 'alpha')?.config).toEqual({
      threshold: 0.8,
    });
  });

  it('logs out server-side: the token stops working', async () => {
    const session = await h.anonymous.login(h.tenants.b.username, 'Test-password-2026');
    expect(await session.data('{ me { username } }')).toEqual({ me: { username: 'staff.b' } });
    await session.data('mutation { logout { __typename } }');
    expect(await session.data('{ me { username } }')).toEqual({ me: null });
  });

  it('masks internal errors behind a request id, in the caller’s language', async () => {
    const zh = await h.a.request('{ alphaFault }');
    const error = zh.errors?.[0];
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toBe(
      `服务器内部错误，请提供请求编号 ${String(error?.extensions?.requestId)}`,
    );
    expect(JSON.stringify(zh)).not.toMatch(/secret|SELECT|at |\.ts/);
    const en = await new GraphQLClient(h.gateway.url, {
      token: h.a.options.token,
      language: 'en',
    }).request('{ alphaFault }');
    expect(en.errors?.[0]?.message).toMatch(/^Internal error; quote request id [0-9a-f-]{36}$/);
  });

  it('refuses oversized bodies and cross-site GET requests', async () => {
    const big = await fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(big.status).toBe(413);
    const csrf = await fetch(
      `${h.gateway.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`,
    );
    expect(csrf.status).toBe(400);
  });
});
describe('typed input errors instead of internal ones', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const typed = (result: Awaited<ReturnType<typeof h.a.request>>, code: string) => {
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.extensions?.messageZh).toEqual(expect.any(String));
    expect(error?.extensions?.messageEn).toEqual(expect.any(String));
  };
  /**
   * Refused before anything ran (400, no data), each issue in one typed error (graphql-js reports
   * values written inline one by one), bilingual, naming the path as the caller wrote it.
   */
  const refusedInput = (
    result: Awaited<ReturnType<typeof h.a.request>>,
    expected: { path: string; code: string }[],
  ) => {
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    const issues = (result.errors ?? []).flatMap((error) => {
      expect(error.extensions).toMatchObject({
        code: 'CORE_INVALID_INPUT',
        messageZh: expect.stringMatching(/^输入有误：/),
        messageEn: expect.stringMatching(/^Invalid input: /),
      });
      return error.extensions?.issues as Record<string, string>[];
    });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(expected);
    for (const issue of issues) {
      expect(issue.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  };
  const english = () =>
    new GraphQLClient(h.gateway.url, { token: h.a.options.token, language: 'en' });
  const UUID = '00000000-0000-4000-8000-000000000000';
  const CADRE = {
    name: '李四',
    gender: 'MALE',
    birthDate: '1980-01-01',
    ethnicity: '汉族',
    nativePlace: '浙江杭州',
    politicalStatus: 'CPC_MEMBER',
    identity: 'CIVIL_SERVANT',
    managementAuthority: 'DISTRICT',
    rank: 'PRINCIPAL_STAFF_2',
    rankSince: '2020-01-01',
    workStartDate: '2000-07-01',
    unitId: b64(`Unit:${UUID}`),
  };
  /** The cadre above written inline; `birthDate` and `unitId` as given (a variable, or quoted). */
  const cadreLiteral = (birthDate: string, unitId = `"${CADRE.unitId}"`) =>
    `{ name: "李四", gender: MALE, birthDate: ${birthDate.startsWith('$') ? birthDate : `"${birthDate}"`},
       ethnicity: "汉族", nativePlace: "浙江杭州", politicalStatus: CPC_MEMBER,
       identity: CIVIL_SERVANT, managementAuthority: DISTRICT, rank: PRINCIPAL_STAFF_2,
       rankSince: "2020-01-01", workStartDate: "2000-07-01", unitId: ${unitId} }`;

  it('answers malformed global ids as input errors', async () => {
    for (const id of [
      '!!!',
      b64('\u0001\u0002garbage'),
      b64('Unit:00000000-0000-0000-0000-000000000000'),
      b64('Cadre:xyz'),
      b64("Cadre:1'; DROP TABLE x"),
    ]) {
      typed(
        await h.a.request('query ($id: ID!) { cadre(id: $id) { id } }', { id }),
        'CORE_INVALID_INPUT',
      );
    }
    // In a mutation too: the id is refused before anything is read or written.
    const update = await h.a.request(
      'mutation ($id: ID!) { updateCadre(id: $id, input: { name: "张三" }) { __typename } }',
      { id: b64('Cadre:xyz') },
    );
    typed(update, 'CORE_INVALID_INPUT');
  });

  it('bounds the age filters', async () => {
    const result = await h.a.request('{ cadres(filter: { ageMin: 2147483647 }) { totalCount } }');
    typed(result, 'CORE_INVALID_INPUT');
    expect(result.errors?.[0]?.extensions?.messageEn).toContain('150');
  });

  it('refuses dates outside 1900–2200, as literals and as variables', async () => {
    for (const asOf of ['0000-01-01', '0100-01-01', '9999-12-31']) {
      const literal = await h.a.request(`{ myDueItems(asOf: "${asOf}") { title } }`);
      refusedInput(literal, [{ path: 'asOf', code: 'CORE_INVALID_DATE' }]);
      const variable = await h.a.request('query ($d: Date) { myDueItems(asOf: $d) { title } }', {
        d: asOf,
      });
      refusedInput(variable, [{ path: '$d', code: 'CORE_INVALID_DATE' }]);
    }
    const until = await h.a.request(
      '{ auditRecords(until: "0000-01-01T00:00:00Z") { edges { node { id } } } }',
    );
    refusedInput(until, [{ path: 'until', code: 'CORE_INVALID_DATE_TIME' }]);
    expect(
      (await h.a.request('{ myDueItems(asOf: "2026-03-01") { title } }')).errors,
    ).toBeUndefined();
  });

  it('names the argument or variable as the caller wrote it for a malformed Date', async () => {
    const before = await auditCount(h);
    refusedInput(await h.a.request('{ myDueItems(asOf: "2026-02-30") { title } }'), [
      { path: 'asOf', code: 'CORE_INVALID_DATE' },
    ]);
    const byVariable = await english().request(
      'query ($heldOn: Date) { myDueItems(asOf: $heldOn) { title } }',
      { heldOn: '2026-02-30' },
    );
    refusedInput(byVariable, [{ path: '$heldOn', code: 'CORE_INVALID_DATE' }]);
    expect(byVariable.errors?.[0]?.message).toBe(
      'Invalid input: A date must be YYYY-MM-DD, in the years 1900 to 2200',
    );
    refusedInput(
      await h.a.request(
        `mutation { createCadre(input: ${cadreLiteral('2026-02-30')}) { __typename } }`,
      ),
      [{ path: 'input.birthDate', code: 'CORE_INVALID_DATE' }],
    );
    refusedInput(
      await h.a.request(
        'mutation ($person: CadreInput!) { createCadre(input: $person) { __typename } }',
        { person: { ...CADRE, birthDate: '2026-02-30' } },
      ),
      [{ path: '$person.birthDate', code: 'CORE_INVALID_DATE' }],
    );
    refusedInput(
      await h.a.request(
        `mutation ($birth: Date!) { createCadre(input: ${cadreLiteral('$birth')}) { __typename } }`,
        { birth: '1980-13-01' },
      ),
      [{ path: '$birth', code: 'CORE_INVALID_DATE' }],
    );
    expect(await auditCount(h)).toBe(before);
  });

  it('refuses a DateTime without its zone or of a day that does not exist', async () => {
    const page = '{ edges { node { id } } }';
    refusedInput(await h.a.request(`{ auditRecords(until: "2026-02-30T00:00:00Z") ${page} }`), [
      { path: 'until', code: 'CORE_INVALID_DATE_TIME' },
    ]);
    for (const since of ['Jan 1 2026', '2026-01-01T08:00:00']) {
      refusedInput(
        await h.a.request(`query ($since: DateTime) { auditRecords(since: $since) ${page} }`, {
          since,
        }),
        [{ path: '$since', code: 'CORE_INVALID_DATE_TIME' }],
      );
    }
    const zoned = await h.a.request(
      `query ($since: DateTime) { auditRecords(since: $since) ${page} }`,
      {
        since: '2026-01-01T08:00:00+08:00',
      },
    );
    expect(zoned.errors).toBeUndefined();
  });

  it('asks for JSON values as variables, naming the argument', async () => {
    refusedInput(
      await h.a.request(
        'mutation { configurePlugin(pluginId: "alpha", config: { threshold: 1 }) { __typename } }',
      ),
      [{ path: 'config', code: 'CORE_INVALID_INPUT' }],
    );
  });

  it('refuses an unknown enum value, inline, as a variable and inside one', async () => {
    refusedInput(await h.a.request('{ cadres(orderBy: HEIGHT) { totalCount } }'), [
      { path: 'orderBy', code: 'CORE_INVALID_ENUM' },
    ]);
    refusedInput(
      await h.a.request(
        'query ($order: CadreOrderField) { cadres(orderBy: $order) { totalCount } }',
        {
          order: 'HEIGHT',
        },
      ),
      [{ path: '$order', code: 'CORE_INVALID_ENUM' }],
    );
    refusedInput(
      await h.a.request('query ($f: CadreFilter) { cadres(filter: $f) { totalCount } }', {
        f: { statuses: ['ACTIVE', 'ASLEEP'] },
      }),
      [{ path: '$f.statuses.1', code: 'CORE_INVALID_ENUM' }],
    );
  });

  it('refuses an Int out of range or not a whole number, inline and as a variable', async () => {
    refusedInput(await h.a.request('{ cadres(first: 99999999999) { totalCount } }'), [
      { path: 'first', code: 'CORE_INVALID_INT' },
    ]);
    refusedInput(await h.a.request('{ cadres(first: "ten") { totalCount } }'), [
      { path: 'first', code: 'CORE_INVALID_INT' },
    ]);
    const query = 'query ($n: Int) { cadres(first: $n) { totalCount } }';
    for (const n of [2 ** 31, 1.5, 'ten'])
      refusedInput(await h.a.request(query, { n }), [{ path: '$n', code: 'CORE_INVALID_INT' }]);
  });

  it('refuses an id of the wrong form before any field runs', async () => {
    refusedInput(await h.a.request('{ cadre(id: "!!!") { id } }'), [
      { path: 'id', code: 'CORE_INVALID_ID' },
    ]);
    refusedInput(await h.a.request('{ cadre(id: 1.5) { id } }'), [
      { path: 'id', code: 'CORE_INVALID_ID' },
    ]);
    refusedInput(
      await h.a.request(
        `mutation { createCadre(input: ${cadreLiteral('1980-01-01', '"x"')}) { __typename } }`,
      ),
      [{ path: 'input.unitId', code: 'CORE_INVALID_ID' }],
    );
    refusedInput(
      await h.a.request('query ($unit: ID) { cadres(filter: { unitId: $unit }) { totalCount } }', {
        unit: b64(`Cadre:${UUID}`),
      }),
      [{ path: '$unit', code: 'CORE_INVALID_ID' }],
    );
    // The first field would write; the second's id is malformed: neither runs.
    const before = await auditCount(h);
    const both = await h.a.request(
      `mutation ($id: ID!) {
        pool: createReservePool(name: "不应建立的库", kind: RESERVE) { __typename }
        cadre: updateCadre(id: $id, input: { name: "张三" }) { __typename }
      }`,
      { id: 'not-an-id' },
    );
    refusedInput(both, [{ path: '$id', code: 'CORE_INVALID_ID' }]);
    expect(await auditCount(h)).toBe(before);
  });

  it('refuses a missing argument, variable or field, and one the type does not have', async () => {
    refusedInput(await h.a.request('{ cadre { id } }'), [{ path: 'id', code: 'CORE_REQUIRED' }]);
    const byId = 'query ($id: ID!) { cadre(id: $id) { id } }';
    refusedInput(await h.a.request(byId), [{ path: '$id', code: 'CORE_REQUIRED' }]);
    refusedInput(await h.a.request(byId, { id: null }), [{ path: '$id', code: 'CORE_REQUIRED' }]);
    refusedInput(
      await h.a.request('mutation ($c: CadreInput!) { createCadre(input: $c) { __typename } }', {
        c: { ...CADRE, birthDate: undefined, height: 180 },
      }),
      [
        { path: '$c.height', code: 'CORE_UNKNOWN_FIELD' },
        { path: '$c.birthDate', code: 'CORE_REQUIRED' },
      ],
    );
    refusedInput(await h.a.request('{ cadres(filter: { height: 180 }) { totalCount } }'), [
      { path: 'filter.height', code: 'CORE_UNKNOWN_FIELD' },
    ]);
  });

  it('answers an unknown operationName with 400', async () => {
    const unknown = await h.a.post({
      query: 'query A { district { code } }',
      operationName: 'Nope',
    });
    expect(unknown.status).toBe(400);
    typed(unknown, 'CORE_UNKNOWN_OPERATION');
    const unnamed = await h.a.post({
      query: 'query A { me { id } } query B { district { code } }',
    });
    expect(unnamed.status).toBe(400);
    typed(unnamed, 'CORE_UNKNOWN_OPERATION');
  });
});

describe('shutdown', () => {
  it('closes keep-alive connections with their last answer, so close() returns promptly', async () => {
    const gateway = await startGateway({
      db: h.db,
      plugins: testPlugins,
      port: 0,
      security: DEFAULT_SECURITY_POLICY,
      eventDispatch: false,
    });
    const socket = connect(gateway.port, '127.0.0.1');
    socket.on('error', () => {});
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise((resolve) => socket.once('connect', resolve));
    // Half a request: the connection is busy when shutdown begins, and its request comes after.
    socket.write('POST /graphql HTTP/1.1\r\nHost: gateway\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const closing = gateway.close();
    socket.write(
      'Content-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}',
    );
    await closing;
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('CORE_SHUTTING_DOWN');
    // Node keeps an idle keep-alive connection 5 s, and the gateway's grace is 10 s.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('does not wait on a request whose client went away in the middle of its body', async () => {
    const gateway = await startGateway({
      db: h.db,
      plugins: testPlugins,
      port: 0,
      security: DEFAULT_SECURITY_POLICY,
      eventDispatch: false,
    });
    const socket = connect(gateway.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The abandoned request's handler has ended: closing waits for nothing.
    const closed = await Promise.race([
      gateway.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 4_000)),
    ]);
    expect(closed).toBe('closed');
  });
});
