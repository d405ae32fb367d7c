import { cadreId, cadreInput, createUnit, defined } from '@cadre/testing';
import { describe, expect, it } from 'vitest';
import { auditCount, TEST_PASSWORD, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins, { maxFailedLogins: 3 });

const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    __typename
    ... on MutationLoginSuccess { data { token user { username roles { key } } } }
    ... on Error { code messageZh messageEn }
  }
}`;

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on MutationCreateUserSuccess { data { id username locked status roles { key } } }
    ... on InputError { code issues { path code } }
    ... on Error { code }
  }
}`;

async function roleId(key: string): Promise<string> {
  const { roles } = await h.a.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  const role = roles.find((r) => r.key === key);
  if (!role) throw new Error(`no role ${key}`);
  return role.id;
}

async function newUser(username: string, roles: string[]): Promise<string> {
  const roleIds = await Promise.all(roles.map(roleId));
  const { createUser } = await h.a.data<{ createUser: { data?: { id: string } } }>(CREATE_USER, {
    input: { username, displayName: username, password: TEST_PASSWORD, roleIds },
  });
  if (!createUser.data) throw new Error(JSON.stringify(createUser));
  return createUser.data.id;
}

const login = (username: string, password = TEST_PASSWORD) =>
  h.anonymous.data<{ login: Record<string, unknown> & { data?: { token: string } } }>(LOGIN, {
    u: username,
    p: password,
  });

describe('identity: accounts, sessions and login delays', () => {
  it('signs in and answers the rest of the login response as the new session', async () => {
    const { login: result } = await login('staff.a');
    expect(result.__typename).toBe('MutationLoginSuccess');
    expect(result.data).toMatchObject({
      user: { username: 'staff.a', roles: [{ key: 'district-admin' }] },
    });
  });

  it('refuses weak passwords and unknown roles, writing nothing', async () => {
    const before = await auditCount(h);
    const weak = await h.a.data<{ createUser: { issues: { path: string }[] } }>(CREATE_USER, {
      input: { username: 'weak.one', displayName: '弱', password: 'short', roleIds: [] },
    });
    expect(weak.createUser.issues.map((i) => i.path)).toContain('password');
    const { roles } = await h.b.data<{ roles: { id: string }[] }>('{ roles { id } }');
    const otherDistrictRole = defined(roles[0]).id;
    const foreign = await h.a.data<{ createUser: { code: string } }>(CREATE_USER, {
      input: {
        username: 'foreign.role',
        displayName: '甲',
        password: TEST_PASSWORD,
        roleIds: [otherDistrictRole],
      },
    });
    expect(foreign.createUser.code).toBe('CORE_NOT_FOUND');
    expect(await auditCount(h)).toBe(before);
  });

  it('makes an account wait after the configured failures, even with the right password, until the delay ends or is lifted', async () => {
    await newUser('lock.me', ['auditor']);
    const failed = await login('lock.me', 'Wrong-password-9');
    for (let i = 0; i < 2; i++) {
      expect((await login('lock.me', 'Wrong-password-9')).login.code).toBe('CORE_LOGIN_FAILED');
    }
    // The third failure started a delay: the right password answers like a wrong one.
    const waiting = await login('lock.me');
    expect(waiting.login).toEqual(failed.login);
    const { users } = await h.a.data<{
      users: { username: string; locked: boolean; id: string }[];
    }>('{ users { id username locked } }');
    const user = defined(users.find((u) => u.username === 'lock.me'));
    expect(user.locked).toBe(true);
    // An administrator lifts the delay by enabling the account.
    await h.a.data(
      `mutation ($id: ID!) { setUserStatus(userId: $id, status: ACTIVE) { __typename } }`,
      { id: user.id },
    );
    expect((await login('lock.me')).login.__typename).toBe('MutationLoginSuccess');
    // Without an administrator the delay simply passes (one second after the third failure).
    for (let i = 0; i < 3; i++) await login('lock.me', 'Wrong-password-9');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await login('lock.me')).login.__typename).toBe('MutationLoginSuccess');
  });

  it('ends a session server-side on logout, after the idle timeout, and at its lifetime', async () => {
    const token = async () => defined((await login('staff.a')).login.data).token;
    const out = h.a.withToken(await token());
    await out.data('mutation { logout { __typename } }');
    expect((await out.request('{ district { code } }')).errors?.[0]?.extensions?.code).toBe(
      'CORE_UNAUTHENTICATED',
    );

    const idle = h.a.withToken(await token());
    expect(await idle.data('{ district { code } }')).toEqual({ district: { code: 'D01' } });
    await h.db.withChannel((c) =>
      c.query(`UPDATE core.session SET last_seen_at = now() - interval '31 minutes'
                WHERE last_seen_at = (SELECT max(last_seen_at) FROM core.session)`),
    );
    expect((await idle.request('{ district { code } }')).errors?.[0]?.extensions?.code).toBe(
      'CORE_UNAUTHENTICATED',
    );

    const old = h.a.withToken(await token());
    await h.db.withChannel((c) =>
      c.query(`UPDATE core.session SET expires_at = now() - interval '1 second'
                WHERE created_at = (SELECT max(created_at) FROM core.session)`),
    );
    expect((await old.request('{ district { code } }')).errors?.[0]?.extensions?.code).toBe(
      'CORE_UNAUTHENTICATED',
    );
  });

  it('stores no password or token in plain text', async () => {
    const rows = await h.db.withChannel((c) =>
      c.query<{ password_hash: string }>(`SELECT password_hash FROM core."user"`),
    );
    expect(rows.every((r) => r.password_hash.startsWith('scrypt$'))).toBe(true);
    const dump = JSON.stringify(
      await h.db.withChannel((c) => c.query('SELECT * FROM core.session')),
    );
    expect(dump).not.toContain(defined(h.a.options.token));
  });
});

