import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, login, useBrowser } from './browser.ts';

// The 干部任免审批表 of an approved candidate of the demo city: opened from the selection case,
// filled from the case (拟任职务, 任免理由) and completed on the form, its labels kept whole on
// A4 in Chinese and in English, and every view and print of it in the audit record.

const browser = useBrowser();

/** The selection case, its workflow case and its approved candidate (the demo seeds them). */
const subject = { caseId: '', workflowCaseId: '', postTitle: '', cadreId: '', name: '' };

interface CaseNode {
  id: string;
  postTitle: string;
  unit: { name: string };
  workflowCase: { id: string };
  candidates: { status: string; cadre: { id: string; name: string } }[];
}

beforeAll(async () => {
  const api = await apiAs('donghu');
  const { selectionCases } = await api.data<{ selectionCases: { edges: { node: CaseNode }[] } }>(
    `{ selectionCases(first: 50) { edges { node { id postTitle unit { name } workflowCase { id }
      candidates { status cadre { id name } } } } } }`,
  );
  const found = selectionCases.edges
    .map((e) => e.node)
    .find((c) => c.candidates.some((p) => p.status === 'APPROVED'));
  const candidate = found?.candidates.find((p) => p.status === 'APPROVED');
  if (!found || !candidate) throw new Error('The demo city has no approved candidate');
  Object.assign(subject, {
    caseId: found.id,
    workflowCaseId: found.workflowCase.id,
    postTitle: found.postTitle,
    cadreId: candidate.cadre.id,
    name: candidate.cadre.name,
  });
});

const rowIdOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

/** The audit records of `operation` on the subject's cadre. */
async function recorded(operation: string): Promise<number> {
  const api = await apiAs('donghu');
  const { auditRecords } = await api.data<{ auditRecords: { edges: unknown[] } }>(
    `query ($op: String!, $id: String!) {
      auditRecords(first: 100, operation: $op, targetId: $id) { edges { cursor } } }`,
    { op: operation, id: rowIdOf(subject.cadreId) },
  );
  return auditRecords.edges.length;
}

/**
 * The labels (`th`) of the card whose text breaks badly: a last line (a last column, written
 * vertically) of one character, or a word of several letters split across lines or running out
 * of its cell. Measured character by character with ranges, as laid out now.
 */
const badLabels = (page: Page) =>
  page.locator('.card-sheet th').evaluateAll((cells) =>
    cells.flatMap((th) => {
      const text = th.firstChild;
      if (!(text instanceof Text) || !text.data.trim()) return [];
      const vertical = getComputedStyle(th).writingMode.startsWith('vertical');
      const box = th.getBoundingClientRect();
      const chars = [...text.data].map((ch, i, all) => {
        const start = all.slice(0, i).join('').length;
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + ch.length);
        const rect = range.getClientRects()[0];
        return { ch, line: rect ? Math.round(vertical ? rect.left : rect.top) : NaN, rect };
      });
      const lines = [...new Set(chars.filter((c) => c.ch.trim()).map((c) => c.line))];
      const last = chars.filter((c) => c.ch.trim() && c.line === lines.at(-1));
      const problems: string[] = [];
      if (lines.length > 1 && last.length === 1) problems.push(`lone “${last[0]?.ch}”`);
      // Latin words: one line each, inside the cell.
      let word: typeof chars = [];
      for (const c of [...chars, { ch: ' ', line: NaN, rect: undefined }]) {
        if (/[A-Za-zÀ-ÿ]/.test(c.ch)) {
          word.push(c);
          continue;
        }
        if (new Set(word.map((w) => w.line)).size > 1) {
          problems.push(`split “${word.map((w) => w.ch).join('')}”`);
        }
        if (word.some((w) => w.rect && w.rect.right > box.right + 0.5)) {
          problems.push(`overflows “${word.map((w) => w.ch).join('')}”`);
        }
        word = [];
      }
      return problems.map((p) => `${text.data}: ${p}`);
    }),
  );

/** The card as printed on A4: print media, the page's width less its 12 mm margins. */
async function asPrinted(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round((186 / 25.4) * 96), height: 1123 });
  await page.evaluate(() => document.fonts.ready);
}

