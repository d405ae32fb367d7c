import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

// 选拔任用 pages on the demo city, read only: the next step on the first screen of a narrow
// window, the 民主推荐 actions whole at 1440 and 1024 px, every bar of the age chart named, the
// integrity check's sources by name, and a deliberation without opinions not called ready.

const browser = useBrowser();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** The address of the demo's first case at `stage` in 东湖区. */
async function caseAt(stage: string): Promise<string> {
  const api = await apiAs('donghu');
  const { selectionCases } = await api.data<{
    selectionCases: { edges: { node: { id: string } }[] };
  }>(
    `query ($stage: SelectionStage!) { selectionCases(stage: $stage, first: 1) {
      edges { node { id } } } }`,
    { stage },
  );
  const id = selectionCases.edges[0]?.node.id;
  if (!id) throw new Error(`the demo has no case at ${stage}`);
  return `/selection/cases/${id}`;
}

async function openAt(page: Page, path: string, size: (typeof SIZES)[number]) {
  await page.setViewportSize(size);
  await login(page, 'donghu', path);
  await page.getByTitle('当前环节').waitFor();
}

/** Whether `inner` lies wholly within `outer` on the page (a pixel of rounding allowed). */
async function within(inner: Locator, outer: Locator) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) throw new Error('not laid out');
  return (
    a.x >= b.x - 1 &&
    a.y >= b.y - 1 &&
    a.x + a.width <= b.x + b.width + 1 &&
    a.y + a.height <= b.y + b.height + 1
  );
}

describe('selection pages on narrow and wide screens', () => {
  it('puts the next step on the first screen at 1024 × 768', async () => {
    const path = await caseAt('DELIBERATION');
    for (const size of SIZES) {
      const page = await browser.page();
      await openAt(page, path, size);
      const next = page.getByText('下一步', { exact: true }).first();
      await next.waitFor();
      const box = await next.boundingBox();
      expect(box, `${size.width}`).not.toBeNull();
      expect(box?.y ?? Infinity, `${size.width}`).toBeLessThan(size.height);
      if (size.width === 1024) await screenshot(page, 'selection-case-1024');
      await page.context().close();
    }
  });

  it('shows the 民主推荐 actions whole at 1440 and 1024', async () => {
    const path = await caseAt('RECOMMENDATION');
    for (const size of SIZES) {
      const page = await browser.page();
      await openAt(page, path, size);
      const table = page.getByRole('table').filter({ hasText: '资格条件' });
      const drop = table.getByRole('button', { name: '不再列为考察对象' }).first();
      await drop.waitFor();
      // The table's scrolled viewport: what lies outside it is cut off.
      const viewport = page.locator('.ant-table-content, .ant-table-body').filter({ has: drop });
      expect(await within(drop, viewport), `${size.width}`).toBe(true);
      const card = page.locator('.ant-card').filter({ has: table });
      expect(await within(drop, card), `${size.width}`).toBe(true);
      await page.context().close();
    }
  });

  it('names every bar of the age chart', async () => {
    // The six bands of the statistics (AGE_BANDS), as the chart's axis should name them.
    const labels = ['35岁及以下', '36至40岁', '41至45岁', '46至50岁', '51至55岁', '56岁及以上'];
    for (const size of SIZES) {
      const page = await browser.page();
      await page.setViewportSize(size);
      await login(page, 'donghu', '/selection/statistics');
      const chart = page.getByRole('img', { name: /年龄/ }).first();
      await chart.locator('svg text').first().waitFor();
      await expect
        .poll(
          async () => {
            const texts = await chart.locator('svg text').allTextContents();
            return labels.filter((label) => texts.includes(label));
          },
          { message: `${size.width}` },
        )
        .toEqual(labels);
      await page.context().close();
    }
  });

  it('names the sources of the integrity check, not their ids', async () => {
    const page = await browser.page();
    await openAt(page, await caseAt('DELIBERATION'), SIZES[0]);
    await page
      .getByRole('navigation', { name: '办理环节' })
      .getByText('考察', { exact: true })
      .click();
    const consulted = page.getByText(/^已核查：/);
    await consulted.waitFor();
    await expect(consulted.textContent()).resolves.toMatch(/^已核查：干部档案、选拔任用/);
    await page.context().close();
  });

  it('does not call a deliberation without opinions ready', async () => {
    const page = await browser.page();
    await openAt(page, await caseAt('DELIBERATION'), SIZES[0]);
    await page.getByText('尚未听取任何酝酿意见，未经酝酿的不上会').first().waitFor();
    expect(await page.getByText(/可以提交(讨论决定|部务会研究)/).count()).toBe(0);
    // The step out says why it cannot be taken today.
    await page.getByText(/暂不能办理：.*尚未听取任何酝酿意见/).waitFor();
    await page.context().close();
  });
});
