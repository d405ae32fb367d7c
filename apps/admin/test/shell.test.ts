import { beforeAll, describe, expect, it } from 'vitest';
import { adminPlugins } from '../src/plugins.ts';
import { coreRoutes } from '../src/routes.tsx';
import {
  apiAs,
  codeField,
  demoAuthenticator,
  fillCredentials,
  login,
  passwordOf,
  screenshot,
  SESSION_KEY,
  signInThroughForm,
  useBrowser,
  type DemoUser,
} from './browser.ts';

const browser = useBrowser();

// A staff account without administrative permissions: it signs in with its password alone.
const CLERK = { username: 'shell-clerk', password: 'Clerk-password-2026' };

beforeAll(async () => {
  const api = await apiAs('donghu');
  const { roles } = await api.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  const { createUser } = await api.data<{ createUser: { __typename: string; message?: string } }>(
    `mutation ($input: CreateUserInput!) {
      createUser(input: $input) { __typename ... on Error { message } }
    }`,
    {
      input: {
        username: CLERK.username,
        displayName: '干部科科员',
        password: CLERK.password,
        roleIds: roles.filter((r) => r.key === 'cadre-section').map((r) => r.id),
      },
    },
  );
  expect(createUser.__typename, createUser.message).toBe('MutationCreateUserSuccess');
});

/** The menu a viewer should see: core entries, then the nav of the plugins their district enables. */
async function expectedMenu(user: DemoUser): Promise<string[]> {
  const api = await apiAs(user);
  const { district, myPermissions } = await api.data<{
    district: { plugins: { pluginId: string; enabled: boolean }[] };
    myPermissions: string[];
  }>('{ district { plugins { pluginId enabled } } myPermissions }');
  const enabled = new Set(district.plugins.filter((p) => p.enabled).map((p) => p.pluginId));
  const held = (permission?: string) => !permission || myPermissions.includes(permission);
  const core = (group: string) =>
    coreRoutes.filter((r) => r.nav?.group === group && held(r.permission)).map((r) => r.title?.zh);
  const plugins = adminPlugins
    .filter((p) => enabled.has(p.id))
    .flatMap((p) => p.nav.filter((e) => held(e.permission)).map((e) => e.label.zh));
  return [...core('work'), ...plugins, ...core('system')].map(String);
}

describe('the admin shell', () => {
  it('signs in, shows the district, and a menu of core entries and the enabled plugins', async () => {
    const page = await browser.page();
    await page.goto('/');
    await expect.poll(() => page.title()).toBe('登录 · 干部工作平台');
    await fillCredentials(page, 'donghu', passwordOf('donghu'));
    // An administrator: the password is followed by the code of the authenticator app.
    await page.getByRole('heading', { name: '动态码验证' }).waitFor();
    await expect
      .poll(() => codeField(page).evaluate((e) => e === document.activeElement))
      .toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
    await screenshot(page, 'login');
    await codeField(page).fill(await demoAuthenticator().nextCode('donghu'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/');
    await expect(page.getByRole('status', { name: '当前地区' }).textContent()).resolves.toContain(
      '东湖区',
    );
    const menu = page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem');
    const expected = await expectedMenu('donghu');
    await expect.poll(() => menu.allTextContents()).toEqual(expected);
    await page.context().close();
  });

  it('gives a district with fewer plugins the menu of its own plugins', async () => {
    const page = await browser.page();
    await login(page, 'xishan');
    const menu = page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem');
    const expected = await expectedMenu('xishan');
    await expect.poll(() => menu.allTextContents()).toEqual(expected);
    await page.context().close();
  });

  it('keeps a deep link through the login, and follows back and forward', async () => {
    const page = await browser.page();
    await page.goto('/units?from=link');
    await page.waitForURL((u) => u.pathname === '/login');
    // Not an administrator: no code asked.
    await fillCredentials(page, CLERK.username, CLERK.password);
    await page.waitForURL('**/units?from=link');
    expect(await codeField(page).count()).toBe(0);
    await page.getByRole('menuitem', { name: '干部名册' }).click();
    await page.waitForURL('**/cadres');
    await page.goBack();
    await page.waitForURL('**/units?from=link');
    await page.goForward();
    await page.waitForURL('**/cadres');
    await expect.poll(() => page.title()).toBe('干部名册 · 干部工作平台');
    await page.context().close();
  });

  it('switches to English and back, remembering the choice', async () => {
    const page = await browser.page();
    await login(page, 'donghu');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Cadre registry' }).waitFor();
    await expect.poll(() => page.title()).toBe('Dashboard · Cadre Platform');
    await page.reload();
    await page.getByRole('menuitem', { name: 'Cadre registry' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('menuitem', { name: '干部名册' }).waitFor();
    await page.context().close();
  });

  it('asks the server again in the new language, keeping the page', async () => {
    const api = await apiAs('donghu');
    const { roles } = await api.data<{ roles: { nameZh: string; nameEn: string }[] }>(
      '{ roles { nameZh nameEn } }',
    );
    const role = roles.find((r) => r.nameZh !== r.nameEn);
    expect(role, 'a role named differently in Chinese and English').toBeDefined();
    if (!role) return;
    const page = await browser.page();
    await login(page, 'donghu', '/roles');
    // The name cell reads "<name> <built-in tag>".
    const named = (name: string) => page.getByRole('cell').filter({ hasText: name }).first();
    await named(role.nameZh).waitFor();
    // Role names are the server's text: they change only if the page's query is asked again.
    // A mark on the window that a reload would wipe.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await page.getByText('English', { exact: true }).click();
    await named(role.nameEn).waitFor();
    expect(await page.getByRole('cell').filter({ hasText: role.nameZh }).count()).toBe(0);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/roles');
    await page.context().close();
  });

  it('sends an ended session back to the login page, then to where the viewer was', async () => {
    const page = await browser.page();
    // A page that asks the server nothing more, so the next request is the one the click makes.
    // A session of this test's own, since it ends.
    await signInThroughForm(page, 'xishan', '/no/such/page');
    await page.getByText('页面不存在').waitFor();
    // The session ends on the server (as after the idle timeout).
    const token = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    const api = await apiAs('xishan');
    await api.withToken(token).data('mutation { logout { __typename } }');
    await page.getByRole('menuitem', { name: '干部名册' }).click();
    await page.getByText('登录已过期，请重新登录').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/cadres');
    await page.getByLabel('用户名').fill('xishan');
    await page.getByLabel('密码').fill(passwordOf('xishan'));
    await page.getByLabel('密码').press('Enter');
    // The code step keeps the way back; a new code may wait for the next 30-second step.
    const code = await demoAuthenticator().nextCode('xishan');
    await codeField(page).fill(code);
    await codeField(page).press('Enter');
    await page.waitForURL('**/cadres');
    await page.context().close();
  });

  it('signs out from the account menu, with the keyboard', async () => {
    const page = await browser.page();
    // Signing out ends the session: one of this test's own.
    await signInThroughForm(page, 'city');
    const account = page.getByRole('button', { name: /账号/ });
    await account.focus();
    await page.keyboard.press('Enter');
    const signOut = page.getByRole('menuitem', { name: '退出登录' });
    await expect.poll(() => signOut.evaluate((item) => item === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/login');
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
    await page.context().close();
  });

  it('shows not-found for an unknown address, inside the shell', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/no/such/page');
    await page.getByText('页面不存在').waitFor();
    await page.context().close();
  });
});
