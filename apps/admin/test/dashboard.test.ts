import { describe, expect, it } from 'vitest';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

// Each chart is an image whose accessible name says what it shows; SVG marks are its picture.
const CHARTS = [
  '职务职级分布',
  '年龄结构（按性别）',
  '性别结构',
  '政治面貌',
  '学历结构（最高学历）',
  '各单位职数配备',
];

describe('the dashboard', () => {
  it('draws the cadre structure and quota charts from the server’s figures', async () => {
    const api = await apiAs('donghu');
    const { cadreStructure, quotaTotals } = await api.data<{
      cadreStructure: { total: number; byRank: { count: number }[] };
      quotaTotals: { overQuota: number };
    }>('{ cadreStructure { total byRank { count } } quotaTotals { overQuota } }');
    expect(cadreStructure.total).toBeGreaterThan(0);

    const page = await browser.page();
    await login(page, 'donghu');
    await expect.poll(() => page.title()).toBe('工作台 · 干部工作平台');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();

    for (const name of CHARTS) {
      const chart = page.getByRole('img', { name: new RegExp(`^${name}：`) });
      await chart.waitFor();
      await expect
        .poll(() => chart.locator('svg path').count(), { timeout: 10_000 })
        .toBeGreaterThan(3);
    }
    // The rank chart names every rank held, with its count.
    const rankSummary = await page
      .getByRole('img', { name: /^职务职级分布：/ })
      .getAttribute('aria-label');
    for (const { count } of cadreStructure.byRank) expect(rankSummary).toContain(` ${count} 人`);

    const statistic = (title: string) =>
      page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
    await expect
      .poll(() => statistic('在职干部').textContent())
      .toBe(`${cadreStructure.total.toLocaleString('en-US')}人`);
    await expect.poll(() => statistic('超配').textContent()).toBe(String(quotaTotals.overQuota));

    await screenshot(page, 'dashboard');
    await page.context().close();
  });
});
