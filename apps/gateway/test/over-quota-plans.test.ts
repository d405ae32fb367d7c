import { beforeAll, describe, expect, it } from 'vitest';
import {
  cadreId,
  cadreInput,
  createUnit,
  defined,
  rowId,
  type GraphQLClient,
} from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { writers } from './same-transaction.ts';

// 超职数消化: a unit over its approved posts plans how to get back within them by a deadline,
// which becomes a due item; steps are recorded, and the plan completes once the figures allow.

const h = useGateway(testPlugins);
let bureau: string;
let street: string;
let foreignUnit: string;
let deputies: string[] = [];
let planId: string;

/** The day `days` from today in China, as `YYYY-MM-DD`. */
function inDays(days: number): string {
  const today = new Date(Date.now() + 8 * 3600_000);
  today.setUTCDate(today.getUTCDate() + days);
  return today.toISOString().slice(0, 10);
}

interface Plan {
  id: string;
  excess: number;
  digested: number;
  currentExcess: number;
  remaining: number;
  overdue: boolean;
  deadline: string;
  completedAt: string | null;
  unit: { name: string };
  progress: { recordedOn: string; digested: number; note: string }[];
}
type Result = {
  __typename: string;
  code?: string;
  messageZh?: string;
  issues?: { path: string; messageZh: string }[];
  data?: Plan;
};

const PLAN = `id excess digested currentExcess remaining overdue deadline completedAt
  unit { name } progress { recordedOn digested note }`;
const RESULT = (success: string) => `{ __typename
  ... on Error { code messageZh }
  ... on InputError { issues { path messageZh } }
  ... on ${success} { data { ${PLAN} } } }`;

const createPlan = async (
  args: Partial<{
    unitId: string;
    level: string;
    leadership: boolean;
    plan: string;
    deadline: string;
  }>,
  client: GraphQLClient = h.a,
) =>
  (
    await client.data<{ createOverQuotaPlan: Result }>(
      `mutation ($unitId: ID!, $level: PostLevel!, $leadership: Boolean!, $plan: String!, $deadline: Date!) {
        createOverQuotaPlan(unitId: $unitId, level: $level, leadership: $leadership, plan: $plan, deadline: $deadline)
        ${RESULT('MutationCreateOverQuotaPlanSuccess')} }`,
      {
        unitId: bureau,
        level: 'SECTION_DEPUTY',
        leadership: true,
        plan: '两名副局长明年到龄退休，一名交流至街道',
        deadline: inDays(180),
        ...args,
      },
    )
  ).createOverQuotaPlan;

const recordStep = async (step: Partial<{ recordedOn: string; digested: number; note: string }>) =>
  (
    await h.a.data<{ recordOverQuotaProgress: Result }>(
      `mutation ($planId: ID!, $recordedOn: Date!, $digested: Int!, $note: String!) {
        recordOverQuotaProgress(planId: $planId, recordedOn: $recordedOn, digested: $digested, note: $note)
        ${RESULT('MutationRecordOverQuotaProgressSuccess')} }`,
      { planId, recordedOn: inDays(0), digested: 1, note: '副局长到龄退休', ...step },
    )
  ).recordOverQuotaProgress;

const complete = async () =>
  (
    await h.a.data<{ completeOverQuotaPlan: Result }>(
      `mutation ($planId: ID!) { completeOverQuotaPlan(planId: $planId)
        ${RESULT('MutationCompleteOverQuotaPlanSuccess')} }`,
      { planId },
    )
  ).completeOverQuotaPlan;

const setQuota = (unitId: string, approved: number) =>
  h.a.data(
    `mutation ($unitId: ID!, $approved: Int!) { setPostQuota(unitId: $unitId, level: SECTION_DEPUTY,
      leadership: true, approved: $approved) { __typename } }`,
    { unitId, approved },
  );

/** What a failed write must leave as it was. */
const written = () =>
  h.db.asOwner(async (tx) => ({
    audit: await tx.auditRecord.count(),
    plans: await tx.overQuotaPlan.findMany({ orderBy: { id: 'asc' } }),
    steps: await tx.overQuotaProgress.count(),
    dueItems: await tx.dueItem.findMany({ orderBy: { id: 'asc' } }),
  }));

interface DueItem {
  kind: string;
  subjectId: string;
  title: string;
  dueDate: string;
  closedAt: string | null;
}
const deadlines = async (includeClosed = false) =>
  (
    await h.a.data<{ myDueItems: DueItem[] }>(
      `query ($includeClosed: Boolean) { myDueItems(includeClosed: $includeClosed) {
        kind subjectId title dueDate closedAt } }`,
      { includeClosed },
    )
  ).myDueItems.filter((item) => item.kind === 'over-quota-deadline');

