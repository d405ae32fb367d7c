import { clientAddress, DEFAULT_SECURITY_POLICY, loginDelaySeconds } from '@cadre/core';
import {
  createTestDatabase,
  defined,
  GraphQLClient,
  stepAt,
  totpCode,
  type TestDatabase,
} from '@cadre/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awayFromMinuteBoundary,
  createTestTenants,
  TEST_PASSWORD,
  type TestTenant,
} from '@cadre/testing/gateway';
import { startGateway, type Gateway } from '../src/gateway.ts';
import { testPlugins } from './fixtures/test-plugins.ts';

// Production login rules, with small numbers so the tests reach them; behind a proxy, so each test
// can speak from an address of its own (X-Forwarded-For).
const POLICY = {
  ...DEFAULT_SECURITY_POLICY,
  maxFailedLogins: 3,
  loginClientLimitPerMinute: 4,
  loginGlobalLimitPerMinute: 500,
  trustProxy: true,
  adminSecondFactor: true,
};

const LOGIN = `mutation ($u: String!, $p: String!, $c: String) {
  login(username: $u, password: $p, code: $c) {
    __typename
    ... on MutationLoginSuccess { data { token user { username } } }
    ... on SecondFactorEnrollmentError { secret otpauthUri enrollmentToken }
    ... on Error { code messageZh messageEn }
  }
}`;

const CONFIRM = `mutation ($u: String!, $t: String!, $c: String!) {
  confirmSecondFactor(username: $u, enrollmentToken: $t, code: $c) {
    __typename
    ... on MutationConfirmSecondFactorSuccess { data { token user { username } } }
    ... on Error { code messageZh messageEn }
  }
}`;

interface LoginAnswer {
  __typename: string;
  data?: { token: string; user: { username: string } };
  secret?: string;
  otpauthUri?: string;
  enrollmentToken?: string;
  code?: string;
  messageZh?: string;
  messageEn?: string;
}

/** A code the authenticator shows for this secret, `steps` periods of 30 s from now. */
const codeIn = (secret: string, steps = 0) => totpCode(secret, stepAt() + steps);

let db: TestDatabase;
let gateway: Gateway;
let tenants: { a: TestTenant; b: TestTenant };
/** staff.a (district administrator) once enrolled: manages the accounts of these tests. */
let admin: GraphQLClient;
let addresses = 0;

/** A client at an address no other test uses. */
const client = () => new GraphQLClient(gateway.url, { headers: { 'x-forwarded-for': fresh() } });
const fresh = () => `203.0.113.${++addresses}`;

async function login(from: GraphQLClient, u: string, p = TEST_PASSWORD, c?: string) {
  const result = await from.post<{ login: LoginAnswer }>({
    query: LOGIN,
    variables: { u, p, c: c ?? null },
  });
  return { status: result.status, headers: result.headers, errors: result.errors, ...result.data };
}

/** Signs in an administrative account for the first time: enrollment with a real code. */
async function enroll(u: string): Promise<{ secret: string; session: GraphQLClient }> {
  const from = client();
  const answer = await login(from, u);
  const first = defined(answer.login, JSON.stringify(answer.errors));
  expect(first.__typename).toBe('SecondFactorEnrollmentError');
  const secret = defined(first.secret);
  const { confirmSecondFactor } = await from.data<{ confirmSecondFactor: LoginAnswer }>(CONFIRM, {
    u,
    t: first.enrollmentToken,
    c: codeIn(secret),
  });
  expect(confirmSecondFactor.__typename).toBe('MutationConfirmSecondFactorSuccess');
  return { secret, session: from.withToken(defined(confirmSecondFactor.data).token) };
}

async function userId(username: string): Promise<string> {
  const { users } = await admin.data<{ users: { id: string; username: string }[] }>(
    '{ users { id username } }',
  );
  return defined(users.find((u) => u.username === username)).id;
}

async function newUser(username: string, roleKey: string): Promise<void> {
  const { roles } = await admin.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  const { createUser } = await admin.data<{ createUser: { __typename: string } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
    {
      input: {
        username,
        displayName: username,
        password: TEST_PASSWORD,
        roleIds: [defined(roles.find((r) => r.key === roleKey)).id],
      },
    },
  );
  expect(createUser.__typename).toBe('MutationCreateUserSuccess');
}

