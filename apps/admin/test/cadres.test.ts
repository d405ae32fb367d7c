import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

interface Listed {
  cadres: { totalCount: number; edges: { node: { id: string; name: string; age: number } }[] };
}
const LIST = `query ($filter: CadreFilter, $orderBy: CadreOrderField, $descending: Boolean, $first: Int) {
  cadres(filter: $filter, orderBy: $orderBy, descending: $descending, first: $first) {
    totalCount edges { node { id name age } } } }`;

const rows = (page: Page) => page.locator('.registry tbody tr[data-row-key]');
const total = (page: Page) => page.locator('.registry-total');
/** The 序号 column comes first, the name second. */
const nameCells = (page: Page) => rows(page).locator('td:nth-child(2)');
const seqCells = (page: Page) => rows(page).locator('td:nth-child(1)');
const shownTotal = async (page: Page) =>
  Number((await total(page).textContent())?.replace(/\D/g, '') || NaN);
/** The plain registry lists the cadres in service. */
const SERVING = { statuses: ['ACTIVE'] };
const SEARCH = '姓名/拼音/首字母';

/**
 * The total on screen is the server's for the same filter. Other test files add cadres to the
 * shared district meanwhile, so it lies between the counts read before and after it showed.
 */
async function expectServerTotal(page: Page, filter: Record<string, unknown> = SERVING) {
  const api = await apiAs('donghu');
  const count = async () => (await api.data<Listed>(LIST, { filter, first: 1 })).cadres.totalCount;
  const before = await count();
  await expect
    .poll(async () => {
      const shown = await shownTotal(page);
      return shown >= before && shown <= (await count());
    })
    .toBe(true);
}

