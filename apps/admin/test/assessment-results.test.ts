import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cadreId, cadreInput, createUnit, type GraphQLClient } from '@cadre/testing';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

// 考核结果 in the browser: a unit's assessor (单位考核员) sees the own unit's results only — the
// cadres' grades in a concluded round with rank of n, their quarterly grades — and a cadre's years
// in the drill-down, which is the profile's 考核情况 section; the district administrator picks any
// unit and finds the same section on the cadre's profile. Set-up goes through the API as the
// administrator, on units, cadres and a round of their own (a special round scoped to the test's
// units, as an annual one assesses the whole district).

const browser = useBrowser();

const PASSWORD = 'Kaohe2026result';
const ASSESSOR = { username: 'kh-assessor', displayName: '刘洁（考核员）' };
const PARENT = '区考核结果测试委';
const HOME = '区考核结果测试委办公室';
const OTHER = '区考核结果测试委督查科';
const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const TITLE = `${YEAR}年度重点项目攻坚专项考核`;
// Five civil servants, 5 × 20% = one place for 优秀; 吴国栋 is of the other unit.
const SCORES: Record<string, number> = {
  林海燕: 95,
  周文博: 85,
  陈思远: 78,
  郑雨桐: 65,
  吴国栋: 88,
};
const OWN = ['林海燕', '周文博', '陈思远', '郑雨桐'];

const ANSWER = '__typename ... on Error { code message }';

/** A mutation's success data, or a failed test naming the refusal. */
async function write<T>(
  api: GraphQLClient,
  field: string,
  query: string,
  variables: Record<string, unknown>,
) {
  const data = await api.data<Record<string, { data?: T; code?: string; message?: string }>>(
    query,
    variables,
  );
  const answer = data[field];
  if (!answer?.data) throw new Error(`${field}: ${answer?.code ?? ''} ${answer?.message ?? ''}`);
  return answer.data;
}

interface RoundView {
  id: string;
  version: number;
  workflowCase: { id: string };
  items: { id: string }[];
  participants: { edges: { node: { id: string; cadre: { name: string } } }[] };
}

const ROUND = `id version workflowCase { id } items { id }
  participants(first: 50) { edges { node { id cadre { name } } } }`;

async function readRound(api: GraphQLClient, id: string) {
  const { assessmentRound } = await api.data<{ assessmentRound: RoundView }>(
    `query ($id: ID!) { assessmentRound(id: $id) { ${ROUND} } }`,
    { id },
  );
  return assessmentRound;
}

async function step(api: GraphQLClient, roundId: string, transition: string) {
  const round = await readRound(api, roundId);
  await write(
    api,
    'transitionCase',
    `mutation ($input: TransitionCaseInput!) { transitionCase(input: $input) {
      ... on MutationTransitionCaseSuccess { data { state } } ${ANSWER} } }`,
    {
      input: { caseId: round.workflowCase.id, transition, expectedVersion: round.version },
    },
  );
}