describe('permissions: plugin-declared keys granted by roles', () => {
  it('refuses a field the roles do not grant, with a typed error, and writes nothing', async () => {
    await newUser('reader.a', ['auditor']);
    const reader = await h.anonymous.login('reader.a', TEST_PASSWORD);
    expect(await reader.data('{ district { code } }')).toEqual({ district: { code: 'D01' } });
    const before = await auditCount(h);
    const { data } = await reader.request<{ createUnit: Record<string, string> }>(
      `mutation { createUnit(code: "X1", name: "越权单位", category: TOWNSHIP) {
          __typename ... on Error { code messageEn } } }`,
    );
    expect(data?.createUnit).toEqual({
      __typename: 'ForbiddenError',
      code: 'CORE_FORBIDDEN',
      messageEn: 'Not permitted (core.unit.write)',
    });
    expect(await auditCount(h)).toBe(before);
    const myPermissions = await reader.data<{ myPermissions: string[] }>('{ myPermissions }');
    expect(myPermissions.myPermissions).toContain('core.audit.read');
    expect(myPermissions.myPermissions).not.toContain('core.unit.write');
  });

  it('keeps sensitive permissions out of patterns: the full ID number needs its exact key', async () => {
    const { users } = await h.a.data<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
    );
    const { roles } = await h.a.data<{ roles: { key: string; permissions: { key: string }[] }[] }>(
      '{ roles { key permissions { key } } }',
    );
    const admin = defined(roles.find((r) => r.key === 'district-admin'));
    expect(admin.permissions.map((p) => p.key)).not.toContain('core.cadre.read-id-number');

    const role = await h.a.data<{ createRole: { data: { id: string } } }>(
      `mutation { createRole(input: { key: "id-reader", nameZh: "身份证查阅", nameEn: "ID reader",
          grants: ["core.cadre.read", "core.cadre.read-id-number"] }) {
          ... on MutationCreateRoleSuccess { data { id } } } }`,
    );
    const bad = await h.a.data<{ createRole: { __typename: string; issues: { path: string }[] } }>(
      `mutation { createRole(input: { key: "bad-role", nameZh: "坏", nameEn: "Bad",
          grants: ["core.*"] }) { __typename ... on InputError { issues { path } } } }`,
    );
    expect(bad.createRole.issues).toEqual([{ path: 'input.grants.0' }]);

    const reader = defined(users.find((u) => u.username === 'reader.a'));
    await h.a.data(
      `mutation ($u: ID!, $r: [ID!]!) { setUserRoles(userId: $u, roleIds: $r) { __typename } }`,
      { u: reader.id, r: [role.createRole.data.id] },
    );
    const client = await h.anonymous.login('reader.a', TEST_PASSWORD);
    expect(
      (await client.data<{ myPermissions: string[] }>('{ myPermissions }')).myPermissions,
    ).toEqual(['core.cadre.read', 'core.cadre.read-id-number']);
  });

  it('audits every read of a full ID number, and refuses it without the exact permission', async () => {
    const unit = await createUnit(h.a, { code: 'ID-U', name: '身份证单位' });
    const id = await cadreId(h.a, cadreInput(unit, { idNumber: '320102198503121234' }));
    const query = 'query ($id: ID!) { cadre(id: $id) { idNumberMasked idNumber } }';
    const admin = await h.a.request<{ cadre: { idNumberMasked: string; idNumber: null } }>(query, {
      id,
    });
    expect(admin.data?.cadre).toEqual({ idNumberMasked: '3201**********1234', idNumber: null });
    expect(admin.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');

    const reads = () =>
      h.db.asOwner((tx) => tx.auditRecord.count({ where: { operation: 'cadre.read-id-number' } }));
    expect(await reads()).toBe(0);
    const reader = await h.anonymous.login('reader.a', TEST_PASSWORD);
    expect(await reader.data(query, { id })).toEqual({
      cadre: { idNumberMasked: '3201**********1234', idNumber: '320102198503121234' },
    });
    await reader.data(query, { id });
    expect(await reads()).toBe(2);
  });
});
