import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defined } from '@cadre/testing';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';
import { pick, pickDate, settled } from './form-helpers.ts';

const browser = useBrowser();

describe('units and quotas', () => {
  it('shows a unit’s quota lines, and a refused quota keeps the input with the server’s message', async () => {
    // A demo unit with quota lines: other test files add units of their own, without any.
    const unit = defined(
      (await topUnits()).find((u) => u.quotaLines.length > 0),
      'a unit with quota lines',
    );
    const page = await browser.page();
    await openUnit(page, unit);
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

/** Calendar days in China as the API speaks them, counted from today. */
const chinaDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

interface TreeUnit {
  id: string;
  name: string;
  teams: { id: string; name: string; members: { id: string }[] }[];
  quotaLines: { overQuota: number }[];
  overQuotaPlans: { id: string }[];
}
const TREE_UNIT =
  'id name teams { id name members { id } } quotaLines { overQuota } overQuotaPlans { id }';

/** The demo district's top-level units, as the tree first shows them. */
async function topUnits(): Promise<TreeUnit[]> {
  const api = await apiAs('donghu');
  return (await api.data<{ units: TreeUnit[] }>(`{ units { ${TREE_UNIT} } }`)).units;
}

/** The server's message under the field labelled `label` of a form. */
const fieldError = (form: Locator, label: string) =>
  form
    .locator('.ant-form-item')
    // `has` is matched inside each item: a locator from the page, not from the form.
    .filter({ has: form.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

/** Opens the units page on `unit`, chosen in the tree. */
async function openUnit(page: Page, unit: { name: string }) {
  await login(page, 'donghu', '/units');
  const tree = page.getByRole('tree', { name: '单位树' });
  // The item reads the name and the unit's over-quota or vacant posts (超配 1).
  await tree
    .getByRole('treeitem')
    .filter({ hasText: new RegExp(`^${unit.name}(超配|缺配|$)`) })
    .click();
  await page.getByRole('heading', { level: 2, name: unit.name }).waitFor();
}

describe('leadership team members (班子成员)', () => {
  it('seats cadres with the picker, shows refusals under the form, reorders and removes', async () => {
    const unit = defined(
      (await topUnits()).find((u) => u.teams.length > 0),
      'a unit with a team',
    );
    const team = defined(unit.teams[0]);
    const api = await apiAs('donghu');
    // The demo seats the unit's leaders in post: the test starts from an empty team.
    for (const member of team.members) {
      await api.data('mutation ($id: ID!) { removeTeamMember(id: $id) { __typename } }', {
        id: member.id,
      });
    }
    const { cadres } = await api.data<{ cadres: { edges: { node: { name: string } }[] } }>(
      `query ($unitId: ID!) { cadres(first: 50, filter: { unitId: $unitId, statuses: [ACTIVE] }) {
        edges { node { name } } } }`,
      { unitId: unit.id },
    );
    // Two cadres without a namesake in the unit, so the picker's option is theirs.
    const names = cadres.edges.map((e) => e.node.name);
    const [first, second] = names.filter((n) => names.indexOf(n) === names.lastIndexOf(n));
    const page = await browser.page();
    await openUnit(page, unit);
    const card = page.getByRole('region', { name: team.name });

    const seat = async (name: string, role: string, post: string) => {
      await card.getByRole('button', { name: '添加成员' }).click();
      const dialog = page.getByRole('dialog');
      await settled(dialog);
      await dialog.getByLabel('干部', { exact: true }).fill(name);
      const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
      const option = dropdown.getByText(new RegExp(`^${name}（${unit.name}`));
      await option.waitFor();
      await settled(dropdown);
      await option.click();
      await pick(page, dialog.getByLabel('角色', { exact: true }), role);
      await dialog.getByLabel('班子职务', { exact: true }).fill(post);
      await dialog.getByRole('button', { name: '添加成员' }).click();
      return dialog;
    };
    const rows = card.locator('tbody tr.ant-table-row');
    const order = () => rows.locator('td:nth-child(2)').allTextContents();

    // Too short a post: the server's message under the field, the value as typed.
    const refused = await seat(defined(first), '正职', ' 主');
    await expect
      .poll(() => fieldError(refused, '班子职务').textContent())
      .toBe('班子职务至少 2 个字');
    expect(await refused.getByLabel('班子职务', { exact: true }).inputValue()).toBe(' 主');
    await refused.getByLabel('班子职务', { exact: true }).fill('党委书记');
    await refused.getByRole('button', { name: '添加成员' }).click();
    await expect.poll(order).toEqual([first]);

    // A second principal: refused with the rule's message in the dialog.
    const twice = await seat(defined(second), '正职', '副书记');
    await twice.getByText('该班子已有正职（党委书记），每个班子只设一名主要负责人').waitFor();
    await pick(page, twice.getByLabel('角色', { exact: true }), '副职');
    await twice.getByRole('button', { name: '添加成员' }).click();
    await expect.poll(order).toEqual([first, second]);

    await card.getByRole('button', { name: `下移 ${first}` }).click();
    await expect.poll(order).toEqual([second, first]);

    await card.getByRole('button', { name: `移出 ${second}` }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ visible: true });
    await settled(confirm);
    await confirm.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(order).toEqual([first]);
    await page.context().close();
  });
});

describe('over-quota digestion plans (超职数消化)', () => {
  it('makes a plan, records a step, and refuses what the rules forbid under the fields', async () => {
    const unit = defined(
      (await topUnits()).find(
        (u) => u.quotaLines.some((l) => l.overQuota > 0) && u.overQuotaPlans.length === 0,
      ),
      'a top-level unit over quota without a plan',
    );
    const page = await browser.page();
    await openUnit(page, unit);

    await page.getByRole('button', { name: '制定消化计划' }).click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await dialog.getByLabel('消化措施', { exact: true }).fill('一名副职年内到龄退休');
    const deadline = dialog.getByLabel('消化期限', { exact: true });
    await pickDate(page, deadline, chinaDay(0));
    await dialog.getByRole('button', { name: /新\s*建/ }).click();
    await expect
      .poll(() => fieldError(dialog, '消化期限').textContent())
      .toBe(`消化期限须晚于今天（${chinaDay(0)}）`);
    await pickDate(page, deadline, chinaDay(180));
    await dialog.getByRole('button', { name: /新\s*建/ }).click();
    const plan = page.getByRole('region', { name: /超配 \d+ 名$/ });
    await plan.getByText('一名副职年内到龄退休').waitFor();

    await plan.getByRole('button', { name: '记录进展' }).click();
    const step = page.getByRole('dialog');
    await settled(step);
    await pickDate(page, step.getByLabel('消化日期', { exact: true }), chinaDay(0));
    await step.getByLabel('消化数', { exact: true }).fill('99');
    await step.getByLabel('说明', { exact: true }).fill('到龄退休');
    await step.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => fieldError(step, '消化数').textContent())
      .toMatch(/^消化数不能超过计划尚待消化的 \d+ 名$/);
    expect(await step.getByLabel('消化数', { exact: true }).inputValue()).toBe('99');
    await step.getByLabel('消化数', { exact: true }).fill('1');
    await step.getByRole('button', { name: /保\s*存/ }).click();
    await plan.getByText('已消化 1 名').waitFor();
    await plan.getByRole('cell', { name: '到龄退休' }).waitFor();

    // Still over quota by the figures: the plan stays open, and says why.
    await plan.getByRole('button', { name: '完成计划' }).click();
    const confirm = page.locator('.ant-popconfirm').filter({ visible: true });
    await settled(confirm);
    await confirm.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText(/仍超配 \d+ 名.*计划不能完成/).waitFor();
    expect(await plan.getByText('已完成').count()).toBe(0);
    await screenshot(page, 'units-plans');
    await page.context().close();
  });
});
