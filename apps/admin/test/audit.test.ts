import { describe, expect, it } from 'vitest';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('the audit trail', () => {
  it('shows the chain verified intact, and filters the trail on the server', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/audit');
    const status = page.getByRole('status').filter({ hasText: '审计链' });
    await status.getByText('审计链完整').waitFor();
    const api = await apiAs('donghu');
    const { verifyAuditChain } = await api.data<{
      verifyAuditChain: { intact: boolean; checked: number };
    }>('{ verifyAuditChain { intact checked } }');
    expect(verifyAuditChain.intact).toBe(true);
    expect(await status.textContent()).toMatch(/已逐条校验 \d+ 条记录/);

    // Sign-ins only: every row listed is one.
    await page.getByLabel('操作', { exact: true }).fill('session.');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const codes = page.locator('tbody tr.ant-table-row td:nth-child(5) code');
    await expect.poll(() => codes.count()).toBeGreaterThan(0);
    await expect
      .poll(async () => (await codes.allTextContents()).every((c) => c.startsWith('session.')))
      .toBe(true);

    // A record opens to its field changes and hash.
    await page
      .getByRole('button', { name: /展开行/ })
      .first()
      .click();
    await page.getByText('哈希值').first().waitFor();

    await page.getByRole('button', { name: /重\s*置/ }).click();
    await screenshot(page, 'audit');
    await page.context().close();
  });
});
