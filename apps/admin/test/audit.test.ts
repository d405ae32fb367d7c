import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

interface DecisionCase {
  id: string;
  title: string;
  candidates: { id: string; status: string }[];
}

const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Takes a demo case at 讨论决定 through its meeting (a full committee, every candidate passing)
 * and into 任前公示, as the case page does; its title.
 */
async function startPublicity(): Promise<string> {
  const api = await apiAs('donghu');
  const { selectionCases } = await api.data<{
    selectionCases: { edges: { node: DecisionCase }[] };
  }>(
    '{ selectionCases(stage: DECISION, first: 50) { edges { node { id title candidates { id status } } } } }',
  );
  const refusals: string[] = [];
  for (const { node } of selectionCases.edges) {
    const { recordDecisionMeeting: met } = await api.data<{
      recordDecisionMeeting: { __typename: string; message?: string; data?: { version: number } };
    }>(
      `mutation ($caseId: ID!, $input: DecisionMeetingInput!) {
        recordDecisionMeeting(caseId: $caseId, input: $input) {
          __typename ... on Error { message }
          ... on MutationRecordDecisionMeetingSuccess { data { version } } } }`,
      {
        caseId: node.id,
        input: {
          body: 'FULL_COMMITTEE',
          heldOn: TODAY,
          shouldAttend: 31,
          present: 28,
          chair: '区委书记',
          recorder: '区委组织部部务会秘书',
          signedByChair: true,
          signedByRecorder: true,
          votes: node.candidates
            .filter((c) => c.status === 'LISTED')
            .map((c) => ({ candidateId: c.id, inFavour: 27, against: 0, abstain: 1 })),
        },
      },
    );
    if (!met.data) {
      refusals.push(`${node.title}: ${met.message ?? met.__typename}`);
      continue;
    }
    const { startSelectionPublicity: started } = await api.data<{
      startSelectionPublicity: { __typename: string; message?: string };
    }>(
      `mutation ($caseId: ID!, $input: SelectionPublicityInput!) {
        startSelectionPublicity(caseId: $caseId, input: $input) { __typename ... on Error { message } } }`,
      { caseId: node.id, input: { startsOn: TODAY, expectedVersion: met.data.version } },
    );
    if (started.__typename === 'MutationStartSelectionPublicitySuccess') return node.title;
    refusals.push(`${node.title}: ${started.message ?? started.__typename}`);
  }
  throw new Error(`no demo case at 讨论决定 could start its publicity: ${refusals.join('; ')}`);
}

/** The rows of the trail's first page that mention all of `texts`. */
const rowsWith = (page: Page, ...texts: string[]) =>
  texts.reduce(
    (rows, text) => rows.filter({ hasText: text }),
    page.locator('tbody tr.ant-table-row'),
  );

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

    // Sign-ins only: every row listed is one (its code kept for the tooltip).
    await page.getByLabel('操作', { exact: true }).fill('session.');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const codes = page.locator('tbody tr.ant-table-row [data-operation]');
    await expect.poll(() => codes.count()).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (
          await codes.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-operation')))
        ).every((c) => c?.startsWith('session.')),
      )
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

  it("names actions, cases and stages in the reader's language, and lists an export", async () => {
    const title = await startPublicity();
    const page = await browser.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'donghu', '/cadres');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    await download.path();
    // The count the page reports is the one the trail must hold.
    const done = await page.getByText(/已导出 \d+ 人/).textContent();
    const count = done?.match(/\d+/)?.[0] ?? '';

    await page.goto('/audit');
    // The step: its name once (no code beside it), the case by title, the stages by name.
    const step = rowsWith(page, title, '选拔任用：开始任前公示');
    await step.first().waitFor();
    expect(await step.first().locator('[data-operation]').textContent()).toBe(
      '选拔任用：开始任前公示',
    );
    expect(await step.first().textContent()).toContain('阶段：讨论决定 → 任前公示');
    expect(await step.first().textContent()).not.toContain('selection.');
    // The plugin's own record of the same write, by its declared name.
    await rowsWith(page, title, '发布任前公示').first().waitFor();
    // The export: what was read and how much.
    // The filter and the columns as the registry names them, not as the trail stores them.
    const exported = rowsWith(page, '导出干部名册', `导出人数：${count}`);
    await exported.first().waitFor();
    expect(await exported.first().textContent()).toContain('筛选条件：状态：在职');
    await exported
      .first()
      .getByRole('button', { name: /展开行/ })
      .click();
    await page.getByText('导出列').first().waitFor();
    await page
      .getByText(/^姓名、性别、年龄/)
      .first()
      .waitFor();
    await screenshot(page, 'audit-readable');
    await page.context().close();

    const english = await browser.page({ language: 'en-US' });
    await english.setViewportSize({ width: 1440, height: 900 });
    await english.goto('/favicon.svg');
    await english.evaluate(() => localStorage.setItem('cadre.language', 'en'));
    await login(english, 'donghu', '/audit');
    const stepInEnglish = rowsWith(
      english,
      title,
      'Selection and appointment: Start the publicity',
    );
    await stepInEnglish.first().waitFor();
    expect(await stepInEnglish.first().textContent()).toContain(
      'Stage: Decision → Pre-appointment publicity',
    );
    await rowsWith(english, 'Cadre registry exported', 'Cadre registry').first().waitFor();
    await english.context().close();
  });
});
