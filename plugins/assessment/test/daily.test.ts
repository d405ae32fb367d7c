import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDate, runDeadlines, todayInChina } from '@cadre/core';
import {
  cadreId,
  cadreInput,
  createUnit,
  type GraphQLClient,
  mutate as mutateWith,
  type MutationResult,
  refusedUnchanged,
  rowId,
  shippedCalendar,
} from '@cadre/testing';
import { staffOf, staffWith, useGateway } from '@cadre/testing/gateway';
import {
  dailyPublicityEnd,
  missingPeriods,
  quarterEnd,
  quarterOf,
  weeksOf,
  weekStart,
} from '../src/domain/daily.ts';
import { assessmentPlugin } from '../src/index.ts';
import { dailyScoresOf, openDeductionsOf, settleDeductions } from '../src/server/daily-scores.ts';

// 平时考核 over HTTP: weekly records and self-checks, the quarter's evaluation and its publication
// on working days, direct deductions, a unit assessor kept to the own unit, the quarter's due
// item and the integrity finding. Every refusal is typed, bilingual, and writes nothing.

const h = useGateway([assessmentPlugin], {}, { a: ['assessment'] });
const today = todayInChina();
const thisQuarter = quarterOf(today);
/** The quarter of this week's records: the last one's, in the days a quarter begins mid-week. */
const recordQuarter = quarterOf(weekStart(today));
/** A past quarter whose end falls on the 2026 National Day holiday. */
const Q3 = { year: 2026, quarter: 3 };

let home: string;
let other: string;
let li: string;
let wang: string;
let zhao: string;
let assessor: GraphQLClient;

/** Runs a mutation `name(args) { … }`, selecting `fields` on its success data. */
const mutate = mutateWith<Record<string, unknown>>;

const submit = (client: GraphQLClient, cadre: string, input: Record<string, unknown>) =>
  mutate(
    client,
    'submitDailyRecord',
    '$c: ID!, $i: DailyRecordInput!',
    'cadreId: $c, input: $i',
    'id kind periodStart periodEnd content submittedOn',
    { c: cadre, i: input },
  );

const EVALUATION = 'id year quarter score grade comment evaluatedOn publishedOn publicityEndsOn';

const evaluate = (client: GraphQLClient, cadre: string, input: Record<string, unknown>) =>
  mutate(
    client,
    'recordQuarterlyEvaluation',
    '$c: ID!, $i: QuarterlyEvaluationInput!',
    'cadreId: $c, input: $i',
    EVALUATION,
    { c: cadre, i: input },
  );

const publish = (client: GraphQLClient, unit: string, input: Record<string, unknown>) =>
  mutateWith<Record<string, unknown>[]>(
    client,
    'publishQuarterlyEvaluations',
    '$u: ID!, $i: QuarterlyEvaluationPublishInput!',
    'unitId: $u, input: $i',
    EVALUATION,
    { u: unit, i: input },
  );

const deduct = (client: GraphQLClient, cadre: string, input: Record<string, unknown>) =>
  mutate(
    client,
    'recordDailyDeduction',
    '$c: ID!, $i: DailyDeductionInput!',
    'cadreId: $c, input: $i',
    'id year points reason evidence status',
    { c: cadre, i: input },
  );

const withdraw = (client: GraphQLClient, deduction: string, reason: string) =>
  mutate(
    client,
    'withdrawDailyDeduction',
    '$d: ID!, $r: String!',
    'deductionId: $d, reason: $r',
    'id status withdrawnOn withdrawReason',
    { d: deduction, r: reason },
  );

interface InboxRow {
  cadre: { id: string; name: string };
  weeklyRecords: { periodStart: string }[];
  missingWeeks: string[];
  monthlySelfChecks: { periodStart: string }[];
  evaluation: { score: number; grade: string; publishedOn: string | null } | null;
  openDeductions: { points: number; reason: string }[];
}