describe('the 任免审批表 of an approved candidate', () => {
  it('opens from the selection case with the case’s 拟任职务 and 任免理由, and records the view', async () => {
    const views = await recorded('cadre.card.view');
    const page = await browser.page();
    await login(page, 'donghu', `/selection/cases/${subject.caseId}`);
    await page.getByRole('link', { name: '任免审批表' }).first().click();
    await page.waitForURL((u) => u.pathname === `/cadres/${subject.cadreId}/card`);
    expect(new URL(page.url()).searchParams.get('case')).toBe(subject.workflowCaseId);

    const sheet = page.locator('.card-sheet');
    const cell = (header: string) =>
      sheet.locator('tr', { has: page.getByRole('rowheader', { name: header, exact: true }) });
    await expect.poll(() => cell('拟任职务').textContent()).toContain(subject.postTitle);
    expect(await cell('任免理由').textContent()).toMatch(
      /^任免理由工作需要。经区委(常委会|全委会)/,
    );
    await expect.poll(() => recorded('cadre.card.view')).toBe(views + 1);
    await page.context().close();
  });

  it('makes every cell editable or filled; an edited 任免理由 is saved and shown again', async () => {
    const page = await browser.page();
    const path = `/cadres/${subject.cadreId}/card?case=${encodeURIComponent(subject.workflowCaseId)}`;
    await login(page, 'donghu', path);
    const sheet = page.locator('.card-sheet');
    await sheet.getByText(subject.postTitle).first().waitFor();
    await page.getByRole('button', { name: '编辑' }).click();
    // The cells the archive fills are filled; the case's cells are fields to write in.
    const cell = (header: string) =>
      sheet.locator('tr', { has: page.getByRole('rowheader', { name: header, exact: true }) });
    for (const header of ['健康状况', '奖惩情况', '年度考核结果', '现任职务'])
      expect((await cell(header).textContent())?.replace(header, '').trim()).not.toBe('');
    await expect.poll(() => sheet.locator('.card-photo img').count()).toBe(1);
    for (const label of [
      '拟任职务',
      '拟免职务',
      '任免理由',
      '呈报单位',
      '审批机关意见',
      '行政机关任免意见',
    ])
      expect(await page.getByRole('textbox', { name: label, exact: true }).isVisible()).toBe(true);

    const reason = `因工作需要（${Date.now()}）`;
    await page.getByRole('textbox', { name: '任免理由', exact: true }).fill(reason);
    await page.getByRole('textbox', { name: '审批机关意见', exact: true }).fill('同意');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('任免审批表已保存').waitFor();
    await page.reload();
    await sheet.getByText(reason).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.context().close();
  });

  it('prints with no label broken onto a line of one character, and records the print', async () => {
    const prints = await recorded('cadre.card.print');
    const page = await browser.page();
    await login(page, 'donghu', `/cadres/${subject.cadreId}/card`);
    await page.locator('.card-sheet').getByText(subject.name, { exact: true }).waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await badLabels(page)).toEqual([]);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: /打\s*印/ }).click();
    await page.locator('body[data-printed=yes]').waitFor({ state: 'attached' });
    await expect.poll(() => recorded('cadre.card.print')).toBe(prints + 1);

    await asPrinted(page);
    expect(await badLabels(page)).toEqual([]);
    expect(await page.getByRole('button', { name: /打\s*印/ }).isHidden()).toBe(true);
    await page.context().close();
  });

  it('in English, wraps the labels between words, on screen and on A4', async () => {
    const page = await browser.page({ language: 'en-US' });
    await page.goto('/favicon.svg');
    await page.evaluate(() => localStorage.setItem('cadre.language', 'en'));
    await login(page, 'donghu', `/cadres/${subject.cadreId}/card`);
    await page.locator('.card-sheet').getByText(subject.name, { exact: true }).waitFor();
    expect(await page.locator('#card-title').textContent()).toBe(
      'Cadre appointment and removal form',
    );
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await badLabels(page)).toEqual([]);
    await asPrinted(page);
    expect(await badLabels(page)).toEqual([]);
    await page.context().close();
  });
});
