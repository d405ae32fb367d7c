import { describe, expect, it } from 'vitest';
import { login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('units and quotas', () => {
  it('shows a unit’s quota lines, and a refused quota keeps the input with the server’s message', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/units');
    await page.getByRole('heading', { level: 1, name: '单位与职数' }).waitFor();
    const tree = page.getByRole('tree', { name: '单位树' });
    const first = tree.getByRole('treeitem').first();
    await first.waitFor();
    const name = (await first.textContent())?.replace(/(超配|缺配) \d+/g, '').trim() ?? '';
    await first.click();
    await page.getByRole('heading', { level: 2, name }).waitFor();
    const lines = page
      .locator('table')
      .filter({ hasText: '核定职数' })
      .locator('tbody tr.ant-table-row');
    await expect.poll(() => lines.count()).toBeGreaterThan(0);

    // A negative quota: the server refuses it, the message sits under the field in Chinese.
    await page
      .getByRole('button', { name: /^调整 / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    const approved = dialog.getByLabel('核定职数');
    await approved.fill('-1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('职数不能小于 0').first().waitFor();
    expect(await approved.inputValue()).toBe('-1');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    await screenshot(page, 'units');
    await page.context().close();
  });
});