async function inbox(client: GraphQLClient, unit: string, q = thisQuarter) {
  const { dailyAssessmentInbox } = await client.data<{
    dailyAssessmentInbox: { weeks: string[]; rows: InboxRow[] } | null;
  }>(
    `query ($u: ID!, $y: Int!, $q: Int!) { dailyAssessmentInbox(unitId: $u, year: $y, quarter: $q) {
      weeks rows { cadre { id name } weeklyRecords { periodStart } missingWeeks
        monthlySelfChecks { periodStart } evaluation { score grade publishedOn }
        openDeductions { points reason } } } }`,
    { u: unit, y: q.year, q: q.quarter },
  );
  return dailyAssessmentInbox;
}

const rowOf = async (unit: string, cadre: string, q = thisQuarter) =>
  (await inbox(h.a, unit, q))?.rows.find((r) => r.cadre.id === cadre) ??
  expect.unreachable(`no row of ${cadre}`);

/** Every row a daily-assessment write could leave: a refusal leaves all of them as they were. */
const writes = () =>
  h.db.asOwner(async (tx) => ({
    audit: await tx.auditRecord.count(),
    records: await tx.dailyRecord.findMany({ orderBy: { id: 'asc' } }),
    evaluations: await tx.quarterlyEvaluation.findMany({ orderBy: { id: 'asc' } }),
    deductions: await tx.dailyDeduction.findMany({ orderBy: { id: 'asc' } }),
    dueItems: await tx.dueItem.findMany({ orderBy: { id: 'asc' } }),
  }));

/** Refused with `code` in both languages, writing nothing. */
async function refusedWithoutWrites<T extends MutationResult<unknown>>(
  code: string,
  attempt: () => Promise<T>,
) {
  const result = await refusedUnchanged(writes, code, attempt);
  expect(result.messageZh).toBeTruthy();
  expect(result.messageEn).toBeTruthy();
  return result;
}

beforeAll(async () => {
  home = await createUnit(h.a, { code: 'DA01', name: '区发改委' });
  other = await createUnit(h.a, { code: 'DA02', name: '区财政局' });
  li = await cadreId(h.a, cadreInput(home, { name: '李平' }));
  wang = await cadreId(h.a, cadreInput(home, { name: '王静' }));
  zhao = await cadreId(h.a, cadreInput(other, { name: '赵东' }));
  assessor = await staffOf(h, 'assessor', 'unit-assessor', {
    displayName: '发改委考核员',
    unitId: rowId(home),
  });
});

describe('周记实 and 月自查', () => {
  it('keeps one record per week, replaced when submitted again', async () => {
    const first = await submit(assessor, li, {
      kind: 'WEEKLY_RECORD',
      periodDate: formatDate(today),
      content: '完成项目申报材料初审',
    });
    expect(first.data).toMatchObject({
      kind: 'WEEKLY_RECORD',
      periodStart: formatDate(weekStart(today)),
      periodEnd: formatDate(addDays(weekStart(today), 6)),
      submittedOn: formatDate(today),
    });
    const again = await submit(assessor, li, {
      kind: 'WEEKLY_RECORD',
      periodDate: formatDate(weekStart(today)),
      content: '完成项目申报材料初审和复审',
    });
    expect(again.data).toMatchObject({ id: first.data?.id, content: '完成项目申报材料初审和复审' });
    const monthly = await submit(assessor, li, {
      kind: 'MONTHLY_SELF_CHECK',
      periodDate: formatDate(weekStart(today)),
      content: '本月按计划推进，考勤无异常',
    });
    expect(monthly.data?.periodStart).toBe(`${formatDate(weekStart(today)).slice(0, 8)}01`);
  });

  it('refuses a week that has not begun, naming the field', async () => {
    const result = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      submit(h.a, li, {
        kind: 'WEEKLY_RECORD',
        periodDate: formatDate(addDays(weekStart(today), 7)),
        content: '下周计划',
      }),
    );
    expect(result.issues).toEqual([expect.objectContaining({ path: 'input.periodDate' })]);
  });

  it('shows each cadre’s weeks in the unit’s inbox, and the weeks over without a record', async () => {
    const weeks = weeksOf(recordQuarter);
    const li_ = await rowOf(home, li, recordQuarter);
    expect(li_.weeklyRecords.map((r) => r.periodStart)).toEqual([formatDate(weekStart(today))]);
    expect(li_.monthlySelfChecks).toHaveLength(1);
    const wang_ = await rowOf(home, wang, recordQuarter);
    expect(wang_.missingWeeks).toEqual(
      missingPeriods('WEEKLY_RECORD', weeks, [], today).map(formatDate),
    );
    expect((await inbox(h.a, home, recordQuarter))?.rows.map((r) => r.cadre.name).sort()).toEqual([
      '李平',
      '王静',
    ]);
  });
});

