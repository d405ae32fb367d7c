import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GraphQLClient } from '@cadre/testing';
import { apiAs, codeField, fillCredentials, login, SESSION_KEY, useBrowser } from './browser.ts';
import { Authenticator, secretOf, totpCode, wrongCode } from '@cadre/testing';

const browser = useBrowser();

// Administrators of 东湖区 made by each test, so that their second factors are theirs alone.
const PASSWORD = 'Admin-password-2026';
const FAILED = '登录失败：用户名、密码或动态码有误，或尝试过多需稍候再试';

/** A new district administrator of 东湖区 (no second factor yet); returns its id. */
async function createAdministrator(username: string, displayName: string): Promise<string> {
  const api = await apiAs('donghu');
  const { roles } = await api.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  const { createUser } = await api.data<{
    createUser: { __typename: string; message?: string; data?: { id: string } };
  }>(
    `mutation ($input: CreateUserInput!) {
      createUser(input: $input) {
        __typename
        ... on MutationCreateUserSuccess { data { id } }
        ... on Error { message }
      }
    }`,
    {
      input: {
        username,
        displayName,
        password: PASSWORD,
        roleIds: roles.filter((r) => r.key === 'district-admin').map((r) => r.id),
      },
    },
  );
  if (!createUser.data) throw new Error(`createUser ${username}: ${createUser.message ?? ''}`);
  return createUser.data.id;
}

async function secondFactorEnrolled(username: string): Promise<boolean | undefined> {
  const api = await apiAs('donghu');
  const { users } = await api.data<{
    users: { username: string; secondFactorEnrolled: boolean }[];
  }>('{ users { username secondFactorEnrolled } }');
  return users.find((u) => u.username === username)?.secondFactorEnrolled;
}

const focused = (page: Page) =>
  codeField(page)
    .or(page.getByLabel('应用显示的动态码'))
    .evaluate((e) => e === document.activeElement);
const sessionOf = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);

describe('the second factor of administrators', () => {
  it('enrolls a new administrator at the first sign-in, and returns to the page asked for', async () => {
    const username = 'sf-enroll';
    await createAdministrator(username, '新管理员');
    const page = await browser.page();
    await page.goto('/users');
    await fillCredentials(page, username, PASSWORD);
    await page.getByRole('heading', { name: '绑定身份验证器' }).waitFor();

    // The secret grouped in fours for typing, the link a QR code carries, and the QR code.
    const shown = (await page.getByRole('definition').first().locator('code').textContent()) ?? '';
    expect(shown).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    const secret = shown.replaceAll(' ', '');
    const uri = await page.getByText(/^otpauth:\/\/totp\//).textContent();
    expect(secretOf(uri ?? '')).toBe(secret);
    expect(uri).toContain(username);
    await page.getByRole('img', { name: '身份验证器二维码' }).locator('svg').waitFor();
    await expect.poll(() => focused(page)).toBe(true);
    expect(await sessionOf(page)).toBeNull();

    // A wrong first code is refused in the page's error area; the field is emptied for another.
    const field = page.getByLabel('应用显示的动态码');
    await field.fill(wrongCode(secret));
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: '动态码不正确' }).waitFor();
    await expect.poll(() => field.inputValue()).toBe('');
    expect(await sessionOf(page)).toBeNull();

    // The code the authenticator app would show now.
    await field.fill(totpCode(secret));
    await field.press('Enter');
    await page.waitForURL((u) => u.pathname === '/users');
    expect(await sessionOf(page)).not.toBeNull();
    await page.getByRole('row').filter({ hasText: username }).getByText('已绑定').waitFor();
    expect(await secondFactorEnrolled(username)).toBe(true);
    await page.context().close();
  });

  it('answers a wrong code with the one failure message, and signs nothing in', async () => {
    const username = 'sf-wrong';
    await createAdministrator(username, '管理员乙');
    const authenticator = new Authenticator();
    await authenticator.login(new GraphQLClient(browser.url), username, PASSWORD);
    const secret = authenticator.secrets.get(username) ?? '';

    const page = await browser.page();
    await page.goto('/');
    // A wrong password first: the message every failure gives.
    await fillCredentials(page, username, 'Not-the-password-1');
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: FAILED }).waitFor();

    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('heading', { name: '动态码验证' }).waitFor();
    await expect.poll(() => focused(page)).toBe(true);
    await codeField(page).fill(wrongCode(secret));
    await codeField(page).press('Enter');
    await alert.getByText(FAILED, { exact: true }).waitFor();

    // Nothing signed in: no token, still the code step, its field emptied and focused again.
    expect(await sessionOf(page)).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/login');
    await expect.poll(() => codeField(page).inputValue()).toBe('');
    await expect.poll(() => focused(page)).toBe(true);

    // The message follows the language switch, as the server gave it in both.
    await page.getByText('English', { exact: true }).click();
    await alert.filter({ hasText: 'Sign-in failed: wrong username, password or code' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await alert.filter({ hasText: FAILED }).waitFor();

    // The right code still signs in after the refused one.
    await codeField(page).fill(await authenticator.nextCode(username));
    await codeField(page).press('Enter');
    await page.waitForURL((u) => u.pathname === '/');
    expect(await sessionOf(page)).not.toBeNull();
    await page.context().close();
  });

  it('lets an administrator reset a lost second factor; the next sign-in enrolls again', async () => {
    const username = 'sf-reset';
    await createAdministrator(username, '管理员丙');
    const authenticator = new Authenticator();
    await authenticator.login(new GraphQLClient(browser.url), username, PASSWORD);
    const oldSecret = authenticator.secrets.get(username);
    expect(await secondFactorEnrolled(username)).toBe(true);

    const page = await browser.page();
    await login(page, 'donghu', '/users');
    const row = page.getByRole('row').filter({ hasText: username });
    await row.getByText('已绑定').waitFor();
    await row.getByRole('button', { name: '重置动态码' }).click();
    const dialog = page.getByRole('dialog', { name: '重置「管理员丙」的动态码？' });
    await dialog
      .getByText('重置后，该用户下次登录时须重新绑定身份验证器', { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: '重置动态码' }).click();
    await row.getByText('未绑定').waitFor();
    expect(await row.getByRole('button', { name: '重置动态码' }).count()).toBe(0);
    expect(await secondFactorEnrolled(username)).toBe(false);

    // The user, signing in again, is asked to set up an authenticator, with a new secret.
    const own = await browser.page();
    await own.goto('/');
    await fillCredentials(own, username, PASSWORD);
    await own.getByRole('heading', { name: '绑定身份验证器' }).waitFor();
    const uri = await own.getByText(/^otpauth:\/\/totp\//).textContent();
    expect(secretOf(uri ?? '')).not.toBe(oldSecret);
    expect(await sessionOf(own)).toBeNull();
    await own.context().close();
    await page.context().close();
  });
});
