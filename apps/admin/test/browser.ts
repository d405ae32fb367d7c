/**
 * Browser tests through the real gateway (see global-setup.ts: one gateway with the demo city per
 * run, shared by every test file — a test that changes data changes rows no other test reads).
 *
 *   import { apiAs, login, screenshot, useBrowser } from './browser.ts';
 *   const browser = useBrowser();          // top of the file: Chromium for this file
 *   const page = await browser.page();     // fresh context (own storage), zh-CN, 1280×800, reduced motion
 *   await login(page, 'donghu');           // through the login form; lands on '/'
 *   await login(page, 'xishan', '/units'); // …or on a path (kept across the login)
 *   await screenshot(page, 'units');       // docs/screenshots/units.png
 *   const api = await apiAs('donghu');     // GraphQLClient signed in, for set-up and checks
 *   browser.url                            // the gateway's address (the UI and /graphql)
 *
 * Demo users: donghu (东湖区, every plugin), xishan (西山县, selection and assessment), city (示范市);
 * each is the district administrator (every permission).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { GraphQLClient } from '@cadre/testing';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

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

/** Opens `path` (default `/`), signs in through the login form there and waits to be back at it. */
export async function login(page: Page, user: DemoUser, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel(/用户名|Username/).fill(user);
  await page.getByLabel(/密码|Password/).fill(passwordOf(user));
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((u) => u.pathname + u.search === path);
}

/** A GraphQL client signed in as a demo user. */
export function apiAs(user: DemoUser): Promise<GraphQLClient> {
  return new GraphQLClient(inject('adminUrl')).login(user, passwordOf(user));
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