describe('the cadre registry', () => {
  it('lists the district’s cadres, filters and sorts on the server, and keeps the view in the address', async () => {
    const api = await apiAs('donghu');
    const all = await api.data<Listed>(LIST, { first: 1 });
    const page = await browser.page();
    await login(page, 'donghu', '/cadres');
    await expectServerTotal(page);
    expect(await total(page).textContent()).toMatch(/^共 [\d,]+ 人$/);
    expect(await rows(page).count()).toBe(50);
    await screenshot(page, 'registry');

    // A surname: every row holds it, and the count is the server's for the same filter.
    const surname = all.cadres.edges[0]?.node.name.slice(0, 1) ?? '王';
    await page.getByRole('searchbox', { name: SEARCH }).fill(surname);
    await page.getByRole('searchbox', { name: SEARCH }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === surname);
    await expectServerTotal(page, { ...SERVING, search: surname });
    for (const name of await nameCells(page).allTextContents()) expect(name).toContain(surname);

    // Oldest first, by the age column's sorter.
    // Each click waits for the view it makes, so a click is not lost while the table re-renders.
    await page.getByRole('columnheader', { name: '年龄' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('sort') === 'AGE' && !url.searchParams.has('desc'),
    );
    // The table shows the new order before the next click (a click during its re-render is lost).
    const youngest = await api.data<Listed>(LIST, {
      filter: { ...SERVING, search: surname },
      orderBy: 'AGE',
      first: 1,
    });
    await expect
      .poll(() => nameCells(page).first().textContent())
      .toBe(youngest.cadres.edges[0]?.node.name);
    await page.getByRole('columnheader', { name: '年龄' }).click();
    await page.waitForURL((url) => url.searchParams.get('desc') === '1');
    const oldest = await api.data<Listed>(LIST, {
      filter: { ...SERVING, search: surname },
      orderBy: 'AGE',
      descending: true,
      first: 1,
    });
    await expect
      .poll(() => nameCells(page).first().textContent())
      .toBe(oldest.cadres.edges[0]?.node.name);

    // Back goes to the ascending order, forward to the descending one again.
    await page.goBack();
    await page.waitForURL(
      (url) => url.searchParams.get('sort') === 'AGE' && !url.searchParams.has('desc'),
    );
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('desc') === '1');
    await page.context().close();
  });

  it('turns pages with the keyboard and opens a profile with Enter', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/cadres?size=20');
    await rows(page).first().waitFor();
    const firstPage = await rows(page).first().getAttribute('data-row-key');
    await rows(page).first().focus();
    await page.keyboard.press('PageDown');
    await page.waitForURL((url) => url.searchParams.get('p') === '2');
    await expect.poll(() => rows(page).first().getAttribute('data-row-key')).not.toBe(firstPage);
    // The focus stays in the table: on the first row of the new page.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-row-key'));
    await expect.poll(focused).toBe(await rows(page).first().getAttribute('data-row-key'));
    await page.keyboard.press('PageUp');
    await page.waitForURL((url) => !url.searchParams.has('p'));
    await expect.poll(() => rows(page).first().getAttribute('data-row-key')).toBe(firstPage);
    await rows(page).first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await rows(page).nth(2).getAttribute('data-row-key');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row-key'))).toBe(
      third,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cadres/${third}`);
    await page.getByRole('heading', { level: 3 }).waitFor();
    await page.goBack();
    await page.waitForURL('**/cadres?size=20');
    await page.context().close();
  });

  it('remembers the chosen columns', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/cadres');
    await expect(page.getByRole('columnheader', { name: '出生年月' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '显示列' }).click();
    await page.getByRole('checkbox', { name: '出生年月' }).check();
    await page.getByRole('columnheader', { name: '出生年月' }).waitFor();
    await page.reload();
    await page.getByRole('columnheader', { name: '出生年月' }).waitFor();
    await page.context().close();
  });

  it('exports the filtered list to .xlsx with the shown columns', async () => {
    const filter = { ...SERVING, gender: 'FEMALE', ageMax: 35 };
    const page = await browser.page();
    await login(page, 'donghu', '/cadres?gender=FEMALE&ageMax=35');
    await expectServerTotal(page, filter);
    const shown = Number((await total(page).textContent())?.replace(/\D/g, ''));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^干部名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await (await download.createReadStream()).toArray()).reduce(
        (all: Buffer, chunk: Buffer) => Buffer.concat([all, chunk]),
        Buffer.alloc(0),
      ),
    );
    const sheet = workbook.getWorksheet('干部名册');
    const api = await apiAs('donghu');
    const now = (await api.data<Listed>(LIST, { filter, first: 1 })).cadres.totalCount;
    // A header row, then every cadre of the list (which other test files may have added to).
    expect(sheet?.rowCount).toBeGreaterThanOrEqual(shown + 1);
    expect(sheet?.rowCount).toBeLessThanOrEqual(now + 1);
    const header = sheet?.getRow(1).values as string[];
    expect(header.slice(1, 4)).toEqual(['姓名', '性别', '年龄']);
    const genders = new Set<string>();
    sheet?.eachRow((row, n) => {
      if (n > 1) genders.add(String(row.getCell(2).value));
    });
    expect([...genders]).toEqual(['女']);
    await page.context().close();
  });
});

describe('registry conventions a clerk expects', () => {
  it('lists by pinyin, numbers the rows across pages, and jumps to a page', async () => {
    const api = await apiAs('donghu');
    const page = await browser.page();
    await login(page, 'donghu', '/cadres?size=20');
    await expect.poll(() => nameCells(page).count()).toBe(20);
    await screenshot(page, 'registry-pinyin');

    // By sound, not by code point: 丁 (U+4E01) would lead by code point, 白 (bai) or 蔡 (cai) by
    // pinyin. The page's surnames rise as a Chinese dictionary (Intl zh-CN) orders them.
    const names = await nameCells(page).allTextContents();
    const zh = new Intl.Collator('zh-CN');
    expect(zh.compare(names[0]?.[0] ?? '丁', '丁')).toBeLessThan(0);
    const surnames = names.map((n) => n[0] ?? '');
    expect(surnames).toEqual([...surnames].sort(zh.compare));
    const first = await api.data<Listed>(LIST, { filter: SERVING, orderBy: 'NAME', first: 20 });
    expect(names).toEqual(first.cadres.edges.map((e) => e.node.name));

    // 序号 runs 1…20, then on to 21…40 on the next page.
    const numbers = (from: number) => Array.from({ length: 20 }, (_, i) => String(from + i));
    expect(await seqCells(page).allTextContents()).toEqual(numbers(1));
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL((url) => url.searchParams.get('p') === '2');
    await expect.poll(() => seqCells(page).allTextContents()).toEqual(numbers(21));

    // 跳至第 3 页: rows 41…60 of the same list, with the 序号 to match.
    await page.getByRole('spinbutton', { name: '跳至页码' }).fill('3');
    await page.getByRole('spinbutton', { name: '跳至页码' }).press('Enter');
    await page.waitForURL(
      (url) => url.searchParams.get('p') === '3' && !url.searchParams.has('after'),
    );
    await expect.poll(() => seqCells(page).first().textContent()).toBe('41');
    const third = await api.data<Listed>(
      `query ($filter: CadreFilter) { cadres(filter: $filter, first: 20, skip: 40) {
        totalCount edges { node { id name age } } } }`,
      { filter: SERVING },
    );
    await expect
      .poll(() => nameCells(page).allTextContents())
      .toEqual(third.cadres.edges.map((e) => e.node.name));
    expect(await page.getByText('第 3 / ').count()).toBe(1);
    await page.context().close();
  });

  it('finds a cadre by the initials of the name (ljq → 吕金庆)', async () => {
    const api = await apiAs('donghu');
    const { units } = await api.data<{ units: { id: string }[] }>('{ units { id } }');
    const { createCadre } = await api.data<{ createCadre: { __typename: string } }>(
      `mutation ($input: CadreInput!) { createCadre(input: $input) { __typename } }`,
      {
        input: {
          name: '吕金庆',
          gender: 'MALE',
          ethnicity: '汉族',
          nativePlace: '江苏南京',
          birthDate: '1979-04-02',
          politicalStatus: 'MASSES',
          workStartDate: '2001-07-01',
          identity: 'CIVIL_SERVANT',
          rank: 'STAFF_1',
          rankSince: '2015-05-01',
          managementAuthority: 'DISTRICT',
          unitId: units[0]?.id,
        },
      },
    );
    expect(createCadre.__typename).toBe('MutationCreateCadreSuccess');
    const page = await browser.page();
    await login(page, 'donghu', '/cadres');
    const search = page.getByRole('searchbox', { name: SEARCH });
    expect(await search.getAttribute('placeholder')).toBe(SEARCH);
    await search.fill('ljq');
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'ljq');
    await expect.poll(() => nameCells(page).allTextContents()).toContain('吕金庆');
    for (const name of await nameCells(page).allTextContents()) expect(name).not.toBe('');
    await page.context().close();
  });

  it('counts the cadres in service by default, as the dashboard does, until the chip goes', async () => {
    const api = await apiAs('donghu');
    const serving = async () =>
      (await api.data<{ cadreStructure: { total: number } }>('{ cadreStructure { total } }'))
        .cadreStructure.total;
    const page = await browser.page();
    await login(page, 'donghu', '/cadres');
    // Other files add cadres meanwhile: the total lies between the counts before and after.
    const before = await serving();
    await expect
      .poll(async () => {
        const shown = await shownTotal(page);
        return shown >= before && shown <= (await serving());
      })
      .toBe(true);
    const remove = page.getByRole('button', { name: '移除“仅在职干部”，显示全部状态' });
    await expect(page.getByText('仅在职干部', { exact: true }).count()).resolves.toBe(1);
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('status') === 'all');
    await expectServerTotal(page, {});
    expect(await shownTotal(page)).toBeGreaterThan(before);
    await page.context().close();
  });
});

describe('the cadre profile (干部数字档案)', () => {
  /** The oldest cadre of 东湖区: no other browser test edits them. */
  async function subject() {
    const api = await apiAs('donghu');
    const { cadres } = await api.data<Listed>(LIST, { orderBy: 'AGE', descending: true, first: 1 });
    const cadre = cadres.edges[0]?.node;
    if (!cadre) throw new Error('no cadre');
    return { api, cadre };
  }

  it('shows the archive facts with their verification, posts and pools', async () => {
    const { api, cadre } = await subject();
    await api.data(
      `mutation ($id: ID!) { verifyArchiveFact(cadreId: $id, fact: WORK_START_DATE, note: "档案第3卷") { __typename } }`,
      { id: cadre.id },
    );
    const page = await browser.page();
    await login(page, 'donghu', `/cadres/${cadre.id}`);
    await page.getByRole('heading', { name: cadre.name }).waitFor();
    await expect.poll(() => page.title()).toBe(`${cadre.name} · 干部数字档案 · 干部工作平台`);
    const archive = page.locator('.profile-card', { hasText: '档案信息' });
    await expect
      .poll(() => archive.locator('tr', { hasText: '参加工作时间' }).textContent())
      .toContain('已核实：东湖区组织部干部科');
    expect(await archive.locator('tr', { hasText: '出生日期' }).textContent()).toContain('未核实');
    await page.getByText('任职经历（简历）').waitFor();
    await screenshot(page, 'profile');
    await page.context().close();
  });

  it('keeps what was typed and shows the server’s Chinese message for a date it refuses', async () => {
    const { api, cadre } = await subject();
    const before = await api.data<{ cadre: { birthDate: string; name: string } }>(
      'query ($id: ID!) { cadre(id: $id) { birthDate name } }',
      { id: cadre.id },
    );
    const page = await browser.page();
    await login(page, 'donghu', `/cadres/${cadre.id}`);
    await page.getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog', { name: '编辑干部信息' });
    await drawer.getByLabel('籍贯').fill('浙江杭州');
    const birth = drawer.getByLabel('出生日期');
    await birth.click();
    await birth.fill('2030-01-01');
    await birth.press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();

    const field = drawer.locator('.ant-form-item', { has: page.getByLabel('出生日期') });
    await field.getByText('日期不能晚于今天').waitFor();
    await drawer
      .getByRole('alert')
      .getByText(/输入有误：.*日期不能晚于今天/)
      .waitFor();
    expect(await birth.inputValue()).toBe('2030-01-01');
    expect(await drawer.getByLabel('籍贯').inputValue()).toBe('浙江杭州');
    await screenshot(page, 'profile-edit-error');

    // A refused change writes nothing.
    const after = await api.data<{ cadre: { birthDate: string; name: string } }>(
      'query ($id: ID!) { cadre(id: $id) { birthDate name } }',
      { id: cadre.id },
    );
    expect(after).toEqual(before);
    await page.context().close();
  });

  it('asks before a change clears a verified archive fact, and saves nothing when declined', async () => {
    const { api, cadre } = await subject();
    await api.data(
      `mutation ($id: ID!) { verifyArchiveFact(cadreId: $id, fact: WORK_START_DATE) { __typename } }`,
      { id: cadre.id },
    );
    const page = await browser.page();
    await login(page, 'donghu', `/cadres/${cadre.id}`);
    await page.getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog', { name: '编辑干部信息' });
    const start = drawer.getByLabel('参加工作时间');
    const current = await start.inputValue();
    await start.click();
    await start.fill(`${Number(current.slice(0, 4)) + 1}${current.slice(4)}`);
    await start.press('Enter');
    await drawer.getByRole('button', { name: '保存' }).click();
    const confirm = page.getByRole('dialog', { name: '修改已核实的档案信息' });
    await confirm.getByText('参加工作时间（工龄）').waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    const { cadre: now } = await api.data<{
      cadre: { workStartDate: string; verifications: { fact: string }[] };
    }>('query ($id: ID!) { cadre(id: $id) { workStartDate verifications { fact } } }', {
      id: cadre.id,
    });
    expect(now.workStartDate).toBe(current);
    expect(now.verifications.map((v) => v.fact)).toContain('WORK_START_DATE');
    await page.context().close();
  });

  it('prints the 干部任免审批表 in the standard grid', async () => {
    const { cadre } = await subject();
    const page = await browser.page();
    await login(page, 'donghu', `/cadres/${cadre.id}/card`);
    const sheet = page.locator('.card-sheet');
    await sheet.getByRole('heading', { name: '干部任免审批表' }).waitFor();
    for (const label of [
      '姓名',
      '性别',
      '出生年月（岁）',
      '民族',
      '籍贯',
      '出生地',
      '入党时间',
      '参加工作时间',
      '健康状况',
      '专业技术职务',
      '熟悉专业有何专长',
      '全日制教育',
      '在职教育',
      '毕业院校系及专业',
      '现任职务',
      '拟任职务',
      '拟免职务',
      '简历',
      '奖惩情况',
      '年度考核结果',
      '任免理由',
    ])
      await expect(
        sheet
          .getByRole('rowheader', { name: label, exact: true })
          .or(sheet.getByRole('columnheader', { name: label, exact: true }))
          .first()
          .isVisible(),
      ).resolves.toBe(true);
    expect(await sheet.locator('td').first().textContent()).toBe(cadre.name);
    await screenshot(page, 'cadre-card');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.context().close();
  });
});