describe('季考评 and its publication (公示)', () => {
  it('refuses 较差 without a comment, a score out of range and a quarter not begun', async () => {
    const poor = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      evaluate(h.a, li, { ...Q3, score: 55, grade: 'POOR' }),
    );
    expect(poor.issues?.map((i) => i.path)).toEqual(['input.comment']);
    const wrong = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      evaluate(h.a, li, {
        year: today.getUTCFullYear() + 1,
        quarter: 1,
        score: 101,
        grade: 'GOOD',
      }),
    );
    expect(wrong.issues?.map((i) => i.path).sort()).toEqual(['input.quarter', 'input.score']);
  });

  it('publishes the unit’s quarter for its working days on the Chinese calendar', async () => {
    await evaluate(h.a, li, { ...Q3, score: 92, grade: 'GOOD', evaluatedOn: '2026-09-29' });
    await evaluate(h.a, wang, {
      ...Q3,
      score: 58,
      grade: 'POOR',
      comment: '工作推进迟缓，需加强',
      evaluatedOn: '2026-09-29',
    });
    const tooEarly = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      publish(h.a, home, { ...Q3, publishedOn: '2026-09-28' }),
    );
    expect(tooEarly.issues).toEqual([expect.objectContaining({ path: 'input.publishedOn' })]);
    // 5 working days from Wednesday 30 September 2026: 30 Sep, 8, 9, 10 (a make-up Saturday)
    // and 12 October, around the National Day holiday (1–7 October).
    const published = await publish(h.a, home, { ...Q3, publishedOn: '2026-09-30' });
    expect(published.data).toHaveLength(2);
    expect(published.data?.[0]).toMatchObject({
      publishedOn: '2026-09-30',
      publicityEndsOn: '2026-10-12',
    });
    await refusedWithoutWrites('ASSESSMENT_NOTHING_TO_PUBLISH', () =>
      publish(h.a, home, { ...Q3, publishedOn: '2026-10-13' }),
    );
  });

  it('takes a correction after publication only with its reason, and publishes it again', async () => {
    const missing = await refusedWithoutWrites('CORE_INVALID_INPUT', () =>
      evaluate(h.a, wang, { ...Q3, score: 62, grade: 'AVERAGE', evaluatedOn: '2026-10-14' }),
    );
    expect(missing.issues?.map((i) => i.path)).toEqual(['input.correctionReason']);
    const corrected = await evaluate(h.a, wang, {
      ...Q3,
      score: 62,
      grade: 'AVERAGE',
      evaluatedOn: '2026-10-14',
      correctionReason: '公示期间反映扣分有误，经核实更正',
    });
    expect(corrected.data).toMatchObject({ score: 62, publishedOn: null, publicityEndsOn: null });
    const again = await publish(h.a, home, { ...Q3 });
    expect(again.data).toEqual([
      expect.objectContaining({
        score: 62,
        publishedOn: formatDate(today),
        publicityEndsOn: formatDate(dailyPublicityEnd(today, 5, shippedCalendar())),
      }),
    ]);
    expect((await rowOf(home, wang, Q3)).evaluation).toMatchObject({ grade: 'AVERAGE' });
  });

  it('gives the annual round each cadre’s quarterly mean', async () => {
    await evaluate(h.a, li, { year: 2026, quarter: 2, score: 87, grade: 'FAIRLY_GOOD' });
    const scores = await dailyScoresOf(
      h.db.forDistrict(h.tenants.a.id).prisma,
      h.tenants.a.id,
      2026,
      [rowId(li), rowId(wang), rowId(zhao)],
    );
    expect(Object.fromEntries(scores)).toEqual({ [rowId(li)]: 89.5, [rowId(wang)]: 62 });
  });
});

