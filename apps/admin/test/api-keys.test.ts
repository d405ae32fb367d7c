import { describe, expect, it } from 'vitest';
import { GraphQLClient } from '@cadre/testing';
import { login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('API keys', () => {
  it('issues a key, shows its secret once, and revokes it so it no longer signs in', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/api-keys');
    const name = `浏览器测试密钥 ${Date.now()}`;

    await page.getByRole('button', { name: '新建密钥' }).click();
    const form = page.getByRole('dialog', { name: '新建密钥' });
    await form.getByLabel('名称').fill(name);
    await form.getByRole('checkbox', { name: /core\.cadre\.read$/ }).check();
    // The picture shows the form, never a secret.
    await screenshot(page, 'api-keys');
    await form.getByRole('button', { name: /签\s*发/ }).click();

    // The secret, once, with the warning and a copy button.
    const shown = page.getByRole('dialog', { name: `密钥已签发：${name}` });
    await shown.getByText('密钥只显示这一次').waitFor();
    await shown.getByRole('button', { name: '复制密钥' }).waitFor();
    const secret =
      (await shown.getByTestId('api-key-secret').textContent())?.replace('复制密钥', '').trim() ??
      '';
    expect(secret).toMatch(/^\S{24,}$/);

    // It works over HTTP with exactly what it was given.
    const partner = new GraphQLClient(browser.url).withToken(secret);
    const before = await partner.request<{ cadres: { totalCount: number } }>(
      '{ cadres(first: 1) { totalCount } }',
    );
    expect(before.status).toBe(200);
    expect(before.data?.cadres.totalCount).toBeGreaterThan(0);

    await shown.getByRole('button', { name: '我已妥善保存' }).click();
    // Gone from the page, not just hidden.
    await expect.poll(() => page.content()).not.toContain(secret);

    // Revoking asks first; then the key is refused at once.
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: `吊销 ${name}` }).click();
    await page.getByRole('tooltip').getByText('吊销立即生效且不可撤销').waitFor();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /吊\s*销/ })
      .click();
    await row.getByText('已吊销').waitFor();
    const after = await partner.request('{ cadres(first: 1) { totalCount } }');
    expect(after.status).toBe(401);
    await page.context().close();
  });
});