/** The special round over the test's units: scored by the superiors, graded, concluded. */
async function concludedRound(api: GraphQLClient, scopeUnitId: string) {
  const round = await write<RoundView>(
    api,
    'openAssessmentRound',
    `mutation ($input: OpenAssessmentRoundInput!) { openAssessmentRound(input: $input) {
      ... on MutationOpenAssessmentRoundSuccess { data { ${ROUND} } } ${ANSWER} } }`,
    {
      input: {
        kind: 'SPECIAL',
        group: 'CIVIL_SERVANTS',
        year: YEAR,
        title: TITLE,
        periodStart: `${YEAR}-01-01`,
        periodEnd: `${YEAR}-06-30`,
        topic: '重点项目攻坚',
        scopeUnitId,
      },
    },
  );
  expect(round.participants.edges.map((e) => e.node.cadre.name).sort()).toEqual(
    Object.keys(SCORES).sort(),
  );
  await step(api, round.id, 'start-scoring');
  const scores = round.participants.edges.flatMap(({ node }) =>
    round.items.map((item) => ({
      participantId: node.id,
      itemId: item.id,
      score: SCORES[node.cadre.name],
    })),
  );
  await write(
    api,
    'recordEvaluationScores',
    `mutation ($r: ID!, $s: [EvaluationScoreInput!]!) {
      recordEvaluationScores(roundId: $r, subject: SUPERIOR, scores: $s) {
        ... on MutationRecordEvaluationScoresSuccess { data { id } } ${ANSWER} } }`,
    { r: round.id, s: scores },
  );
  await step(api, round.id, 'start-allocation');
  await write(
    api,
    'allocateAssessmentGrades',
    `mutation ($r: ID!) { allocateAssessmentGrades(roundId: $r) {
      ... on MutationAllocateAssessmentGradesSuccess { data { id } } ${ANSWER} } }`,
    { r: round.id },
  );
  const { version } = await readRound(api, round.id);
  await write(
    api,
    'concludeAssessmentRound',
    `mutation ($r: ID!, $v: Int!) { concludeAssessmentRound(roundId: $r, expectedVersion: $v) {
      ... on MutationConcludeAssessmentRoundSuccess { data { id } } ${ANSWER} } }`,
    { r: round.id, v: version },
  );
}

const ids: Record<string, string> = {};
let otherUnit = '';

beforeAll(async () => {
  const api = await apiAs('donghu');
  const parent = await createUnit(api, { code: 'KHJG00', name: PARENT });
  const home = await createUnit(api, { code: 'KHJG01', name: HOME, parentId: parent });
  otherUnit = await createUnit(api, { code: 'KHJG02', name: OTHER, parentId: parent });
  for (const name of Object.keys(SCORES)) {
    ids[name] = await cadreId(
      api,
      cadreInput(OWN.includes(name) ? home : otherUnit, {
        name,
        rank: 'PRINCIPAL_STAFF_2',
        rankSince: '2019-01-01',
      }),
    );
  }
  const { roles } = await api.data<{ roles: { id: string; key: string }[] }>(
    '{ roles { id key } }',
  );
  await write(
    api,
    'createUser',
    `mutation ($input: CreateUserInput!) {
      createUser(input: $input) { ... on MutationCreateUserSuccess { data { id } } ${ANSWER} } }`,
    {
      input: {
        ...ASSESSOR,
        password: PASSWORD,
        unitId: home,
        roleIds: roles.filter((r) => r.key === 'unit-assessor').map((r) => r.id),
      },
    },
  );
  await write(
    api,
    'recordQuarterlyEvaluation',
    `mutation ($c: ID!, $i: QuarterlyEvaluationInput!) { recordQuarterlyEvaluation(cadreId: $c, input: $i) {
      ... on MutationRecordQuarterlyEvaluationSuccess { data { id } } ${ANSWER} } }`,
    { c: ids['林海燕'], i: { year: YEAR, quarter: 1, score: 93, grade: 'GOOD' } },
  );
  await write(
    api,
    'recordDailyDeduction',
    `mutation ($c: ID!, $i: DailyDeductionInput!) { recordDailyDeduction(cadreId: $c, input: $i) {
      ... on MutationRecordDailyDeductionSuccess { data { id } } ${ANSWER} } }`,
    {
      c: ids['林海燕'],
      i: { points: 1.5, reason: '周记实未按时提交', evidence: '办公室通报', year: YEAR },
    },
  );
  await concludedRound(api, parent);
}, 120_000);