const account = (username: string) =>
  db.asOwner((tx) =>
    tx.user.findUniqueOrThrow({
      where: { username },
      select: { failedLogins: true, lockedUntil: true },
    }),
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  db = await createTestDatabase();
  tenants = await createTestTenants(db, testPlugins, { a: ['alpha', 'beta'] });
  gateway = await startGateway({
    db,
    plugins: testPlugins,
    port: 0,
    security: POLICY,
    eventDispatch: false,
  });
  admin = (await enroll(tenants.a.username)).session;
  await newUser('plain.user', 'auditor');
});

afterAll(async () => {
  await gateway?.close();
  await db?.destroy();
});

describe('login throttling per client and in all', () => {
  it('answers 429 with Retry-After past the per-client limit, before any password is checked', async () => {
    await awayFromMinuteBoundary();
    const attacker = client();
    // Four attempts pass (three failures: the third starts a one-second delay) …
    for (let i = 0; i < 4; i++) {
      const answer = await login(attacker, 'plain.user', `Wrong-password-${i}`);
      expect(answer.status).toBe(200);
      expect(answer.login?.code).toBe('CORE_LOGIN_FAILED');
    }
    expect((await account('plain.user')).failedLogins).toBe(3);
    await sleep(1100); // the account's delay is over: a checked password would count again
    const refused = await login(attacker, 'plain.user', 'Wrong-password-x');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CORE_LOGIN_RATE_LIMITED',
      messageZh: expect.stringContaining('登录尝试过于频繁'),
      messageEn: expect.stringContaining('Too many sign-in attempts'),
    });
    // …so the failure count did not move: no password was hashed and compared.
    expect((await account('plain.user')).failedLogins).toBe(3);
    // Even the right password waits out the minute from that address; another address signs in.
    expect((await login(attacker, 'plain.user')).status).toBe(429);
    expect((await login(client(), 'plain.user')).login?.__typename).toBe('MutationLoginSuccess');
    expect((await account('plain.user')).failedLogins).toBe(0);
  });

  it('takes the address from X-Forwarded-For only when told to trust a proxy', () => {
    expect(clientAddress('::ffff:10.0.0.7', '198.51.100.1, 203.0.113.9', false)).toBe('10.0.0.7');
    expect(clientAddress('10.0.0.7', '198.51.100.1, 203.0.113.9', true)).toBe('203.0.113.9');
  });
});

describe('one answer for every failure', () => {
  it('says the same for an unknown user, a wrong password, a disabled and a waiting account', async () => {
    await newUser('off.user', 'auditor');
    await admin.data(
      `mutation ($id: ID!) { setUserStatus(userId: $id, status: DISABLED) { __typename } }`,
      { id: await userId('off.user') },
    );
    await newUser('wait.user', 'auditor');
    const from = client();
    for (let i = 0; i < 3; i++) await login(client(), 'wait.user', 'Wrong-password-1');
    expect((await account('wait.user')).lockedUntil).not.toBeNull();
    // As if many more failures had made the delay long: it outlasts this test.
    await db.asOwner((tx) =>
      tx.user.update({
        where: { username: 'wait.user' },
        data: { lockedUntil: new Date(Date.now() + 600_000) },
      }),
    );

    const timed = async (u: string, p: string) => {
      const began = performance.now();
      const answer = defined((await login(from, u, p)).login);
      return { answer, ms: performance.now() - began };
    };
    const wrong = await timed('plain.user', 'Wrong-password-2');
    const answers = [
      wrong,
      await timed('no.such.user', TEST_PASSWORD),
      await timed('off.user', TEST_PASSWORD),
      await timed('wait.user', TEST_PASSWORD), // the right password, during the delay
    ];
    for (const { answer } of answers) {
      expect(answer).toEqual({
        __typename: 'RuleViolationError',
        code: 'CORE_LOGIN_FAILED',
        messageZh: wrong.answer.messageZh,
        messageEn: wrong.answer.messageEn,
      });
    }
    // Each one hashed a password (a dummy one where there is none to check).
    for (const { ms } of answers) expect(ms).toBeGreaterThan(wrong.ms * 0.25);
  });
});

