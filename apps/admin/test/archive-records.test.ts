import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '@cadre/testing';
import { apiAs, SESSION_KEY, useBrowser } from './browser.ts';
import { pick, pickDate, settled } from './form-helpers.ts';

// The archive's records in the browser (奖惩, 年度考核, 家庭成员, the photo): a clerk of the cadre
// section (干部科), who reads and writes sanctions, records one through its form and sees the
// restriction it imposes; the registry filters by influence period; the 任免审批表 prints them.
// Set-up goes through the API, on two cadres created here that no other test reads.

const browser = useBrowser();

const CLERK = { username: 'archive-clerk', displayName: '档案科员', password: 'Archive2026clerk' };
const [FORM_CADRE, CARD_CADRE] = ['林守档', '苏存卷'];

/** Calendar days in China as the API speaks them, counted from today. */
const DAY_MS = 86_400_000;
const chinaToday = Date.parse(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
const day = (offset: number) => new Date(chinaToday + offset * DAY_MS).toISOString().slice(0, 10);
const thisYear = Number(day(0).slice(0, 4));

/** A 1×1 PNG: the photo the card shows. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A mutation's success data, or a failed test naming the error the server gave. */
async function write<T>(api: GraphQLClient, field: string, query: string, variables = {}) {
  const data = await api.data<Record<string, { data?: T; code?: string; message?: string }>>(
    query,
    variables,
  );
  const answer = data[field];
  if (!answer?.data) throw new Error(`${field}: ${answer?.code ?? ''} ${answer?.message ?? ''}`);
  return answer.data;
}

/** `field(args)` answering `{ id }`, or the error the server gave. */
const mutation = (field: string, args: string, params: string) =>
  `mutation (${params}) { ${field}(${args}) {
    ... on Mutation${field[0]?.toUpperCase()}${field.slice(1)}Success { data { id } }
    ... on Error { code message } } }`;

async function createCadre(api: GraphQLClient, unitId: string, name: string) {
  return write<{ id: string }>(
    api,
    'createCadre',
    mutation('createCadre', 'input: $input', '$input: CadreInput!'),
    {
      input: {
        name,
        birthDate: '1984-03-15',
        gender: 'MALE',
        ethnicity: '汉族',
        nativePlace: '浙江宁波',
        politicalStatus: 'CPC_MEMBER',
        partyJoinDate: '2006-06-01',
        workStartDate: '2006-08-01',
        rank: 'PRINCIPAL_STAFF_2',
        rankSince: '2020-01-01',
        identity: 'CIVIL_SERVANT',
        managementAuthority: 'DISTRICT',
        unitId,
        fullTimeEducation: 'UNIVERSITY',
        fullTimeDegree: 'BACHELOR',
      },
    },
  );
}

/** The card's cadre holds one of each record, entered by the clerk. */
async function fillArchive(clerk: GraphQLClient, cadreId: string) {
  await write(
    clerk,
    'updateCadre',
    mutation('updateCadre', 'id: $id, input: $input', '$id: ID!, $input: CadreUpdateInput!'),
    {
      id: cadreId,
      input: { healthStatus: '健康', professionalTitle: '高级经济师', specialty: '财政金融' },
    },
  );
  await write(
    clerk,
    'addCadreReward',
    mutation(
      'addCadreReward',
      'cadreId: $id, input: $input',
      '$id: ID!, $input: CadreRewardInput!',
    ),
    {
      id: cadreId,
      input: {
        kind: 'COMMENDATION',
        title: '防汛抢险',
        decisionDate: '2021-09-01',
        issuingBody: '区委区政府',
      },
    },
  );
  await write(
    clerk,
    'addCadreSanction',
    mutation(
      'addCadreSanction',
      'cadreId: $id, input: $input',
      '$id: ID!, $input: CadreSanctionInput!',
    ),
    {
      id: cadreId,
      input: {
        kind: 'ADMIN_WARNING',
        decisionDate: day(-65),
        effectiveDate: day(-60),
        issuingBody: '区监委',
        reason: '违反工作纪律',
      },
    },
  );
  for (const [year, grade] of [
    [thisYear - 2, 'COMPETENT'],
    [thisYear - 1, 'EXCELLENT'],
  ] as const)
    await write(
      clerk,
      'setAnnualGrade',
      mutation(
        'setAnnualGrade',
        'cadreId: $id, year: $year, grade: $grade',
        '$id: ID!, $year: Int!, $grade: AnnualGrade!',
      ),
      {
        id: cadreId,
        year,
        grade,
      },
    );
  await write(
    clerk,
    'addFamilyMember',
    mutation(
      'addFamilyMember',
      'cadreId: $id, input: $input',
      '$id: ID!, $input: FamilyMemberInput!',
    ),
    {
      id: cadreId,
      input: {
        relation: '妻子',
        name: '王芳',
        birthDate: '1985-05-20',
        politicalStatus: 'CPC_MEMBER',
        workUnitAndPost: '区教育局教师',
      },
    },
  );
}

let clerk: GraphQLClient;
const ids = { form: '', card: '' };

beforeAll(async () => {
  const api = await apiAs('donghu');
  const { roles, units } = await api.data<{
    roles: { id: string; key: string }[];
    units: { id: string }[];
  }>('{ roles { id key } units { id } }');
  await write(
    api,
    'createUser',
    mutation('createUser', 'input: $input', '$input: CreateUserInput!'),
    {
      input: {
        username: CLERK.username,
        displayName: CLERK.displayName,
        password: CLERK.password,
        roleIds: roles.filter((r) => r.key === 'cadre-section').map((r) => r.id),
      },
    },
  );
  const unitId = units[0]?.id ?? '';
  ids.form = (await createCadre(api, unitId, FORM_CADRE)).id;
  ids.card = (await createCadre(api, unitId, CARD_CADRE)).id;
  clerk = await new GraphQLClient(browser.url).login(CLERK.username, CLERK.password);
  await fillArchive(clerk, ids.card);
});

/** Opens `path` signed in as the clerk (a staff member signs in with the password alone). */
async function asClerk(path: string): Promise<Page> {
  const page = await browser.page();
  await page.goto('/favicon.svg');
  await page.evaluate(([key, token]) => localStorage.setItem(key, token), [
    SESSION_KEY,
    clerk.options.token ?? '',
  ] as const);
  await page.goto(path);
  return page;
}

describe('the archive records on the profile', () => {
  it('records a sanction through its form, with refusals under their fields, and shows its restriction', async () => {
    const page = await asClerk(`/cadres/${ids.form}`);
    await page.getByRole('heading', { name: FORM_CADRE }).waitFor();
    const banner = page.locator('.restrictions-banner');
    await page.getByText('惩戒情况（处分、组织处理与诫勉）').waitFor();
    expect(await banner.count()).toBe(0);

    await page.getByRole('button', { name: /^新增：惩戒情况/ }).click();
    const dialog = page.getByRole('dialog', { name: '新增惩戒' });
    await settled(dialog);
    await pick(page, dialog.getByLabel('类别'), '政务处分：记过');
    await pickDate(page, dialog.getByLabel('决定日期'), day(10));
    await pickDate(page, dialog.getByLabel('生效日期'), day(-30));
    await dialog.getByLabel('决定（批准）机关').fill('区纪委区监委');
    await dialog.getByLabel('事由').fill('违反工作纪律，造成不良影响');
    await dialog.getByRole('button', { name: '保存' }).click();

    // A decision in the future: refused under its field, in Chinese, with everything as typed.
    const decided = dialog.locator('.ant-form-item', { has: page.getByLabel('决定日期') });
    await decided.getByText('日期不能晚于今天').waitFor();
    await dialog
      .getByRole('alert')
      .getByText(/日期不能晚于今天/)
      .waitFor();
    expect(await dialog.getByLabel('决定（批准）机关').inputValue()).toBe('区纪委区监委');
    await pickDate(page, dialog.getByLabel('决定日期'), day(-35));
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // 记过: twelve months without promotion from the effective day.
    await banner.getByText(/今日在影响期内/).waitFor();
    await expect.poll(() => banner.textContent()).toMatch(/不得提拔（至 \d{4}-\d{2}-\d{2}）：/);

    // A correction's reason is its own field, apart from the sanction's 事由.
    const sanctions = page.locator('.profile-card', { hasText: '惩戒情况' });
    await sanctions.getByRole('button', { name: '更正' }).click();
    const correction = page.getByRole('dialog', { name: '更正惩戒' });
    await settled(correction);
    await correction.getByLabel('文号').fill('区监发〔2026〕3号');
    await correction.getByLabel('更正理由').fill('补');
    await correction.getByRole('button', { name: '保存' }).click();
    const why = correction.locator('.ant-form-item', { has: page.getByLabel('更正理由') });
    await why.getByText('理由至少 2 个字').waitFor();
    const grounds = correction.locator('.ant-form-item', { has: page.getByLabel('事由') });
    expect(await grounds.locator('.ant-form-item-explain-error').count()).toBe(0);
    await correction.getByLabel('更正理由').fill('补录文号');
    await correction.getByRole('button', { name: '保存' }).click();
    await correction.waitFor({ state: 'hidden' });

    // The former version is kept: who, why, and what it said.
    await sanctions.getByRole('button', { name: '历史（1）' }).click();
    const history = page.getByRole('dialog', { name: '修改历史' });
    await history.getByText('理由：补录文号').waitFor();
    expect(await history.getByRole('cell', { name: '政务处分：记过' }).count()).toBe(1);
    await page.context().close();
  });

  it('edits the personal fields of the card, and the rank held in a post', async () => {
    const page = await asClerk(`/cadres/${ids.form}`);
    await page.locator('.profile-actions').getByRole('button', { name: '编辑' }).click();
    const drawer = page.getByRole('dialog', { name: '编辑干部信息' });
    await drawer.getByLabel('健康状况').fill('良好');
    await drawer.getByLabel('专业技术职务').fill('工程师');
    await drawer.getByLabel('熟悉专业有何专长').fill('城乡规划');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    const { cadre } = await clerk.data<{ cadre: Record<string, string> }>(
      'query ($id: ID!) { cadre(id: $id) { healthStatus professionalTitle specialty } }',
      { id: ids.form },
    );
    expect(cadre).toEqual({
      healthStatus: '良好',
      professionalTitle: '工程师',
      specialty: '城乡规划',
    });

    await page.getByRole('button', { name: '新增任职经历' }).click();
    const dialog = page.getByRole('dialog', { name: '新增任职经历' });
    await settled(dialog);
    await pickDate(page, dialog.getByLabel('任职时间'), '2015-03-01');
    await pickDate(page, dialog.getByLabel('免职时间'), '2019-12-31');
    await dialog.getByLabel('单位', { exact: true }).fill('区发展和改革局');
    await dialog.getByLabel('职务', { exact: true }).fill('综合科科员');
    await pick(page, dialog.getByLabel('职务职级'), '一级科员');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const posts = page.locator('.profile-card', { hasText: '任职经历（简历）' });
    await expect
      .poll(() => posts.locator('tr', { hasText: '综合科科员' }).textContent())
      .toContain('一级科员');
    await page.context().close();
  });

  it('narrows the registry to cadres under an influence period on a day, kept in the address', async () => {
    const page = await asClerk(`/cadres?q=${encodeURIComponent(CARD_CADRE)}`);
    const rows = page.locator('.registry tbody tr[data-row-key]');
    await expect.poll(() => rows.count()).toBe(1);
    const filter = page.getByLabel('受影响期限制（日期）');

    // Long before the sanction: nobody by that name was restricted.
    await pickDate(page, filter, day(-400));
    await page.waitForURL((url) => url.searchParams.get('influenceOn') === day(-400));
    await page.getByText('没有符合条件的干部').waitFor();

    await pickDate(page, filter, day(0));
    await page.waitForURL((url) => url.searchParams.get('influenceOn') === day(0));
    await expect.poll(() => rows.count()).toBe(1);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByLabel('受影响期限制（日期）').inputValue()).toBe(day(0));
    await page.context().close();
  });

  it('fills the 任免审批表 with the records and the photo, and prints it on two A4 pages', async () => {
    const page = await asClerk(`/cadres/${ids.card}`);
    await page.getByRole('heading', { name: CARD_CADRE }).waitFor();
    await page.locator('.profile-photo input[type=file]').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await page.getByText('照片已保存').waitFor();
    await page.locator('img.profile-photo-image').waitFor();

    await page.goto(`/cadres/${ids.card}/card`);
    const sheet = page.locator('.card-sheet');
    const cell = (header: string) =>
      sheet.locator('tr', { has: page.getByRole('rowheader', { name: header, exact: true }) });
    await expect
      .poll(() => cell('年度考核结果').textContent())
      .toContain(`${thisYear - 2}年度考核称职；${thisYear - 1}年度考核优秀`);
    const rewards = await cell('奖惩情况').textContent();
    expect(rewards).toContain('2021.09　区委区政府　嘉奖（防汛抢险）');
    expect(rewards).toContain(
      `${day(-60).slice(0, 7).replace('-', '.')}\u3000区监委\u3000政务处分：警告`,
    );
    expect(await cell('健康状况').textContent()).toContain('健康');
    expect(await cell('专业技术职务').textContent()).toContain('高级经济师');
    expect(await cell('专业技术职务').textContent()).toContain('财政金融');
    expect(await sheet.locator('tr', { hasText: '王芳' }).textContent()).toBe(
      '妻子王芳1985.05中共党员区教育局教师',
    );
    const photo = sheet.locator('.card-photo img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(2);
    await page.context().close();
  });
});