beforeAll(async () => {
  // 区财政局: one deputy post approved, three filled: two over quota. 街道: room to spare.
  bureau = await createUnit(h.a, { code: 'Q1', name: '区财政局' });
  street = await createUnit(h.a, { code: 'Q2', name: '南湖街道', category: 'SUBDISTRICT' });
  await setQuota(bureau, 1);
  await setQuota(street, 3);
  deputies = [];
  for (const name of ['超甲', '超乙', '超丙'])
    deputies.push(await cadreId(h.a, cadreInput(bureau, { name, rank: 'LEADER_SECTION_DEPUTY' })));
  await cadreId(h.a, cadreInput(street, { name: '街副', rank: 'LEADER_SECTION_DEPUTY' }));
  foreignUnit = await createUnit(h.b, { code: 'QB', name: '乙县财政局' });
});

describe('making a digestion plan', () => {
  it('refuses a unit that is not over quota, naming it and its figures, and writes nothing', async () => {
    const before = await written();
    expect(await createPlan({ unitId: street })).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CORE_NOT_OVER_QUOTA',
      messageZh: '南湖街道乡科级副职领导职务核定 3 名、实配 1 名，未超职数，无需消化计划',
    });
    // Over quota in no grade line either.
    expect(await createPlan({ leadership: false })).toMatchObject({ code: 'CORE_NOT_OVER_QUOTA' });
    expect(await createPlan({ deadline: inDays(0) })).toMatchObject({
      __typename: 'InputError',
      issues: [{ path: 'deadline', messageZh: `消化期限须晚于今天（${inDays(0)}）` }],
    });
    expect(await createPlan({ plan: ' 退休 ' })).toMatchObject({
      issues: [{ path: 'plan', messageZh: '消化计划至少 4 个字' }],
    });
    expect(await createPlan({ unitId: foreignUnit })).toMatchObject({ code: 'CORE_NOT_FOUND' });
    expect(await written()).toEqual(before);
  });

  it('records the plan with the excess of the day, and its deadline as a due item, in one transaction', async () => {
    const deadline = inDays(180);
    const created = await createPlan({ deadline });
    expect(created).toMatchObject({
      __typename: 'MutationCreateOverQuotaPlanSuccess',
      data: {
        excess: 2,
        digested: 0,
        currentExcess: 2,
        remaining: 2,
        overdue: false,
        deadline,
        completedAt: null,
        unit: { name: '区财政局' },
        progress: [],
      },
    });
    planId = defined(created.data).id;
    expect(await deadlines()).toEqual([
      {
        kind: 'over-quota-deadline',
        subjectId: rowId(planId),
        title: '超职数消化期限：区财政局乡科级副职领导职务超配 2 名',
        dueDate: deadline,
        closedAt: null,
      },
    ]);
    const dueItem = await h.db.asOwner((tx) =>
      tx.dueItem.findFirstOrThrow({ where: { subjectId: rowId(planId) } }),
    );
    const xids = await writers(
      h,
      [
        { table: 'over_quota_plan', id: rowId(planId) },
        { table: 'due_item', id: dueItem.id },
      ],
      { targetId: rowId(planId), operation: 'unit.over-quota-plan.create' },
    );
    expect(xids.audit).toHaveLength(1);
    expect(xids.rows).toEqual([xids.audit[0], xids.audit[0]]);
  });

  it('refuses a second open plan for the same unit and level', async () => {
    const before = await written();
    expect(await createPlan({})).toMatchObject({
      code: 'CORE_OVER_QUOTA_PLAN_OPEN',
      messageZh: `区财政局乡科级副职领导职务已有未完成的消化计划（期限 ${inDays(180)}）`,
    });
    expect(await written()).toEqual(before);
  });

  it('needs core.unit.write', async () => {
    const reader = await staffWith(h, 'plan.reader', ['core.unit.read']);
    expect(await createPlan({}, reader)).toMatchObject({ code: 'CORE_FORBIDDEN' });
    const { overQuotaPlans } = await reader.data<{ overQuotaPlans: { excess: number }[] }>(
      '{ overQuotaPlans { excess } }',
    );
    expect(overQuotaPlans).toEqual([{ excess: 2 }]);
  });
});

