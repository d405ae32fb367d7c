import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, useBrowser } from './browser.ts';

// The demo city reads like a real district's books: quotas leave posts open and a few units over
// them, 科员 fill no quota, and every selection case has its own title and, once appointed, its
// own 任职文号. Read as the district's clerk sees them, in Chromium.

const browser = useBrowser();

/** The number a statistic on the page shows under its title. */
async function statistic(page: Page, title: string): Promise<number> {
  const content = page
    .locator('.ant-statistic')
    .filter({ has: page.getByText(title, { exact: true }) })
    .locator('.ant-statistic-content-value');
  await content.waitFor();
  return Number((await content.textContent())?.replace(/,/g, ''));
}

/** The stages by which a case has an appointment document (任职文件). */
const APPOINTED = ['试用期', '正式任职', '试用不合格'];

describe('the demo data', () => {
  it('has posts open and units over quota: 核定职数, 实际配备 and 在职干部 differ', async () => {
    const page = await browser.page();
    await login(page, 'donghu');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    const inService = await statistic(page, '在职干部');
    const approved = await statistic(page, '核定职数');
    const filled = await statistic(page, '实际配备');
    expect(inService).toBeGreaterThan(0);
    // Open posts: more approved than filled; 科员 and 办事员 serve outside any quota.
    expect(approved).toBeGreaterThan(filled);
    expect(filled).toBeLessThan(inService);
    expect(approved).not.toBe(inService);
    expect(await statistic(page, '缺配')).toBeGreaterThan(0);
    expect(await statistic(page, '超配')).toBeGreaterThan(0);

    await page.goto('/units');
    const items = page.getByRole('tree', { name: '单位树' }).getByRole('treeitem');
    await items.first().waitFor();
    const tagged = async (tag: string) =>
      items.filter({ hasText: new RegExp(`${tag} \\d+`) }).count();
    const [vacant, over, all] = [await tagged('缺配'), await tagged('超配'), await items.count()];
    expect(vacant).toBeGreaterThan(all / 2);
    expect(over).toBeGreaterThanOrEqual(2);
    // A few: other test files appoint and seat cadres in the same demo city as they run.
    expect(over).toBeLessThan(vacant / 4);
    await page.context().close();
  });

  it('lists selection cases with distinct titles, each appointed one with its 任职文号', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/selection/cases');
    await page.getByRole('heading', { level: 1, name: '选任事项' }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();

    const cases: { title: string; stage: string; href: string }[] = [];
    for (;;) {
      await rows.first().waitFor();
      for (const row of await rows.all()) {
        const link = row.locator('a').first();
        cases.push({
          title: (await link.textContent()) ?? '',
          href: (await link.getAttribute('href')) ?? '',
          stage: (await row.locator('td').nth(5).textContent()) ?? '',
        });
      }
      const next = page.getByRole('button', { name: '下一页' });
      if (await next.isDisabled()) break;
      const first = await rows.first().textContent();
      await next.click();
      await expect.poll(() => rows.first().textContent()).not.toBe(first);
    }
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const titles = cases.map((c) => c.title);
    expect(new Set(titles).size, titles.join('、')).toBe(titles.length);

    const appointed = cases.filter((c) => APPOINTED.includes(c.stage));
    expect(appointed.length).toBeGreaterThanOrEqual(3);
    const numbers: string[] = [];
    for (const { href, title } of appointed) {
      await page.goto(`${href}/record`);
      await page.getByText(title).first().waitFor();
      // The candidates' 任职 column: 东组干〔2026〕23号（2026-04-03）.
      const cell = page.getByRole('cell', { name: /〔\d{4}〕\d+号（\d{4}-\d{2}-\d{2}）$/ });
      await cell.waitFor();
      const text = (await cell.textContent()) ?? '';
      numbers.push(text.slice(0, text.indexOf('（')));
    }
    expect(new Set(numbers).size, numbers.join('、')).toBe(numbers.length);
    await page.context().close();
  });
});
