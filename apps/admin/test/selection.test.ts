import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FACT_LABELS } from '@cadre/core';
import type { GraphQLClient } from '@cadre/testing';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';
import { pickDate as pickDateIn, settled } from './form-helpers.ts';

// 选拔任用 in the browser: a clerk whose role lacks the decide permission carries a case from the
// motion to the end of probation; a department leader enters the vote, where the regulation's
// quorum is refused first, in Chinese. Set-up (a role, two users, a unit with a vacancy, two
// cadres) goes through the API as the district administrator, on rows no other test reads.

const browser = useBrowser();

const PASSWORD = 'Xuanren2026test';
const STAFF = { username: 'xuanren-staff', displayName: '王敏（干部科）' };
const LEADER = { username: 'xuanren-leader', displayName: '李强（部领导）' };
const UNIT = '区选任测试局';
const TITLE = `${UNIT}副局长人选`;
const [WINNER, RUNNER_UP] = ['宋清源', '叶知秋'];

/** Calendar days in China as the API speaks them, counted from today. */
const DAY_MS = 86_400_000;
const chinaToday = Date.parse(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
const day = (offset: number) => new Date(chinaToday + offset * DAY_MS).toISOString().slice(0, 10);

// The case is dated back so that its year of probation is over today: the recommendation is
// within a year of the vote, and the publicity (its working days) ends before the appointment.
const RECOMMENDED = day(-420);
const ANNOUNCED = day(-415);
const DECIDED = day(-400);
const PUBLICIZED = day(-399);
const APPOINTED = day(-378);

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

const ANSWER = '... on Error { code message }';

async function createUser(api: GraphQLClient, user: typeof STAFF, roleIds: string[]) {
  await write(
    api,
    'createUser',
    `mutation ($input: CreateUserInput!) {
      createUser(input: $input) { ... on MutationCreateUserSuccess { data { id } } ${ANSWER} }
    }`,
    { input: { ...user, password: PASSWORD, roleIds } },
  );
}

async function createCadre(api: GraphQLClient, unitId: string, name: string, birthDate: string) {
  return write<{ id: string }>(
    api,
    'createCadre',
    `mutation ($input: CadreInput!) {
      createCadre(input: $input) { ... on MutationCreateCadreSuccess { data { id } } ${ANSWER} }
    }`,
    {
      input: {
        name,
        birthDate,
        gender: 'FEMALE',
        ethnicity: '汉族',
        nativePlace: '浙江杭州',
        politicalStatus: 'CPC_MEMBER',
        partyJoinDate: '2012-07-01',
        workStartDate: '2012-08-01',
        rank: 'STAFF_1',
        rankSince: '2018-01-01',
        identity: 'CIVIL_SERVANT',
        managementAuthority: 'DISTRICT',
        unitId,
        fullTimeEducation: 'UNIVERSITY',
        fullTimeDegree: 'BACHELOR',
      },
    },
  );
}

/** The clerk (选任经办) may do everything but record decisions; the leader may read and decide. */
async function setUp(): Promise<{ winnerId: string }> {
  const api = await apiAs('donghu');
  const role = await write<{ id: string }>(
    api,
    'createRole',
    `mutation ($input: CreateRoleInput!) {
      createRole(input: $input) { ... on MutationCreateRoleSuccess { data { id } } ${ANSWER} }
    }`,
    {
      input: {
        key: 'selection-clerk',
        nameZh: '选任经办',
        nameEn: 'Selection clerk',
        grants: [
          'core.cadre.read',
          'core.unit.read',
          'core.reserve-pool.read',
          'core.case.read',
          'core.due-item.read',
          'selection.case.read',
          'selection.case.open',
          'selection.case.record',
          'selection.case.appoint',
          'selection.case.withdraw',
          'selection.statistics.read',
        ],
      },
    },
  );
  const { roles } = await api.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  const leader = roles.find((r) => r.key === 'department-leader');
  if (!leader) throw new Error('no department-leader role');
  await createUser(api, STAFF, [role.id]);
  await createUser(api, LEADER, [leader.id]);

  const unit = await write<{ id: string }>(
    api,
    'createUnit',
    `mutation ($name: String!) {
      createUnit(category: PARTY_GOVERNMENT_ORGAN, code: "XR01", name: $name) {
        ... on MutationCreateUnitSuccess { data { id } } ${ANSWER}
      }
    }`,
    { name: UNIT },
  );
  // One approved 副科 leadership post and nobody in it: a vacancy to fill.
  await write(
    api,
    'setPostQuota',
    `mutation ($unitId: ID!) {
      setPostQuota(unitId: $unitId, level: SECTION_DEPUTY, leadership: true, approved: 1) {
        ... on MutationSetPostQuotaSuccess { data { id } } ${ANSWER}
      }
    }`,
    { unitId: unit.id },
  );
  const winner = await createCadre(api, unit.id, WINNER, '1990-05-01');
  await createCadre(api, unit.id, RUNNER_UP, '1991-03-12');
  const { reservePools } = await api.data<{ reservePools: { id: string; kind: string }[] }>(
    '{ reservePools { id kind } }',
  );
  const pool = reservePools.find((p) => p.kind === 'RESERVE');
  if (!pool) throw new Error('no reserve pool');
  await write(
    api,
    'addReservePoolEntry',
    `mutation ($cadreId: ID!, $poolId: ID!, $input: ReservePoolEntryInput!) {
      addReservePoolEntry(cadreId: $cadreId, poolId: $poolId, input: $input) {
        ... on MutationAddReservePoolEntrySuccess { data { id } } ${ANSWER}
      }
    }`,
    {
      cadreId: winner.id,
      poolId: pool.id,
      input: { enteredOn: day(-800), nextReviewOn: day(30), source: '民主推荐' },
    },
  );
  return { winnerId: winner.id };
}

/** 档案专项审核 of every archive fact of a cadre, as the district administrator. */
async function verifyArchive(cadreId: string) {
  const api = await apiAs('donghu');
  for (const fact of Object.keys(ARCHIVE_FACT_LABELS)) {
    await write(
      api,
      'verifyArchiveFact',
      `mutation ($cadreId: ID!, $fact: ArchiveFact!) {
        verifyArchiveFact(cadreId: $cadreId, fact: $fact) {
          ... on MutationVerifyArchiveFactSuccess { data { id } } ${ANSWER}
        }
      }`,
      { cadreId, fact },
    );
  }
}

/** Signs a created user in through the login form and waits for the page at `path`. */
async function signIn(page: Page, user: typeof STAFF, path: string) {
  await page.goto(path);
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

interface Answer {
  __typename: string;
  messageZh?: string;
}

/** Does `act` and returns the answer of the mutation it sends (urql selects every `__typename`). */
async function answerTo(page: Page, act: () => Promise<void>): Promise<Answer> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('mutation '),
    ),
    act(),
  ]);
  const body = (await response.json()) as { data?: Record<string, Answer | undefined> };
  const answer = Object.values(body.data ?? {})[0];
  if (!answer) throw new Error(`no answer: ${JSON.stringify(body)}`);
  return answer;
}

