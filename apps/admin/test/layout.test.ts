import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, login, overflowing, screenshot, useBrowser } from './browser.ts';

// The shell's layout at the two widths the departments work at: a 1440 px desktop and a 1024 px
// laptop or projector, in both languages.
const browser = useBrowser();

const SIZES = {
  wide: { width: 1440, height: 900 },
  narrow: { width: 1024, height: 768 },
} as const;
type Size = keyof typeof SIZES;
type Language = 'zh' | 'en';

async function openAt(size: Size, language: Language, path: string): Promise<Page> {
  const page = await browser.page({ language: language === 'zh' ? 'zh-CN' : 'en-US' });
  await page.setViewportSize(SIZES[size]);
  await login(page, 'donghu', '/favicon.svg');
  // The UI's language is the one remembered (packages/ui i18n), set before the app starts.
  await page.evaluate((l) => localStorage.setItem('cadre.language', l), language);
  await page.goto(path);
  await page.locator('#main').waitFor();
  return page;
}

const breadcrumbs = (page: Page) => page.getByRole('navigation', { name: /页面位置|Breadcrumb/ });

/** Elements that cut their text with an ellipsis (menu items, headers, titles, buttons, fields). */
const truncated = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        const style = getComputedStyle(e);
        return (
          style.textOverflow === 'ellipsis' &&
          style.visibility !== 'hidden' &&
          style.opacity !== '0' &&
          e.clientWidth > 0 &&
          e.scrollWidth > e.clientWidth
        );
      })
      .map((e) => e.textContent),
  );

let cadre: { id: string; name: string };
let selectionCase: { id: string; title: string };

beforeAll(async () => {
  const api = await apiAs('donghu');
  const data = await api.data<{
    cadres: { edges: { node: { id: string; name: string } }[] };
    selectionCases: { edges: { node: { id: string; title: string } }[] };
  }>(`{
    cadres(first: 1) { edges { node { id name } } }
    selectionCases(first: 1) { edges { node { id title } } }
  }`);
  const [first] = data.cadres.edges;
  const [open] = data.selectionCases.edges;
  if (!first || !open) throw new Error('The demo city has cadres and selection cases');
  cadre = first.node;
  selectionCase = open.node;
});

describe.each(['wide', 'narrow'] as const)('at %s width', (size) => {
  it('leads from a profile back up through breadcrumbs built from the routes', async () => {
    const page = await openAt(size, 'zh', `/cadres/${cadre.id}`);
    const trail = breadcrumbs(page);
    await expect
      .poll(() => trail.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringContaining('工作台'),
        expect.stringContaining('干部名册'),
        cadre.name,
      ]);
    await expect.poll(() => trail.locator('[aria-current="page"]').innerText()).toBe(cadre.name);
    if (size === 'narrow') await screenshot(page, 'layout-profile-1024');
    await trail.getByRole('link', { name: '干部名册' }).click();
    await page.waitForURL((u) => u.pathname === '/cadres');
    // A page of the menu has no trail.
    await page.getByRole('heading', { name: '干部名册' }).waitFor();
    await expect(breadcrumbs(page).count()).resolves.toBe(0);
  });

  it("gives a plugin's sub-pages breadcrumbs from its route titles, in English too", async () => {
    const page = await openAt(size, 'en', `/selection/cases/${selectionCase.id}/record`);
    const trail = breadcrumbs(page);
    await expect
      .poll(() => trail.getByRole('link').allInnerTexts())
      .toEqual(['Dashboard', 'Selection cases', 'Selection case']);
    await expect
      .poll(() => trail.locator('[aria-current="page"]').innerText())
      .toContain(selectionCase.title);
    await trail.getByRole('link', { name: 'Selection case', exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/selection/cases/${selectionCase.id}`);
    await expect
      .poll(() => trail.locator('[aria-current="page"]').innerText())
      .toBe(selectionCase.title);
  });

  it('folds the menu below 1200 px, opens it above, and remembers the viewer’s choice', async () => {
    const page = await openAt(size, 'zh', '/cadres');
    const sider = page.locator('.shell-sider');
    const width = () => sider.evaluate((e) => e.getBoundingClientRect().width);
    await expect.poll(width).toBe(size === 'narrow' ? 80 : 232);
    const toggle = page.getByRole('button', { name: size === 'narrow' ? '展开菜单' : '收起菜单' });
    await toggle.click();
    await expect.poll(width).toBe(size === 'narrow' ? 232 : 80);
    await page.reload();
    await expect.poll(width).toBe(size === 'narrow' ? 232 : 80);
    // The choice for one width leaves the other alone.
    await page.setViewportSize(SIZES[size === 'narrow' ? 'wide' : 'narrow']);
    await expect.poll(width).toBe(size === 'narrow' ? 232 : 80);
  });

  describe.each(['zh', 'en'] as const)('in %s', (language) => {
    it('fits the registry and the API keys without a sideways scrollbar', async () => {
      const page = await openAt(size, language, '/cadres');
      await page.locator('.registry tbody tr[data-row-key]').first().waitFor();
      await expect.poll(() => overflowing(page)).toEqual([]);
      if (size === 'narrow' && language === 'zh') await screenshot(page, 'layout-registry-1024');
      for (const path of ['/api-keys', '/users', '/selection/cases']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('.ant-table-row, .ant-table-placeholder').first().waitFor();
        await expect.poll(() => overflowing(page), { message: path }).toEqual([]);
      }
    });

    it('cuts no menu item, heading, title, button or field short', async () => {
      const page = await openAt(size, language, '/cadres');
      await page.locator('.registry tbody tr[data-row-key]').first().waitFor();
      if (size === 'narrow')
        await page.getByRole('button', { name: /展开菜单|Expand menu/ }).click();
      for (const path of [
        '/cadres',
        '/api-keys',
        '/reserve-pools',
        '/settings',
        '/roles',
        '/users',
        '/selection/cases',
        '/selection/statistics',
      ]) {
        if (path !== '/cadres') await page.goto(path);
        await page.getByRole('heading', { level: 1 }).or(page.locator('#registry-title')).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await truncated(page), path).toEqual([]);
      }
    });
  });

  it('names a reserve pool once in its tab', async () => {
    const page = await openAt(size, 'zh', '/reserve-pools');
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    for (const tab of await tabs.all()) {
      const tags = await tab.locator('.ant-tag').allInnerTexts();
      const text = await tab.innerText();
      for (const tag of tags) expect(text.replace(tag, ''), text).not.toContain(tag);
    }
  });

  it('shows plugins by their names, never their internal ids', async () => {
    const page = await openAt(size, 'en', '/settings');
    await page.getByRole('switch').first().waitFor();
    await expect(page.locator('#main').innerText()).resolves.not.toMatch(/\bID\b|\bselection\b/);
    await page.getByText('Selection', { exact: true }).first().waitFor();
  });
});
