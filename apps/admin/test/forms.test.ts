import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GraphQLClient } from '@cadre/testing';
import { apiAs, login, useBrowser } from './browser.ts';
import { settled } from './form-helpers.ts';

// The kit's forms (packages/ui `useKitForm`): a refusal is brought into view with its field
// focused, Enter in a date field confirms the date and nothing more, a form writes once however
// often it is submitted, and a create carries an idempotency key so that a retry writes once too.
// Each test works on rows of its own (unique names), as the demo city is shared by every file.

const browser = useBrowser();

const run = Date.now().toString(36);

/** Whether `locator`'s box lies wholly inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return (
    !!box &&
    !!size &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= size.height &&
    box.x + box.width <= size.width
  );
}

const apiKeysNamed = async (api: GraphQLClient, name: string) =>
  (await api.data<{ apiKeys: { name: string }[] }>('{ apiKeys { name } }')).apiKeys.filter(
    (k) => k.name === name,
  ).length;

/** Opens the dialog that issues an API key and types its name and one permission. */
async function apiKeyDialog(page: Page, name: string) {
  await login(page, 'donghu', '/api-keys');
  await page.getByRole('button', { name: '新建密钥' }).click();
  const dialog = page.getByRole('dialog', { name: '新建密钥' });
  await settled(dialog);
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('checkbox', { name: /core\.cadre\.read$/ }).check();
  return dialog;
}

describe('forms of the kit', () => {
  it('focuses the missing over-quota justification in view, and sends nothing', async () => {
    const api = await apiAs('donghu');
    // A unit with no approved post: every motion for it is over the quota.
    const unit = `表单测试局${run}`;
    const created = await api.data<{ createUnit: { data?: { id: string } } }>(
      `mutation ($name: String!, $code: String!) {
        createUnit(category: PARTY_GOVERNMENT_ORGAN, code: $code, name: $name) {
          ... on MutationCreateUnitSuccess { data { id } }
        }
      }`,
      { name: unit, code: `FORM-${run}` },
    );
    expect(created.createUnit.data?.id).toBeTruthy();
    const casesOf = async () =>
      (
        await api.data<{ selectionCases: { totalCount: number } }>(
          'query ($s: String) { selectionCases(search: $s) { totalCount } }',
          { s: unit },
        )
      ).selectionCases.totalCount;

    const page = await browser.page();
    await page.setViewportSize({ width: 1024, height: 768 });
    await login(page, 'donghu', '/selection/cases');
    await page.getByRole('button', { name: '动议新事项' }).click();
    const motion = page.getByRole('dialog', { name: '动议：新建选任事项' });
    await settled(motion);
    await motion.getByLabel('事项名称').fill(`${unit}副局长人选`);
    await motion.getByLabel('单位', { exact: true }).fill(unit);
    const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
    await dropdown.getByText(unit, { exact: true }).waitFor();
    await settled(dropdown);
    await dropdown.getByText(unit, { exact: true }).click();
    await motion.getByLabel('拟任职务').fill('副局长');
    const rank = motion.getByLabel('职务层次');
    await rank.fill('乡科级副职');
    await rank.press('Enter');
    await motion
      .getByText(/该单位该层级无空缺职数/)
      .first()
      .waitFor();
    await motion.getByLabel('动议分析').fill('业务骨干调任，需配备分管副职。');

    // The justification is left empty; the submit button is at the bottom of the drawer.
    await motion.getByRole('button', { name: '提交动议' }).click();
    const justification = motion.getByLabel('超职数动议理由');
    await expect
      .poll(() => justification.evaluate((el) => el === document.activeElement))
      .toBe(true);
    const message = motion.getByText('该单位该层级无空缺职数，须填写超职数动议理由');
    await message.waitFor();
    expect(await inViewport(page, justification)).toBe(true);
    expect(await inViewport(page, message)).toBe(true);
    expect(await casesOf()).toBe(0);
    await page.context().close();
  });

  it('focuses the field a server refusal names, in view', async () => {
    const api = await apiAs('donghu');
    const { cadres } = await api.data<{ cadres: { edges: { node: { id: string } }[] } }>(
      '{ cadres(first: 1) { edges { node { id } } } }',
    );
    const page = await browser.page();
    await page.setViewportSize({ width: 1024, height: 768 });
    await login(page, 'donghu', `/cadres/${cadres.edges[0]?.node.id ?? ''}`);
    await page.getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog', { name: '编辑干部信息' });
    await settled(drawer);
    const birth = drawer.getByLabel('出生日期');
    await birth.click();
    await birth.fill('2030-01-01');
    await birth.press('Tab');
    // Scrolled away from the field, as a clerk at the last fields of the drawer is.
    await drawer.getByLabel('熟悉专业有何专长').scrollIntoViewIfNeeded();
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer
      .getByRole('alert')
      .getByText(/日期不能晚于今天/)
      .waitFor();
    await expect.poll(() => birth.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await inViewport(page, birth)).toBe(true);
    await page.context().close();
  });

  it('takes Enter in a date field as the date, not as submitting the form', async () => {
    const api = await apiAs('donghu');
    const name = `回车测试密钥 ${run}`;
    const page = await browser.page();
    const dialog = await apiKeyDialog(page, name);
    const expires = dialog.getByLabel('有效期至');
    await expires.click();
    await expires.fill('2099-12-31');
    await expires.press('Enter');
    await expect.poll(() => expires.inputValue()).toBe('2099-12-31');
    // Give a submit the time to reach the server: nothing may have been issued.
    await page.waitForTimeout(1000);
    expect(await apiKeysNamed(api, name)).toBe(0);
    expect(await dialog.isVisible()).toBe(true);

    // The button still issues it, with the date as typed.
    await dialog.getByRole('button', { name: /签\s*发/ }).click();
    await page.getByRole('dialog', { name: `密钥已签发：${name}` }).waitFor();
    expect(await apiKeysNamed(api, name)).toBe(1);
    await page.context().close();
  });

  it('writes once when submitted again while the first submit is on its way', async () => {
    const api = await apiAs('donghu');
    const name = `重复提交测试密钥 ${run}`;
    const page = await browser.page();
    // A slow network: the answer takes a while, and the clerk presses Enter again meanwhile.
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('CreateApiKey')) return route.fallback();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    const dialog = await apiKeyDialog(page, name);
    const field = dialog.getByLabel('名称');
    await field.press('Enter');
    await page.waitForTimeout(300);
    await field.press('Enter');
    await dialog.getByRole('button', { name: /签\s*发/ }).click({ force: true, noWaitAfter: true });
    await page.getByRole('dialog', { name: `密钥已签发：${name}` }).waitFor();
    await page.waitForTimeout(2000);
    expect(await apiKeysNamed(api, name)).toBe(1);
    await page.context().close();
  });

  it('sends a create with an idempotency key, so that a retry writes once', async () => {
    const api = await apiAs('donghu');
    const name = `重试测试密钥 ${run}`;
    const page = await browser.page();
    const keys: string[] = [];
    // The network drops the first answer and the request goes out again, as a retry would.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('CreateApiKey')) return route.fallback();
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      await route.fetch();
      await route.fulfill({ response: await route.fetch() });
    });
    const dialog = await apiKeyDialog(page, name);
    await dialog.getByRole('button', { name: /签\s*发/ }).click();
    await page.getByRole('dialog', { name: `密钥已签发：${name}` }).waitFor();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await apiKeysNamed(api, name)).toBe(1);
    await page.context().close();
  });
});