/** Does `act`; the mutation it sends must succeed (a refusal fails the test with its words). */
async function succeeds(page: Page, act: () => Promise<void>) {
  const answer = await answerTo(page, act);
  expect(answer.__typename, answer.messageZh).toMatch(/Success$/);
}

/** Saves a record with the button named `button`. */
const save = (page: Page, button: string) =>
  succeeds(page, () => page.getByRole('button', { name: button, exact: true }).click());

/** Clicks the option (or tree node) `text` in the open dropdown of a select. */
async function pick(page: Page, text: string | RegExp) {
  const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
  const option = dropdown.getByText(text, { exact: true });
  await option.waitFor();
  await settled(dropdown);
  await option.click();
}

/** Answers the "this cannot be undone" question with yes. */
async function confirm(page: Page) {
  const dialog = page.getByRole('dialog');
  await settled(dialog);
  await dialog.getByRole('button', { name: '确认办理' }).click();
}

/** Clicks a button that asks first, and confirms. */
async function confirmed(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await succeeds(page, () => confirm(page));
}

async function expectStage(page: Page, stage: string) {
  await expect
    .poll(() => page.getByTitle('当前环节').textContent(), { timeout: 15_000 })
    .toBe(stage);
}

/** Takes a step of the workflow from the "next step" card, and waits for the new stage. */
async function takeStep(page: Page, step: string, stage: string) {
  await confirmed(page, step);
  await expectStage(page, stage);
}

