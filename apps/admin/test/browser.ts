/**
 * Browser tests through the real gateway (see global-setup.ts: one gateway with the demo city per
 * run, shared by every test file — a test that changes data changes rows no other test reads).
 *
 *   import { apiAs, login, screenshot, useBrowser } from './browser.ts';
 *   const browser = useBrowser();          // top of the file: Chromium for this file
 *   const page = await browser.page();     // fresh context (own storage), zh-CN, 1280×800, reduced motion
 *   await login(page, 'donghu');           // signed in (the user's shared session); lands on '/'
 *   await login(page, 'xishan', '/units'); // …or on a path
 *   await screenshot(page, 'units');       // docs/screenshots/units.png
 *   const api = await apiAs('donghu');     // GraphQLClient in the same session, for set-up and checks
 *   await overflowing(page);               // what scrolls sideways (nothing should at 1024 px)
 *   browser.url                            // the gateway's address (the UI and /graphql)
 *
 * Demo users: donghu (东湖区, every plugin), xishan (西山县, selection and assessment), city (示范市);
 * each is the district administrator (every permission), so each signs in with a TOTP code of a
 * new 30-second step. global-setup.ts signs each in once; `login` and `apiAs` share that session.
 * Only tests of signing in go through the form (`signInThroughForm`, with codes of
 * `demoAuthenticator()`, one test file at a time per user): never sign the shared session out.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { GraphQLClient } from '@cadre/testing';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { Authenticator } from '@cadre/testing';

export type DemoUser = 'donghu' | 'xishan' | 'city';

export interface BrowserHarness {
  url: string;
  /** A page in a context of its own (no shared storage or session). */
  page(options?: { language?: 'zh-CN' | 'en-US' }): Promise<Page>;
}

export function useBrowser(): BrowserHarness {
  let browser: Browser | undefined;
  const url = inject('adminUrl');
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url,
    page: async ({ language = 'zh-CN' } = {}) => {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll');
      const context = await browser.newContext({
        baseURL: url,
        locale: language,
        viewport: { width: 1280, height: 800 },
        // The UI honours the setting with instant dialogs and menus: a click never meets a half-closed one.
        reducedMotion: 'reduce',
      });
      return context.newPage();
    },
  };
}

export function passwordOf(user: DemoUser): string {
  const password = inject('demoLogins')[user];
  if (!password) throw new Error(`No demo login for ${user}`);
  return password;
}

function accountOf(user: DemoUser) {
  const account = inject('demoAccounts')[user];
  if (!account) throw new Error(`No session of ${user} (see global-setup.ts)`);
  return account;
}

/** Where the app keeps its session token (src/session/token.ts). */
export const SESSION_KEY = 'cadre.session';

/**
 * Opens `path` (default `/`) signed in as the demo user, in the session global-setup.ts started
 * for that user, and waits to be there. Not through the form: see `signInThroughForm`.
 */
export async function login(page: Page, user: DemoUser, path = '/'): Promise<void> {
  // A file of the app's origin that is not the app: the token is in place before it starts.
  await page.goto('/favicon.svg');
  await page.evaluate(([key, token]) => localStorage.setItem(key, token), [
    SESSION_KEY,
    accountOf(user).session,
  ] as const);
  await page.goto(path);
  await page.waitForURL((u) => u.pathname + u.search === path);
}

let authenticator: Authenticator | undefined;

/** The demo users' authenticator: their secrets, and the steps whose codes are used up. */
export function demoAuthenticator(): Authenticator {
  authenticator ??= new Authenticator(inject('demoAccounts'));
  return authenticator;
}

/** Types username and password into the login form on screen and submits them. */
export async function fillCredentials(page: Page, username: string, password: string) {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
}

/** The code field of the sign-in's second step (an administrator's code). */
export const codeField = (page: Page) => page.getByLabel(/^(动态码|Code)$/);

/**
 * Opens `path`, signs in through the login form there — username, password, then a fresh code
 * of the user's authenticator — and waits to be back at it. A new session of its own, which
 * the test may end.
 */
export async function signInThroughForm(page: Page, user: DemoUser, path = '/'): Promise<void> {
  await page.goto(path);
  await fillCredentials(page, user, passwordOf(user));
  await codeField(page).fill(await demoAuthenticator().nextCode(user));
  await codeField(page).press('Enter');
  await page.waitForURL((u) => u.pathname + u.search === path);
}

/** A GraphQL client in the demo user's shared session. */
export function apiAs(user: DemoUser): Promise<GraphQLClient> {
  return Promise.resolve(new GraphQLClient(inject('adminUrl')).withToken(accountOf(user).session));
}

const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Writes docs/screenshots/<name>.png of the viewport (what the README shows). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  // Fonts and lazy chunks settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, type: 'png', animations: 'disabled', caret: 'hide' });
  return path;
}

/** The page and every table body that scroll sideways: `scrollWidth` past `clientWidth`. */
export const overflowing = (page: Page) =>
  page.evaluate(() =>
    [
      document.scrollingElement,
      ...document.querySelectorAll('.ant-table-content, .ant-table-body'),
    ].flatMap((e) =>
      e && e.scrollWidth > e.clientWidth
        ? [`${e.className || 'page'}: ${e.scrollWidth} > ${e.clientWidth}`]
        : [],
    ),
  );
