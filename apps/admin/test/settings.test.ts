import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminPlugins } from '../src/plugins.ts';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

// 示范市 (the city) has no plugin on: switching one there leaves the districts other tests read
// untouched, and the test switches it back off at the end.
interface PluginState {
  pluginId: string;
  titleZh: string;
  dependsOn: string[];
  enabled: boolean;
  configSchema: { properties?: Record<string, Record<string, unknown>> } | null;
}

async function cityPlugins(): Promise<PluginState[]> {
  const api = await apiAs('city');
  const { district } = await api.data<{ district: { plugins: PluginState[] } }>(
    '{ district { plugins { pluginId titleZh dependsOn enabled configSchema } } }',
  );
  return district.plugins;
}

const menuTexts = (page: Page) =>
  page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem').allTextContents();

describe('plugins and settings', () => {
  it('switches a plugin on and off, its menu entries following, and asks before switching off', async () => {
    const installed = await cityPlugins();
    // A plugin with menu entries and no dependencies, off in the city.
    const admin = adminPlugins.find(
      (p) =>
        p.nav.length > 0 &&
        installed.some((s) => s.pluginId === p.id && s.dependsOn.length === 0 && !s.enabled),
    );
    expect(admin, 'an installed plugin with menu entries').toBeDefined();
    if (!admin) return;
    const plugin = installed.find((p) => p.pluginId === admin.id);
    const entries = admin.nav.map((e) => e.label.zh);

    const page = await browser.page();
    await login(page, 'city', '/settings');
    const toggle = page.getByRole('switch', { name: `启用 ${plugin?.titleZh}` });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    for (const entry of entries) expect(await menuTexts(page)).not.toContain(entry);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => menuTexts(page)).toEqual(expect.arrayContaining(entries));

    // Off asks first; cancelling keeps it on.
    await toggle.click();
    const confirm = page.getByRole('dialog').filter({ hasText: `停用「${plugin?.titleZh}」？` });
    await confirm.getByText('数据和设置会保留').waitFor();
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    for (const entry of entries) await expect.poll(() => menuTexts(page)).not.toContain(entry);

    // And on again.
    await toggle.click();
    await expect.poll(() => menuTexts(page)).toEqual(expect.arrayContaining(entries));

    const api = await apiAs('city');
    await api.data('mutation ($id: String!) { disablePlugin(pluginId: $id) { __typename } }', {
      id: admin.id,
    });
    await page.context().close();
  });

  it('builds the settings form from the schema and shows the server’s refusal under the field', async () => {
    const installed = await cityPlugins();
    const configurable = installed.find((p) =>
      Object.values(p.configSchema?.properties ?? {}).some((f) => typeof f.minimum === 'number'),
    );
    expect(configurable, 'an installed plugin with a bounded number setting').toBeDefined();
    if (!configurable?.configSchema?.properties) return;
    const [key, field] = Object.entries(configurable.configSchema.properties).find(
      ([, f]) => typeof f.minimum === 'number',
    ) ?? ['', {}];
    const label = (field['x-label'] as { zh?: string } | undefined)?.zh ?? key;

    const page = await browser.page();
    await login(page, 'city', '/settings');
    const card = page.locator('.ant-card').filter({ hasText: configurable.titleZh });
    await card.getByRole('button', { name: '设置' }).click();
    const input = card.getByLabel(label, { exact: true });
    await input.waitFor();
    await screenshot(page, 'settings');
    await input.fill(String(Number(field.minimum) - 1));
    await card.getByRole('button', { name: '保存设置' }).click();
    // The server's message, in Chinese, under the field; what was typed stays.
    const error = card.locator('.ant-form-item-explain-error');
    await error.first().waitFor();
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await input.inputValue()).toBe(String(Number(field.minimum) - 1));
    await page.context().close();
  });
});
