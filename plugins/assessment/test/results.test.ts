import { todayInChina } from '@cadre/core';
import { cadreId, cadreInput, createUnit, type GraphQLClient, rowId } from '@cadre/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { concludedRound, succeed } from './results-harness.ts';
import { ok, roundSteps, staffOf, useAssessmentGateway } from './round-harness.ts';

// 考核结果 over HTTP ("units see their own results"): a unit's year — its cadres' grades in the
// concluded rounds with rank of n, their quarterly evaluations, its indicator standing — a cadre's
// years with their consequences and open deductions, and the grades by unit. A unit's assessor
// reads the own unit only: another unit is null, a cadre of it too, and of a cadre who came from
// another unit only the rows of the own one. Rounds not concluded show nowhere.

const h = useAssessmentGateway();
const THIS_YEAR = todayInChina().getUTCFullYear();
const YEAR = THIS_YEAR - 1;

let office: GraphQLClient;
let assessor: GraphQLClient;
let home: string;
let other: string;
const ids: Record<string, string> = {};

// Five civil servants, 5 × 20% = 1 place for 优秀: 甲一 takes it; 丁四 and 戊五 are of the other unit.
const SCORES: Record<string, number> = { 甲一: 95, 乙二: 85, 丙三: 75, 丁四: 88, 戊五: 80 };
const HOME = ['甲一', '乙二', '丙三'];

const evaluate = (name: string, quarter: number, score: number, grade: string) =>
  succeed(
    office,
    'recordQuarterlyEvaluation',
    '$c: ID!, $i: QuarterlyEvaluationInput!',
    'cadreId: $c, input: $i',
    { c: ids[name], i: { year: YEAR, quarter, score, grade } },
  );

const deduct = (name: string, points: number, reason: string) =>
  succeed(
    office,
    'recordDailyDeduction',
    '$c: ID!, $i: DailyDeductionInput!',
    'cadreId: $c, input: $i',
    { c: ids[name], i: { points, reason, evidence: '督查通报', year: THIS_YEAR } },
  );

/** The unit's category set for the year, one indicator of 100 and the unit's result on it. */
async function indicatorResult(unitId: string, value: number) {
  const { createIndicatorSet } = await office.data<{
    createIndicatorSet: { data: { id: string } };
  }>(
    `mutation { createIndicatorSet(year: ${YEAR}, unitCategory: PARTY_GOVERNMENT_ORGAN,
      title: "${YEAR}年度机关考核指标") { ... on MutationCreateIndicatorSetSuccess { data { id } } } }`,
  );
  const { saveIndicator } = await office.data<{
    saveIndicator: { data: { indicators: { id: string }[] } };
  }>(
    `mutation ($s: ID!, $i: IndicatorInput!) { saveIndicator(setId: $s, input: $i) {
      ... on MutationSaveIndicatorSuccess { data { indicators { id } } } } }`,
    {
      s: createIndicatorSet.data.id,
      i: {
        category: 'ECONOMIC',
        name: '重点项目推进',
        weight: 100,
        scoring: 'TARGET_RATIO',
        target: 10,
      },
    },
  );
  await succeed(
    office,
    'recordUnitIndicatorResult',
    '$i: ID!, $u: ID!, $v: Float!',
    'indicatorId: $i, unitId: $u, value: $v',
    { i: saveIndicator.data.indicators[0]?.id, u: unitId, v: value },
  );
}

let roundId: string;

beforeAll(async () => {
  office = await staffOf(h, 'office', 'assessment-office');
  home = await createUnit(h.a, { code: 'JG01', name: '区发改委' });
  other = await createUnit(h.a, { code: 'JG02', name: '区财政局' });
  for (const name of Object.keys(SCORES)) {
    const unit = HOME.includes(name) ? home : other;
    ids[name] = await cadreId(
      h.a,
      cadreInput(unit, { name, rank: 'PRINCIPAL_STAFF_2', rankSince: '2019-01-01' }),
    );
  }
  assessor = await staffOf(h, 'assessor', 'unit-assessor', {
    displayName: '发改委考核员',
    unitId: rowId(home),
  });
  await evaluate('甲一', 1, 96, 'GOOD');
  await evaluate('甲一', 2, 92, 'GOOD');
  await evaluate('丁四', 1, 85, 'FAIRLY_GOOD');
  roundId = await concludedRound(
    office,
    { kind: 'ANNUAL', group: 'CIVIL_SERVANTS', year: YEAR, title: `${YEAR}年度公务员年度考核` },
    SCORES,
  );
  await indicatorResult(home, 7.5);
  await deduct('甲一', 2, '未按时报送材料');
  await deduct('丁四', 1, '会议迟到');
  // The next year's round, still in preparation: no results anywhere yet.
  ok(
    await roundSteps(office).open({
      kind: 'ANNUAL',
      group: 'CIVIL_SERVANTS',
      year: THIS_YEAR,
      title: `${THIS_YEAR}年度公务员年度考核`,
    }),
  );
}, 120_000);