describe('平时考核直接扣分', () => {
  let deduction: string;

  it('records a deduction with its reason and evidence, open in the inbox', async () => {
    const result = await deduct(assessor, li, {
      points: 2,
      reason: '未按时报送月度工作台账',
      evidence: '区考核办通报〔2026〕12号',
    });
    expect(result.data).toMatchObject({ year: today.getUTCFullYear(), points: 2, status: 'OPEN' });
    deduction = String(result.data?.id);
    expect((await rowOf(home, li)).openDeductions).toEqual([
      { points: 2, reason: '未按时报送月度工作台账' },
    ]);
  });

  it('tells the integrity check about an open deduction, for information', async () => {
    const { integrityCheck } = await h.a.data<{
      integrityCheck: {
        data?: { findings: { code: string; severity: string; source: string; reasonZh: string }[] };
      };
    }>(
      `query ($c: [ID!]!) { integrityCheck(cadreIds: $c) { ... on QueryIntegrityCheckSuccess {
        data { findings { code severity source reasonZh } } } } }`,
      { c: [li] },
    );
    expect(integrityCheck.data?.findings).toContainEqual({
      code: 'ASSESSMENT_OPEN_DEDUCTION',
      severity: 'INFO',
      source: 'assessment',
      reasonZh: `${today.getUTCFullYear()}年平时考核直接扣2分（未结）：未按时报送月度工作台账`,
    });
  });

  it('withdraws it with a reason, once', async () => {
    const result = await withdraw(h.a, deduction, '经复核，台账已按时报送');
    expect(result.data).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnOn: formatDate(today),
      withdrawReason: '经复核，台账已按时报送',
    });
    expect((await rowOf(home, li)).openDeductions).toEqual([]);
    await refusedWithoutWrites('ASSESSMENT_DEDUCTION_WITHDRAWN', () =>
      withdraw(h.a, deduction, '再次撤销'),
    );
  });

  it('keeps a deduction the annual round has counted', async () => {
    const counted = await deduct(h.a, wang, {
      points: 1.5,
      reason: '会议迟到',
      evidence: '签到表',
    });
    const year = today.getUTCFullYear();
    const data = h.db.forDistrict(h.tenants.a.id);
    const open = await openDeductionsOf(data.prisma, h.tenants.a.id, null, [rowId(wang)]);
    expect(open.get(rowId(wang))).toEqual([
      expect.objectContaining({ points: 1.5, reason: '会议迟到', year }),
    ]);
    const settled = await h.db.transaction(h.tenants.a.id, (tx) =>
      settleDeductions(tx, h.tenants.a.id, year, [rowId(wang)], crypto.randomUUID()),
    );
    expect(settled).toBe(1);
    await refusedWithoutWrites('ASSESSMENT_DEDUCTION_SETTLED', () =>
      withdraw(h.a, String(counted.data?.id), '撤销'),
    );
  });
});