describe('recording progress', () => {
  it('refuses a step out of the plan’s time or beyond what it has outstanding', async () => {
    const before = await written();
    const refusals: [Partial<{ recordedOn: string; digested: number; note: string }>, object][] = [
      [{ digested: 0 }, { path: 'digested', messageZh: '消化数须大于 0' }],
      [{ digested: 3 }, { path: 'digested', messageZh: '消化数不能超过计划尚待消化的 2 名' }],
      [{ recordedOn: inDays(1) }, { path: 'recordedOn', messageZh: '消化日期不能晚于今天' }],
      [
        { recordedOn: inDays(-1) },
        { path: 'recordedOn', messageZh: `消化日期不能早于计划制定日期（${inDays(0)}）` },
      ],
      [{ note: '' }, { path: 'note', messageZh: '说明至少 2 个字' }],
    ];
    for (const [step, issue] of refusals) {
      expect(await recordStep(step)).toMatchObject({ __typename: 'InputError', issues: [issue] });
    }
    expect(await written()).toEqual(before);
  });

  it('takes each step off what remains, within the unit’s figures of today', async () => {
    const stepped = await recordStep({ digested: 1, note: '超甲到龄退休' });
    expect(stepped.data).toMatchObject({
      digested: 1,
      currentExcess: 2,
      remaining: 1,
      progress: [{ recordedOn: inDays(0), digested: 1, note: '超甲到龄退休' }],
    });
    // The registry catches up: the retirement is entered, and the unit is one over.
    await h.a.data(
      'mutation ($id: ID!) { updateCadre(id: $id, input: { status: RETIRED }) { __typename } }',
      { id: deputies[0] },
    );
    const { unit } = await h.a.data<{ unit: { overQuotaPlans: Plan[] } }>(
      `query ($id: ID!) { unit(id: $id) { overQuotaPlans { ${PLAN} } } }`,
      { id: bureau },
    );
    expect(unit.overQuotaPlans).toMatchObject([{ digested: 1, currentExcess: 1, remaining: 1 }]);
  });
});

describe('overdue and completed plans', () => {
  it('lists a plan past its deadline as overdue', async () => {
    const list = async (status: string) =>
      (
        await h.a.data<{ overQuotaPlans: { id: string; overdue: boolean }[] }>(
          `query ($status: OverQuotaPlanStatus) { overQuotaPlans(status: $status) { id overdue } }`,
          { status },
        )
      ).overQuotaPlans;
    expect(await list('OVERDUE')).toEqual([]);
    // Time passes: the deadline is now yesterday.
    await h.db.asOwner((tx) =>
      tx.overQuotaPlan.update({
        where: { id: rowId(planId) },
        data: { deadline: new Date(`${inDays(-1)}T00:00:00Z`) },
      }),
    );
    expect(await list('OVERDUE')).toEqual([{ id: planId, overdue: true }]);
    expect(await list('OPEN')).toEqual([{ id: planId, overdue: true }]);
    expect(
      (await h.b.data<{ overQuotaPlans: unknown[] }>('{ overQuotaPlans { id } }')).overQuotaPlans,
    ).toEqual([]);
  });

  it('completes only once the figures show the unit within quota, closing the due item', async () => {
    const before = await written();
    expect(await complete()).toMatchObject({
      code: 'CORE_STILL_OVER_QUOTA',
      messageZh: '区财政局乡科级副职领导职务仍超配 1 名（核定 1 名、实配 2 名），计划不能完成',
    });
    expect(await written()).toEqual(before);

    await setQuota(bureau, 2);
    const done = await complete();
    expect(done).toMatchObject({
      __typename: 'MutationCompleteOverQuotaPlanSuccess',
      data: { currentExcess: 0, remaining: 0, overdue: false },
    });
    expect(defined(done.data).completedAt).not.toBeNull();
    expect(await deadlines()).toEqual([]);
    expect(await deadlines(true)).toMatchObject([{ subjectId: rowId(planId) }]);
    expect((await deadlines(true))[0]?.closedAt).not.toBeNull();

    const after = await written();
    expect(await complete()).toMatchObject({ code: 'CORE_OVER_QUOTA_PLAN_COMPLETED' });
    expect(await recordStep({})).toMatchObject({ code: 'CORE_OVER_QUOTA_PLAN_COMPLETED' });
    expect(await written()).toEqual(after);
  });

  it('keeps completed plans out of the open lists but on the unit when asked', async () => {
    const { overQuotaPlans } = await h.a.data<{ overQuotaPlans: unknown[] }>(
      '{ overQuotaPlans { id } }',
    );
    expect(overQuotaPlans).toEqual([]);
    const { unit } = await h.a.data<{ unit: { open: unknown[]; all: { id: string }[] } }>(
      `query ($id: ID!) { unit(id: $id) { open: overQuotaPlans { id }
        all: overQuotaPlans(includeCompleted: true) { id } } }`,
      { id: bureau },
    );
    expect(unit).toEqual({ open: [], all: [{ id: planId }] });
  });
});