const RESULT = `round { id title kindLabel groupLabel year participantCount } cadre { name }
  unit { name } grade total rank outOf explanation gradeReason
  consequences { kindLabel basis pending statusLabel }`;

interface ResultView {
  round: { id: string; title: string; year: number; participantCount: number };
  cadre: { name: string };
  unit: { name: string };
  grade: string | null;
  total: number | null;
  rank: number | null;
  outOf: number;
  explanation: string | null;
  consequences: { kindLabel: string; basis: string; pending: boolean; statusLabel: string }[];
}

interface UnitView {
  unit: { name: string };
  rounds: { id: string; title: string }[];
  cadres: {
    cadre: { name: string };
    results: ResultView[];
    quarters: { quarter: number; grade: string }[];
    dailyScore: number | null;
  }[];
  indicatorStanding: {
    score: number;
    loss: number;
    lossShare: number;
    exceedsLimit: boolean;
  } | null;
  consequences: unknown[];
}

async function unitResults(client: GraphQLClient, unitId: string, year = YEAR) {
  const { unitAssessmentResults } = await client.data<{ unitAssessmentResults: UnitView | null }>(
    `query ($u: ID!, $y: Int!) { unitAssessmentResults(unitId: $u, year: $y) {
      unit { name } rounds { id title }
      cadres { cadre { name } results { ${RESULT} } quarters { quarter grade } dailyScore }
      indicatorStanding { score loss lossShare exceedsLimit } consequences { kindLabel } } }`,
    { u: unitId, y: year },
  );
  return unitAssessmentResults;
}

interface RecordView {
  years: { year: number; results: ResultView[]; quarters: { quarter: number }[] }[];
  openDeductions: { points: number; reason: string; unit: { name: string } }[];
}

async function cadreRecord(client: GraphQLClient, name: string) {
  const { cadreAssessmentRecord } = await client.data<{ cadreAssessmentRecord: RecordView | null }>(
    `query ($c: ID!) { cadreAssessmentRecord(cadreId: $c) {
      years { year results { ${RESULT} } quarters { quarter } }
      openDeductions { points reason unit { name } } } }`,
    { c: ids[name] },
  );
  return cadreAssessmentRecord;
}

async function distribution(client: GraphQLClient, year?: number) {
  const { assessmentGradeDistribution } = await client.data<{
    assessmentGradeDistribution: {
      year: number | null;
      units: {
        unit: { name: string };
        total: number;
        counts: { grade: string; count: number }[];
      }[];
    };
  }>(
    `query ($y: Int) { assessmentGradeDistribution(year: $y) { year
      units { unit { name } total counts { grade count } } } }`,
    { y: year ?? null },
  );
  return assessmentGradeDistribution;
}