describe('growing delays instead of a lock', () => {
  it('doubles the wait with each failure past the count, capped', async () => {
    expect([2, 3, 4, 5, 6].map((n) => loginDelaySeconds(n, POLICY))).toEqual([0, 1, 2, 4, 8]);
    expect(loginDelaySeconds(40, POLICY)).toBe(POLICY.loginMaxDelaySeconds);

    await newUser('slow.user', 'auditor');
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await login(client(), 'slow.user', 'Wrong-password-3');
      const { lockedUntil } = await account('slow.user');
      const wait = lockedUntil ? (lockedUntil.getTime() - Date.now()) / 1000 : 0;
      waits.push(Math.round(wait));
      if (wait > 0) await sleep(wait * 1000 + 100);
    }
    expect(waits).toEqual([0, 0, 1, 2, 4]);
  });

  it("lets an administrator in past an attacker's failures, once the delay has passed or after an unlock", async () => {
    await newUser('delay.admin', 'district-admin');
    const { secret } = await enroll('delay.admin');
    for (let i = 0; i < 3; i++) await login(client(), 'delay.admin', 'Wrong-password-4');
    const code = codeIn(secret, 1);
    // During the delay even the right password and code are refused, with the same answer …
    expect((await login(client(), 'delay.admin', TEST_PASSWORD, code)).login?.code).toBe(
      'CORE_LOGIN_FAILED',
    );
    // … and that attempt did not lengthen it.
    expect((await account('delay.admin')).failedLogins).toBe(3);
    await sleep(1100);
    const after = await login(client(), 'delay.admin', TEST_PASSWORD, code);
    expect(after.login?.__typename).toBe('MutationLoginSuccess');

    // An attacker drives the delay up; an administrator lifts it (setUserStatus), at once.
    for (let i = 0; i < 5; i++) {
      await login(client(), 'delay.admin', 'Wrong-password-5');
      await sleep(((await account('delay.admin')).lockedUntil?.getTime() ?? 0) - Date.now() + 50);
    }
    await login(client(), 'delay.admin', 'Wrong-password-6');
    const { users } = await admin.data<{ users: { username: string; locked: boolean }[] }>(
      '{ users { username locked } }',
    );
    expect(users.find((u) => u.username === 'delay.admin')?.locked).toBe(true);
    await admin.data(
      `mutation ($id: ID!) { setUserStatus(userId: $id, status: ACTIVE) { __typename } }`,
      { id: await userId('delay.admin') },
    );
    expect(await account('delay.admin')).toEqual({ failedLogins: 0, lockedUntil: null });
    // Signed in at once after the unlock (the phone was lost too: the factor is reset first).
    const reset = await admin.data<{ resetSecondFactor: { secondFactorEnrolled: boolean } }>(
      `mutation ($id: ID!) { resetSecondFactor(userId: $id) {
          ... on MutationResetSecondFactorSuccess { data { secondFactorEnrolled } } } }`,
      { id: await userId('delay.admin') },
    );
    expect(reset.resetSecondFactor).toEqual({ data: { secondFactorEnrolled: false } });
    await enroll('delay.admin');
  });
});