describe('a unit assessor keeps the own unit’s daily assessment', () => {
  const records = async (client: GraphQLClient, unit: string) => {
    const { dailyRecords } = await client.data<{
      dailyRecords: { edges: { node: { kind: string; cadre: { name: string } } }[] };
    }>(
      `query ($u: ID!, $y: Int!, $q: Int!) { dailyRecords(unitId: $u, year: $y, quarter: $q, first: 50) {
        edges { node { kind cadre { name } } } } }`,
      { u: unit, y: recordQuarter.year, q: recordQuarter.quarter },
    );
    return dailyRecords.edges.map((e) => `${e.node.cadre.name} ${e.node.kind}`);
  };

  it('reads the own unit only', async () => {
    expect(await inbox(assessor, home)).not.toBeNull();
    expect(await inbox(assessor, other)).toBeNull();
    expect((await records(assessor, home)).sort()).toEqual([
      '李平 MONTHLY_SELF_CHECK',
      '李平 WEEKLY_RECORD',
    ]);
    expect(await records(assessor, other)).toEqual([]);
    const { cadreDailyAssessment } = await assessor.data<{ cadreDailyAssessment: unknown }>(
      `query ($c: ID!, $y: Int!) { cadreDailyAssessment(cadreId: $c, year: $y) { year } }`,
      { c: zhao, y: today.getUTCFullYear() },
    );
    expect(cadreDailyAssessment).toBeNull();
  });

  it('is refused a write about another unit’s cadre, and nothing is written', async () => {
    await refusedWithoutWrites('ASSESSMENT_NOT_OWN_UNIT', () =>
      submit(assessor, zhao, {
        kind: 'WEEKLY_RECORD',
        periodDate: formatDate(today),
        content: '越权登记',
      }),
    );
    await refusedWithoutWrites('ASSESSMENT_NOT_OWN_UNIT', () =>
      evaluate(assessor, zhao, { ...Q3, score: 90, grade: 'GOOD' }),
    );
    await refusedWithoutWrites('ASSESSMENT_NOT_OWN_UNIT', () =>
      deduct(assessor, zhao, { points: 1, reason: '越权扣分', evidence: '无' }),
    );
    await refusedWithoutWrites('ASSESSMENT_NOT_OWN_UNIT', () =>
      publish(assessor, other, { ...Q3 }),
    );
  });

  it('is not open to staff without a daily-assessment key', async () => {
    const clerk = await staffWith(h, 'clerk', ['core.cadre.read']);
    await refusedWithoutWrites('CORE_FORBIDDEN', () =>
      submit(clerk, li, { kind: 'WEEKLY_RECORD', periodDate: formatDate(today), content: '无权' }),
    );
  });
});

describe('季考评 due (到期提醒)', () => {
  /** The day after this quarter ends: its evaluations are on the list. */
  const after = formatDate(addDays(quarterEnd(thisQuarter), 1));
  const run = () =>
    runDeadlines({ db: h.db, plugins: [assessmentPlugin], today: new Date(`${after}T00:00:00Z`) });

  async function listed(client: GraphQLClient) {
    const { myDueItems } = await client.data<{ myDueItems: { kind: string; title: string }[] }>(
      `query ($asOf: Date) { myDueItems(asOf: $asOf) { kind title } }`,
      { asOf: after },
    );
    return myDueItems.filter((i) => i.kind === 'quarterly-evaluations').map((i) => i.title);
  }

  it('lists each unit not fully evaluated, the own unit’s for its assessor', async () => {
    expect((await run()).flatMap((r) => r.errors)).toEqual([]);
    const quarter = `${thisQuarter.year}年第${thisQuarter.quarter}季度季考评`;
    expect((await listed(h.a)).sort()).toEqual([
      `区发改委 ${quarter}：2人未评`,
      `区财政局 ${quarter}：1人未评`,
    ]);
    expect(await listed(assessor)).toEqual([`区发改委 ${quarter}：2人未评`]);
  });

  it('closes a unit’s item once every cadre in service is evaluated', async () => {
    for (const cadre of [li, wang]) {
      await evaluate(assessor, cadre, { ...thisQuarter, score: 90, grade: 'GOOD' });
    }
    expect((await run()).flatMap((r) => r.errors)).toEqual([]);
    expect(await listed(assessor)).toEqual([]);
    expect(await listed(h.a)).toEqual([
      `区财政局 ${thisQuarter.year}年第${thisQuarter.quarter}季度季考评：1人未评`,
    ]);
  });
});