describe('unitAssessmentResults', () => {
  it('gives the unit’s cadres their grades in the concluded round, rank of n, and the quarters', async () => {
    const unit = await unitResults(office, home);
    expect(unit?.rounds.map((r) => r.title)).toEqual([`${YEAR}年度公务员年度考核`]);
    const view = unit?.cadres.map((c) => [
      c.cadre.name,
      c.results.map((r) => [r.grade, r.rank, r.outOf]),
      c.quarters.map((q) => [q.quarter, q.grade]),
      c.dailyScore,
    ]);
    expect(view).toEqual([
      ['丙三', [['COMPETENT', 5, 5]], [], null],
      [
        '甲一',
        [['EXCELLENT', 1, 5]],
        [
          [1, 'GOOD'],
          [2, 'GOOD'],
        ],
        94,
      ],
      ['乙二', [['COMPETENT', 3, 5]], [], null],
    ]);
  });

  it('gives each result its total, how it came about, and what it calls for', async () => {
    const unit = await unitResults(office, home);
    const first = unit?.cadres.find((c) => c.cadre.name === '甲一')?.results[0];
    // 95 × 70% from the evaluation and the quarters' mean 94 × 30% (平时考核).
    expect(first).toMatchObject({
      round: { id: roundId, year: YEAR, participantCount: 5 },
      unit: { name: '区发改委' },
      total: 94.7,
    });
    expect(first?.explanation).toMatch(/^总分94\.70 = 测评得分95\.00×70%.*排名第1（共5人）/);
    expect(first?.consequences).toEqual([
      { kindLabel: '嘉奖', basis: `${YEAR}年度考核为优秀`, pending: true, statusLabel: '待办理' },
    ]);
  });

  it('shows the unit’s standing on its indicators against the loss limit', async () => {
    // 7.5 of a target of 10: 75 of 100 points, 25% lost — over the 20% limit.
    expect((await unitResults(office, home))?.indicatorStanding).toEqual({
      score: 75,
      loss: 25,
      lossShare: 25,
      exceedsLimit: true,
    });
    expect((await unitResults(office, other))?.indicatorStanding).toBeNull();
  });

  it('has no results of a round not concluded', async () => {
    expect(await unitResults(office, home, THIS_YEAR)).toMatchObject({ rounds: [], cadres: [] });
  });

  it('gives a unit’s assessor the own unit, and null for another', async () => {
    expect(await unitResults(assessor, home)).toEqual(await unitResults(office, home));
    expect(await unitResults(assessor, other)).toBeNull();
  });
});

describe('cadreAssessmentRecord', () => {
  it('lists the cadre’s years with the round’s result and the open deductions', async () => {
    const record = await cadreRecord(office, '甲一');
    expect(
      record?.years.map((y) => [y.year, y.results.map((r) => r.grade), y.quarters.length]),
    ).toEqual([[YEAR, ['EXCELLENT'], 2]]);
    expect(record?.openDeductions).toEqual([
      { points: 2, reason: '未按时报送材料', unit: { name: '区发改委' } },
    ]);
  });

  it('gives a unit’s assessor a cadre of the own unit, and null for another unit’s', async () => {
    expect(await cadreRecord(assessor, '甲一')).toEqual(await cadreRecord(office, '甲一'));
    expect(await cadreRecord(assessor, '丁四')).toBeNull();
    expect((await cadreRecord(office, '丁四'))?.years).toHaveLength(1);
  });

  it('gives the assessor of a cadre who came from another unit only the own unit’s rows', async () => {
    await succeed(h.a, 'updateCadre', '$id: ID!, $i: CadreUpdateInput!', 'id: $id, input: $i', {
      id: ids['戊五'],
      i: { unitId: home },
    });
    expect(await cadreRecord(assessor, '戊五')).toEqual({ years: [], openDeductions: [] });
    const full = await cadreRecord(office, '戊五');
    expect(full?.years[0]?.results[0]?.unit).toEqual({ name: '区财政局' });
  });
});

describe('assessmentGradeDistribution', () => {
  it('counts the last concluded year’s grades by unit, the units with most graded first', async () => {
    expect(await distribution(office)).toEqual({
      year: YEAR,
      units: [
        {
          unit: { name: '区发改委' },
          total: 3,
          counts: [
            { grade: 'EXCELLENT', count: 1 },
            { grade: 'COMPETENT', count: 2 },
          ],
        },
        { unit: { name: '区财政局' }, total: 2, counts: [{ grade: 'COMPETENT', count: 2 }] },
      ],
    });
    expect(await distribution(office, THIS_YEAR)).toEqual({ year: THIS_YEAR, units: [] });
  });

  it('counts the own unit only for its assessor', async () => {
    expect((await distribution(assessor)).units.map((u) => u.unit.name)).toEqual(['区发改委']);
  });
});

describe('who may read results', () => {
  it('refuses a staff member holding neither the rounds’ key nor the own unit’s', async () => {
    const clerk = await staffOf(h, 'clerk', 'cadre-section');
    const { errors } = await clerk.request(
      `query ($u: ID!) { unitAssessmentResults(unitId: $u, year: ${YEAR}) { year } }`,
      { u: home },
    );
    expect(errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
  });

  it('speaks the viewer’s language', async () => {
    const english = await cadreRecord(office.withHeaders({ 'accept-language': 'en' }), '甲一');
    expect(english?.years[0]?.results[0]?.consequences[0]).toMatchObject({
      kindLabel: 'Commendation',
      basis: `Rated excellent for ${YEAR}`,
      statusLabel: 'Pending',
    });
  });
});