describe('TOTP second factor for administrative accounts', () => {
  it('enrolls with a real code, then wants a fresh right code at every sign-in', async () => {
    await newUser('totp.admin', 'district-admin');
    // Each attempt from an address of its own: this test is about codes, not about the limit.
    const from = client;
    const first = defined((await login(from(), 'totp.admin')).login);
    expect(first.__typename).toBe('SecondFactorEnrollmentError');
    expect(first.code).toBe('CORE_SECOND_FACTOR_ENROLLMENT');
    const secret = defined(first.secret);
    expect(first.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(first.otpauthUri).toContain(`secret=${secret}`);

    // A wrong first code does not enroll (it counts as a failure); the right one signs in.
    const wrongConfirm = await from().data<{ confirmSecondFactor: LoginAnswer }>(CONFIRM, {
      u: 'totp.admin',
      t: first.enrollmentToken,
      c: codeIn(secret, 10),
    });
    expect(wrongConfirm.confirmSecondFactor.code).toBe('CORE_SECOND_FACTOR_INVALID');
    const enrolledWith = codeIn(secret);
    const confirmed = await from().data<{ confirmSecondFactor: LoginAnswer }>(CONFIRM, {
      u: 'totp.admin',
      t: first.enrollmentToken,
      c: enrolledWith,
    });
    expect(confirmed.confirmSecondFactor.data?.user.username).toBe('totp.admin');
    // The token served once.
    const again = await from().data<{ confirmSecondFactor: LoginAnswer }>(CONFIRM, {
      u: 'totp.admin',
      t: first.enrollmentToken,
      c: codeIn(secret, 1),
    });
    expect(again.confirmSecondFactor.code).toBe('CORE_LOGIN_FAILED');

    // The password alone is not enough now, and the secret is not shown again.
    const noCode = defined((await login(from(), 'totp.admin')).login);
    expect(noCode).toMatchObject({
      __typename: 'SecondFactorRequiredError',
      code: 'CORE_SECOND_FACTOR_REQUIRED',
    });
    expect(noCode.secret).toBeUndefined();
    // The code used for enrollment is spent; a wrong code fails like a wrong password.
    expect((await login(from(), 'totp.admin', TEST_PASSWORD, enrolledWith)).login?.code).toBe(
      'CORE_LOGIN_FAILED',
    );
    expect((await login(from(), 'totp.admin', TEST_PASSWORD, '000000')).login?.code).toBe(
      'CORE_LOGIN_FAILED',
    );
    const next = codeIn(secret, 1);
    const good = await login(from(), 'totp.admin', TEST_PASSWORD, next);
    expect(good.login?.__typename).toBe('MutationLoginSuccess');
    // Replay of that code within its window is refused.
    expect((await login(client(), 'totp.admin', TEST_PASSWORD, next)).login?.code).toBe(
      'CORE_LOGIN_FAILED',
    );
    // A wrong password with the right code gets no further either.
    expect((await login(client(), 'totp.admin', 'Wrong-password-7', next)).login?.code).toBe(
      'CORE_LOGIN_FAILED',
    );
  });

  it('asks nothing more of accounts without administrative permissions', async () => {
    const answer = await login(client(), 'plain.user');
    expect(answer.login?.__typename).toBe('MutationLoginSuccess');
  });

  it('never writes the secret into the audit trail or answers it after enrollment', async () => {
    const factors = await db.asOwner((tx) =>
      tx.userSecondFactor.findMany({ where: { secret: { not: null } }, select: { secret: true } }),
    );
    expect(factors.length).toBeGreaterThan(0);
    const trail = JSON.stringify(await db.asOwner((tx) => tx.auditRecord.findMany()), (_k, v) =>
      typeof v === 'bigint' ? String(v) : (v as unknown),
    );
    for (const { secret } of factors) expect(trail).not.toContain(defined(secret));
    const operations = await db.asOwner((tx) =>
      tx.auditRecord.findMany({
        where: { operation: { startsWith: 'user.second-factor' } },
        select: { operation: true },
      }),
    );
    expect(new Set(operations.map((o) => o.operation))).toEqual(
      new Set([
        'user.second-factor.begin',
        'user.second-factor.enroll',
        'user.second-factor.reset',
      ]),
    );
  });
});

describe('the global limit', () => {
  it('refuses every address once all attempts of the minute pass the limit', async () => {
    await awayFromMinuteBoundary();
    // As if attackers at many addresses had spent all but two attempts of this minute.
    await db.withChannel((c) =>
      c.query(
        `INSERT INTO core.rate_limit_window AS r (credential, window_start, district_id, count)
         VALUES ('login:*', date_trunc('minute', now()::timestamp),
                 '00000000-0000-0000-0000-000000000000', $1)
         ON CONFLICT (credential, window_start) DO UPDATE SET count = $1`,
        [POLICY.loginGlobalLimitPerMinute - 2],
      ),
    );
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await login(client(), 'plain.user'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    // A fresh address, the right password: only the limit of all attempts can have refused it.
    const refused = defined(answers[2]);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_LOGIN_RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