/** Types a day into the date picker labelled `label` and leaves it. */
const pickDate = (page: Page, label: string, value: string) =>
  pickDateIn(page, page.getByLabel(label, { exact: true }), value);

describe('selection (选拔任用) in the browser', () => {
  let winnerId = '';
  beforeAll(async () => {
    ({ winnerId } = await setUp());
  });

  it('carries a case from the motion to the end of probation', { timeout: 300_000 }, async () => {
    const page = await browser.page();
    await signIn(page, STAFF, '/');
    await page.getByRole('menuitem', { name: '选任事项' }).click();
    await page.waitForURL('**/selection/cases');
    await page.getByRole('table').getByRole('link').first().waitFor();
    await screenshot(page, 'selection-cases');

    // 动议: the unit has a vacancy at the level of the post.
    await page.getByRole('button', { name: '动议新事项' }).click();
    const motion = page.getByRole('dialog', { name: '动议：新建选任事项' });
    await motion.getByLabel('事项名称').fill(TITLE);
    await motion.getByLabel('单位', { exact: true }).fill(UNIT);
    await pick(page, UNIT);
    await motion.getByLabel('拟任职务').fill('副局长');
    // 职数 while the motion is typed: no principal post is approved, so a justification is asked …
    const rank = motion.getByLabel('职务层次');
    const justification = motion.getByLabel('超职数动议理由');
    await rank.fill('乡科级正职');
    await rank.press('Enter');
    await motion.getByText('该单位该层级无空缺职数（核定 0 名，已配备 0 名）').waitFor();
    await justification.waitFor();
    // … while the one approved deputy post is free.
    await rank.fill('乡科级副职');
    await rank.press('Enter');
    await motion.getByText('该单位该层级核定 1 名，已配备 0 名，空缺 1 名').waitFor();
    expect(await justification.count()).toBe(0);
    await motion.getByLabel('动议分析').fill('原副局长调任，职位空缺，需配备分管业务的副职。');
    await save(page, '提交动议');
    await page.waitForURL(/\/selection\/cases\/[^/]+$/);
    await expectStage(page, '动议');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);

    for (const name of [WINNER, RUNNER_UP]) {
      await page.getByLabel('干部', { exact: true }).fill(name);
      await pick(page, new RegExp(`^${name}（`));
      await save(page, '提出为人选');
      await page.getByRole('link', { name }).waitFor();
    }
    await takeStep(page, '启动民主推荐', '民主推荐');

    // 民主推荐: the tally sheet by category; the server flags whose votes are concentrated.
    await pickDate(page, '推荐日期', RECOMMENDED);
    const sheet: [string, number, number, number][] = [
      ['领导班子成员', 9, 8, 1],
      ['中层干部及所属单位负责人', 20, 16, 3],
    ];
    for (const [category, participants, winnerVotes, runnerUpVotes] of sheet) {
      await page.getByLabel(`${category}参加人数`).fill(String(participants));
      await page.getByLabel(`${category}：${WINNER}得票`).fill(String(winnerVotes));
      await page.getByLabel(`${category}：${RUNNER_UP}得票`).fill(String(runnerUpVotes));
    }
    await save(page, '保存推荐结果');
    const tally = page.getByRole('table').filter({ hasText: '得票率' }).first();
    await expect
      .poll(() => tally.getByRole('row', { name: new RegExp(WINNER) }).textContent())
      .toMatch(/82\.8%.*相对集中/);
    await expect(
      tally.getByRole('row', { name: new RegExp(RUNNER_UP) }).textContent(),
    ).resolves.toContain('未相对集中');
    const review = page.getByRole('table').filter({ hasText: '资格条件' });
    const winnerRow = review.getByRole('row', { name: new RegExp(WINNER) });
    await succeeds(page, () =>
      winnerRow.getByRole('button', { name: '列为考察对象', exact: true }).click(),
    );
    await winnerRow.getByText('考察对象', { exact: true }).waitFor();
    await takeStep(page, '确定考察对象，开始考察', '考察');

    // 考察: the four publics, the team with its supervisor, 德能勤绩廉, the four musts, the check.
    await page
      .getByLabel('考察方案', { exact: true })
      .fill('采取个别谈话、实地走访、查阅资料等方式进行考察。');
    await pickDate(page, '考察预告发布日期', ANNOUNCED);
    await page.getByLabel('考察时间和目标').fill('五个工作日内，全面考察德能勤绩廉');
    await page.getByLabel('监督电话').fill('0571-12380');
    await page.getByLabel('反映问题的途径和方式').fill('来信来访、电话、网络举报');
    // A plan that runs beyond today: the inspection may not end before its last day.
    await pickDate(page, '考察开始日期', ANNOUNCED);
    await pickDate(page, '考察结束日期', day(5));
    await save(page, '保存考察方案');
    await page.getByText(`考察方案计划于${day(5)}结束，考察期未满不能结束考察`).waitFor();
    await pickDate(page, '考察结束日期', day(-410));
    await save(page, '保存考察方案');
    await page.getByLabel('姓名 1').fill('王建国');
    await page.getByLabel('所在单位 1').fill('区委组织部');
    await page.getByLabel('姓名 2').fill('陈立');
    await page.getByLabel('所在单位 2').fill('区纪委监委');
    await page.getByRole('checkbox', { name: '监督员' }).nth(1).check();
    await save(page, '保存考察组');
    await page.getByText('考察组符合要求').waitFor();
    for (const aspect of ['德', '能', '勤', '绩', '廉']) {
      await page.getByLabel(aspect, { exact: true }).fill(`${aspect}：表现良好`);
    }
    await page.getByLabel('考察结论').fill('同意提拔任用');
    await save(page, '保存考察情况');
    // 干部档案必审 waits for 档案专项审核 of the cadre's archive facts, named in the refusal.
    await page.getByLabel('干部档案必审：结果').fill('未发现问题');
    await page.getByLabel('干部档案必审：依据（文号、材料）').fill('东组审〔2025〕1号');
    const unverified = await answerTo(page, () =>
      page.getByRole('button', { name: '干部档案必审：保存', exact: true }).click(),
    );
    expect(unverified.__typename).toBe('RuleViolationError');
    await page
      .getByRole('alert')
      .filter({ hasText: '干部档案尚未专项审核，不能记为已审：出生日期、入党时间' })
      .waitFor();
    await verifyArchive(winnerId);
    for (const must of [
      '干部档案必审',
      '个人有关事项报告必核',
      '纪检监察机关意见必听',
      '线索具体的信访举报必查',
    ]) {
      await page.getByLabel(`${must}：结果`).fill('未发现问题');
      await page.getByLabel(`${must}：依据（文号、材料）`).fill('东组审〔2025〕1号');
      await save(page, `${must}：保存`);
    }
    await page.getByText('“四必”均已完成').waitFor();
    await succeeds(page, () => page.getByRole('button', { name: '进行核查' }).click());
    await page.getByText('无否决性问题').waitFor();
    await takeStep(page, '考察结束，开始酝酿', '酝酿');

    // 酝酿: without an opinion heard the case goes nowhere; with one, to the department's review.
    await page.getByText('尚未听取任何酝酿意见，未经酝酿的不上会').first().waitFor();
    await page.getByLabel('意见来源').fill('分管副区长');
    await page.getByLabel('意见', { exact: true }).fill('同意');
    await save(page, '记录意见');
    await page.getByText('可以提交部务会研究').waitFor();
    await takeStep(page, '提交部务会研究', '部务会研究');
    // 部务会研究: the clerk cannot sign it off; no button to approve is there for them.
    await page.getByText(/须由具有“部务会研究”权限的部领导/).waitFor();
    const approve = '部务会研究同意，提交讨论决定（上会）';
    expect(await page.getByRole('button', { name: approve }).count()).toBe(0);
    const caseUrl = new URL(page.url()).pathname;

    // The leader approves; the review records who and when.
    const leader = await browser.page();
    await signIn(leader, LEADER, caseUrl);
    await expectStage(leader, '部务会研究');
    await takeStep(leader, approve, '讨论决定');
    await leader
      .getByRole('navigation', { name: '办理环节' })
      .getByText('部务会研究', { exact: true })
      .click();
    await leader.getByText(`部务会研究同意：${LEADER.displayName}`, { exact: false }).waitFor();
    await leader.goto(caseUrl);
    // The clerk may not enter the vote.
    await page.reload();
    await page.getByText('表决结果由具有“记录讨论决定”权限的人员录入。').waitFor();

    // 讨论决定, by the leader: five of nine present is refused, in Chinese, with the figures kept.
    await expectStage(leader, '讨论决定');
    await pickDate(leader, '会议日期', DECIDED);
    await leader.getByLabel('应到会成员').fill('9');
    await leader.getByLabel('实到会成员').fill('5');
    await leader.getByLabel(`${WINNER}：同意`).fill('5');
    await leader.getByLabel('主持人', { exact: true }).fill('区委书记');
    await leader.getByLabel('记录人', { exact: true }).fill('区委办干部');
    await leader.getByRole('checkbox', { name: '主持人已审核签字' }).check();
    await leader.getByRole('checkbox', { name: '记录人已审核签字' }).check();
    await leader.getByText('未达到三分之二（至少须到会 6 人）').waitFor();
    await leader.getByRole('button', { name: '保存表决结果' }).click();
    const refused = await answerTo(leader, () => confirm(leader));
    expect(refused.__typename).toBe('RuleViolationError');
    const refusal = leader.getByRole('alert').filter({ hasText: '不能讨论决定' });
    await expect(refusal.textContent()).resolves.toContain(
      '到会成员未达应到会成员的三分之二（应到9人，实到5人），不能讨论决定',
    );
    await expect(leader.getByLabel('实到会成员').inputValue()).resolves.toBe('5');
    // Seven present and six in favour: more than half of the nine who should attend.
    await leader.getByLabel('实到会成员').fill('7');
    await leader.getByLabel(`${WINNER}：同意`).fill('6');
    await leader.getByText('通过（同意 6 票，须至少 5 票）').waitFor();
    await screenshot(leader, 'selection-votes');
    await confirmed(leader, '保存表决结果');
    await leader.getByText('有效', { exact: true }).waitFor();
    await leader.context().close();

    // 任前公示: its end is counted on the working-day calendar; then 任职 and 试用期.
    await page.reload();
    await pickDate(page, '公示开始日期', PUBLICIZED);
    await confirmed(page, '开始任前公示');
    await expectStage(page, '任前公示');
    await page.getByText('公示期满', { exact: true }).waitFor();
    // The picture without the mouse's hover or the last "saved" note on it.
    await page.mouse.move(0, 0);
    await page.getByText('已保存').waitFor({ state: 'hidden' });
    await screenshot(page, 'selection-case');
    await takeStep(page, '公示期满，办理任职', '任职');

    await page.getByLabel('谈话人').fill('区委书记');
    await page.getByRole('checkbox', { name: '已进行廉政提醒' }).check();
    await save(page, '记录任前谈话');
    await page.getByText('已廉政提醒').waitFor();
    await page.getByLabel('任职文号').fill('东委〔2025〕18号');
    await pickDate(page, '任职日期', APPOINTED);
    await confirmed(page, '办理任职');
    await expectStage(page, '试用期');

    await page.getByLabel('试用期满考核情况').fill('试用期内履职尽责，考核合格。');
    await confirmed(page, '试用期满考核');
    await expectStage(page, '正式任职');
    await page.getByText(/本事项已于 .* 正式任职。/).waitFor();

    // The printable full-process record lists every step.
    await page.getByRole('button', { name: '全程纪实表' }).click();
    await page.getByRole('heading', { name: '选拔任用全程纪实表' }).waitFor();
    const steps = page.getByRole('table').filter({ hasText: '办理人' });
    // The header row and ten entries: 立项, then nine steps to the formal appointment.
    await expect.poll(() => steps.getByRole('row').count()).toBe(1 + 10);
    await expect(steps.textContent()).resolves.toContain('试用期满考核合格，正式任职');

    // The cadre's profile shows the case.
    await page.goto(`/cadres/${winnerId}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.context().close();
  });

  it('draws the statistics', async () => {
    const page = await browser.page();
    await login(page, 'donghu', '/selection/statistics');
    await page.getByRole('img', { name: /干部调整（按类型）/ }).waitFor();
    await page.getByText('带病提拔回头看').waitFor();
    await screenshot(page, 'selection-statistics');
    await page.context().close();
  });
});