/** Signs the assessor in through the login form and waits for the page at `path`. */
async function signIn(page: Page, path: string) {
  await page.goto(path);
  await page.getByLabel('用户名').fill(ASSESSOR.username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

/** The names in the first column of the unit's table. */
const namesIn = (page: Page) =>
  page
    .getByRole('row')
    .getByRole('button', { name: /^查看.+的考核情况$/ })
    .allTextContents();

const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

describe('the results of a unit', () => {
  it('shows a unit’s assessor the own unit’s cadres, grades by round and quarters only', async () => {
    const page = await browser.page();
    await signIn(page, `/assessment/results?year=${YEAR}`);
    await page.getByText(`${HOME} · 干部考核等次`).waitFor();
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByText('考核结果').waitFor();
    expect(await menu.getByText('年度及专项考核').count()).toBe(0);
    // The own unit is fixed: no unit to pick.
    expect(await page.getByLabel('单位', { exact: true }).count()).toBe(0);

    await expect.poll(() => namesIn(page)).toEqual(expect.arrayContaining(OWN));
    expect((await namesIn(page)).sort()).toEqual([...OWN].sort());
    await page.getByRole('columnheader', { name: TITLE }).waitFor();
    const first = rowOf(page, '林海燕');
    await expect.poll(() => first.textContent()).toContain('优秀');
    expect(await first.textContent()).toContain('95分 · 第1/5名');
    expect(await first.textContent()).toContain('好 93');
    expect(await rowOf(page, '郑雨桐').textContent()).toContain('基本称职');
    await screenshot(page, 'assessment-results');

    // Another unit in the address changes nothing for an assessor.
    await page.goto(`/assessment/results?year=${YEAR}&unit=${otherUnit}`);
    await page.getByText(`${HOME} · 干部考核等次`).waitFor();
    expect(await page.getByText('吴国栋').count()).toBe(0);
    await page.context().close();
  });

  it('opens a cadre’s years: the profile section, with the deductions still open', async () => {
    const page = await browser.page();
    await signIn(page, `/assessment/results?year=${YEAR}`);
    await page.getByRole('button', { name: '查看林海燕的考核情况' }).click();
    const drawer = page.getByRole('dialog', { name: '林海燕的考核情况' });
    await drawer.getByRole('heading', { name: `${YEAR}年度` }).waitFor();
    const text = () => drawer.textContent();
    await expect.poll(text).toContain(TITLE);
    for (const shown of [
      '总分 95',
      '第1名（共5人）',
      `时任单位：${HOME}`,
      '未结的平时考核直接扣分',
      `${YEAR}年度扣1.5分：周记实未按时提交`,
      '第1季度',
      '平时考核得分 93',
    ]) {
      expect(await text()).toContain(shown);
    }
    expect(await text()).toMatch(/总分95\.00 = 测评得分95\.00×100%/);
    // The round itself is not the assessor's to open.
    expect(await drawer.getByRole('link', { name: TITLE }).count()).toBe(0);
    await screenshot(page, 'assessment-results-cadre');
    await page.context().close();
  });

  it('lets the administrator pick any unit, and shows the section on the cadre’s profile', async () => {
    const page = await browser.page();
    await login(page, 'donghu', `/assessment/results?year=${YEAR}&unit=${otherUnit}`);
    await page.getByText(`${OTHER} · 干部考核等次`).waitFor();
    await expect.poll(() => namesIn(page)).toEqual(['吴国栋']);
    expect(await rowOf(page, '吴国栋').textContent()).toContain('88分 · 第2/5名');
    await page.getByText(`${YEAR}年度考核等次分布`).first().waitFor();

    await page.goto(`/cadres/${ids['林海燕']}`);
    const section = page.locator('.profile-card').filter({ hasText: '考核情况' });
    await section.getByRole('link', { name: TITLE }).waitFor();
    expect(await section.textContent()).toContain('优秀');
    await page.context().close();
  });

  it('puts the grades by unit and the consequences waiting on the dashboard', async () => {
    const page = await browser.page();
    await login(page, 'donghu');
    for (const title of ['年度考核等次分布', '待办考核结果运用']) {
      await page.getByText(title, { exact: true }).first().waitFor();
    }
    await page.context().close();
  });
});
