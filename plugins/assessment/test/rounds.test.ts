import { cadreId, cadreInput, createUnit, type GraphQLClient } from '@cadre/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  readRound,
  refusedWithoutWrites,
  type RoundView,
  roundSteps,
  staffOf,
  transition,
  useAssessmentGateway,
} from './round-harness.ts';

// 年度、专项、任期考核 over HTTP: a round opens with its defaults, its subjects and items are set
// with weights that must sum to 100% before scoring starts (seed 004: 赋予不同的权重系数), scores
// are written all or nothing, and grading waits until everyone is scored. Every refusal writes
// nothing at all.

const h = useAssessmentGateway();
let office: GraphQLClient;
let steps: ReturnType<typeof roundSteps>;
const cadres: Record<string, string> = {};
let street = '';

const LEADERS_2025 = {
  kind: 'ANNUAL',
  group: 'LEADERS',
  year: 2025,
  title: '2025年度区管领导干部年度考核',
};

beforeAll(async () => {
  office = await staffOf(h, 'office', 'assessment-office');
  steps = roundSteps(office);
  const organ = await createUnit(h.a, { code: 'QW01', name: '区发改委' });
  street = await createUnit(h.a, { code: 'JD01', name: '东湖街道', category: 'SUBDISTRICT' });
  const office1 = await createUnit(h.a, {
    code: 'JD01-1',
    name: '东湖街道党政办',
    category: 'SUBDISTRICT',
    parentId: street,
  });
  const institution = await createUnit(h.a, {
    code: 'SY01',
    name: '区疾控中心',
    category: 'PUBLIC_INSTITUTION',
  });
  const enterprise = await createUnit(h.a, {
    code: 'GQ01',
    name: '区城投集团',
    category: 'STATE_ENTERPRISE',
  });
  const add = async (name: string, unitId: string, extra: Record<string, unknown>) => {
    cadres[name] = await cadreId(h.a, cadreInput(unitId, { name, ...extra }));
  };
  await add('赵主任', organ, { rank: 'LEADER_SECTION_PRINCIPAL' });
  await add('钱书记', street, { rank: 'LEADER_SECTION_DEPUTY' });
  await add('孙科员', organ, { rank: 'PRINCIPAL_STAFF_2' });
  await add('李干事', office1, { rank: 'STAFF_1' });
  await add('周医师', institution, { rank: 'STAFF_1', identity: 'PUBLIC_INSTITUTION' });
  await add('吴经理', enterprise, { rank: 'STAFF_1', identity: 'STATE_ENTERPRISE' });
  await add('郑退休', organ, { rank: 'PRINCIPAL_STAFF_1', status: 'RETIRED' });
});

const names = (round: RoundView) => round.participants.map((p) => p.cadre.name).sort();

describe('opening a round', () => {
  it('opens an annual round with the district’s cap and weights, the group’s subjects and cadres', async () => {
    const round = ok(await steps.open(LEADERS_2025));
    expect(round).toMatchObject({
      stage: 'PREPARATION',
      version: 1,
      excellentCapPercent: 20,
      dailyWeight: 30,
      unitResultWeight: 20,
      periodStart: null,
      scopeUnit: null,
      participantCount: 2,
    });
    expect(round.subjects.map((s) => [s.kind, s.weight])).toEqual([
      ['SUPERIOR', 30],
      ['PEER', 20],
      ['SUBORDINATE', 20],
      ['FUNCTIONAL_DEPARTMENT', 10],
      ['MASSES', 10],
      ['SATISFACTION_SURVEY', 10],
    ]);
    expect(round.items.map((i) => `${i.name}${i.weight}`).join(' ')).toBe(
      '德15 能20 勤15 绩35 廉15',
    );
    // Leading posts wherever they serve; nobody retired.
    expect(names(round)).toEqual(['赵主任', '钱书记'].sort());
  });

  it('is not a unit assessor’s to open', async () => {
    const assessor = roundSteps(await staffOf(h, 'assessor', 'unit-assessor'));
    await refusedWithoutWrites(h, 'CORE_FORBIDDEN', () =>
      assessor.open({ ...LEADERS_2025, year: 2018, title: '2018年度' }),
    );
  });

  it('assesses the other cadres by their unit, with no unit weight and their own cap', async () => {
    const civil = ok(
      await steps.open({ ...LEADERS_2025, group: 'CIVIL_SERVANTS', title: '公务员' }),
    );
    expect(names(civil)).toEqual(['孙科员', '李干事'].sort());
    expect(civil).toMatchObject({ excellentCapPercent: 20, unitResultWeight: 0, dailyWeight: 30 });
    const institution = ok(
      await steps.open({ ...LEADERS_2025, group: 'PUBLIC_INSTITUTIONS', title: '事业单位' }),
    );
    expect(names(institution)).toEqual(['周医师']);
    expect(institution.excellentCapPercent).toBe(15);
  });

  it('refuses a second annual round of a year and group, writing nothing', async () => {
    await refusedWithoutWrites(h, 'ASSESSMENT_ROUND_EXISTS', () =>
      steps.open({ ...LEADERS_2025, title: '重复发起' }),
    );
    ok(await steps.open({ ...LEADERS_2025, year: 2024, title: '2024年度' }));
  });

  it('opens it again once the first was withdrawn', async () => {
    const first = ok(await steps.open({ ...LEADERS_2025, year: 2023, title: '2023年度' }));
    expect(await transition(office, first, 'withdraw', '方案调整')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
    ok(await steps.open({ ...LEADERS_2025, year: 2023, title: '2023年度（重新发起）' }));
  });

  it('opens a special round over a unit’s subtree and a period', async () => {
    const round = ok(
      await steps.open({
        kind: 'SPECIAL',
        group: 'CIVIL_SERVANTS',
        year: 2025,
        title: '东湖街道防汛专项考核',
        topic: '防汛抢险',
        periodStart: '2025-06-01',
        periodEnd: '2025-09-30',
        scopeUnitId: street,
      }),
    );
    expect(round).toMatchObject({
      periodStart: '2025-06-01',
      periodEnd: '2025-09-30',
      topic: '防汛抢险',
      scopeUnit: { id: street },
      dailyWeight: 0,
      unitResultWeight: 0,
    });
    // Only the street's own staff, sub-units included.
    expect(names(round)).toEqual(['李干事']);
    const term = ok(
      await steps.open({
        kind: 'TERM',
        group: 'LEADERS',
        year: 2025,
        title: '东湖街道班子任期考核',
        topic: '2021—2025年任期',
        periodStart: '2021-01-01',
        periodEnd: '2025-12-31',
        scopeUnitId: street,
      }),
    );
    expect(names(term)).toEqual(['钱书记']);
    expect(term).toMatchObject({ dailyWeight: 0, unitResultWeight: 20 });
  });

  it('asks a special round for its period and topic, and an annual round for none', async () => {
    const special = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.open({ kind: 'SPECIAL', group: 'LEADERS', year: 2025, title: '专项' }),
    );
    expect(special.issues?.map((i) => i.path).sort()).toEqual([
      'input.periodEnd',
      'input.periodStart',
      'input.topic',
    ]);
    const annual = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.open({ ...LEADERS_2025, year: 2022, topic: '不该有主题' }),
    );
    expect(annual.issues?.map((i) => i.path)).toEqual(['input.topic']);
    const backwards = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.open({
        kind: 'TERM',
        group: 'LEADERS',
        year: 2025,
        title: '任期',
        topic: '任期',
        periodStart: '2025-01-01',
        periodEnd: '2024-01-01',
      }),
    );
    expect(backwards.issues?.map((i) => i.path)).toEqual(['input.periodEnd']);
  });
});

describe('subjects, items and the weights (赋予不同的权重系数)', () => {
  let round: RoundView;
  beforeAll(async () => {
    round = ok(await steps.open({ ...LEADERS_2025, year: 2021, title: '2021年度' }));
  });

  it('checks each weight as it is set, and a subject listed once', async () => {
    const zero = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.setSubjects(round.id, [
        { kind: 'SUPERIOR', weight: 0 },
        { kind: 'PEER', weight: 100.005 },
      ]),
    );
    expect(zero.issues?.map((i) => i.path)).toEqual([
      'subjects.0.weight',
      'subjects.1.weight',
      'subjects.1.weight',
    ]);
    const twice = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.setSubjects(round.id, [
        { kind: 'SUPERIOR', weight: 50 },
        { kind: 'SUPERIOR', weight: 50 },
      ]),
    );
    expect(twice.issues?.map((i) => i.path)).toEqual(['subjects.1.kind']);
  });

  it('refuses to start scoring while the weights do not sum to 100%, writing nothing', async () => {
    round = ok(
      await steps.setSubjects(round.id, [
        { kind: 'SUPERIOR', weight: 50 },
        { kind: 'PEER', weight: 30 },
        { kind: 'EXPERT', weight: 10 },
      ]),
    );
    round = ok(
      await steps.setItems(round.id, [
        { name: '德', weight: 40 },
        { name: '绩', weight: 50 },
      ]),
    );
    expect(round.subjects.map((s) => s.kind)).toEqual(['SUPERIOR', 'PEER', 'EXPERT']);
    expect(round.items.map((i) => i.name)).toEqual(['德', '绩']);
    const refused = await refusedWithoutWrites(h, 'ASSESSMENT_WEIGHTS', () =>
      transition(office, round, 'start-scoring'),
    );
    expect(refused.messageZh).toBe(
      '评价主体的权重合计应为100%，现为90%；评价要素的权重合计应为100%，现为90%',
    );
  });

  it('starts scoring once they do, and then keeps them', async () => {
    round = ok(
      await steps.setSubjects(round.id, [
        { kind: 'SUPERIOR', weight: 60 },
        { kind: 'PEER', weight: 30 },
        { kind: 'EXPERT', weight: 10 },
      ]),
    );
    round = ok(
      await steps.setItems(round.id, [
        { name: '德', weight: 40 },
        { name: '绩', weight: 60 },
      ]),
    );
    expect(await transition(office, round, 'start-scoring')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
    await refusedWithoutWrites(h, 'ASSESSMENT_WRONG_STAGE', () =>
      steps.setSubjects(round.id, [{ kind: 'SUPERIOR', weight: 100 }]),
    );
  });

  it('refuses to start scoring a round that assesses no one', async () => {
    const empty = ok(
      await steps.open({
        kind: 'SPECIAL',
        group: 'PUBLIC_INSTITUTIONS',
        year: 2025,
        title: '街道事业单位专项',
        topic: '窗口服务',
        periodStart: '2025-01-01',
        periodEnd: '2025-06-30',
        scopeUnitId: street,
      }),
    );
    expect(empty.participantCount).toBe(0);
    await refusedWithoutWrites(h, 'ASSESSMENT_NO_PARTICIPANTS', () =>
      transition(office, empty, 'start-scoring'),
    );
  });
});

describe('participants', () => {
  let round: RoundView;
  beforeAll(async () => {
    round = ok(await steps.open({ ...LEADERS_2025, year: 2020, title: '2020年度' }));
  });

  it('adds serving cadres, all or none', async () => {
    round = ok(await steps.add(round.id, [cadres['孙科员'] ?? '']));
    expect(names(round)).toEqual(['孙科员', '赵主任', '钱书记'].sort());
    const again = await refusedWithoutWrites(h, 'ASSESSMENT_ALREADY_PARTICIPANT', () =>
      steps.add(round.id, [cadres['吴经理'] ?? '', cadres['孙科员'] ?? '']),
    );
    expect(again.messageZh).toBe('已是本次考核的考核对象：孙科员');
    await refusedWithoutWrites(h, 'ASSESSMENT_CADRE_NOT_SERVING', () =>
      steps.add(round.id, [cadres['吴经理'] ?? '', cadres['郑退休'] ?? '']),
    );
  });

  it('takes one out again', async () => {
    const participant = round.participants.find((p) => p.cadre.name === '孙科员');
    round = ok(await steps.remove(participant?.id ?? ''));
    expect(round.participantCount).toBe(2);
  });
});

describe('scores (测评打分)', () => {
  let round: RoundView;
  const item = (name: string) => round.items.find((i) => i.name === name)?.id ?? '';
  const participant = (name: string) =>
    round.participants.find((p) => p.cadre.name === name)?.id ?? '';
  /** Every item of `name` scored `score`. */
  const sheet = (name: string, score: number) =>
    round.items.map((i) => ({ participantId: participant(name), itemId: i.id, score }));

  beforeAll(async () => {
    round = ok(await steps.open({ ...LEADERS_2025, year: 2019, title: '2019年度' }));
  });

  it('are entered only while the round is scoring', async () => {
    await refusedWithoutWrites(h, 'ASSESSMENT_WRONG_STAGE', () =>
      steps.score(round.id, 'SUPERIOR', sheet('赵主任', 90)),
    );
    expect(await transition(office, round, 'start-scoring')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
    round = await readRound(office, round.id);
    expect(round.stage).toBe('SCORING');
  });

  it('refuses the whole batch for one score out of range', async () => {
    const batch = [...sheet('赵主任', 90), ...sheet('钱书记', 80)];
    batch[7] = { ...(batch[7] as (typeof batch)[number]), score: 101 };
    const refused = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.score(round.id, 'SUPERIOR', batch),
    );
    expect(refused.issues?.map((i) => [i.path, i.messageZh])).toEqual([
      ['scores.7.score', '分数不能超过100'],
    ]);
  });

  it('refuses a subject the round does not have, and a pair scored twice', async () => {
    await refusedWithoutWrites(h, 'ASSESSMENT_SUBJECT_NOT_IN_ROUND', () =>
      steps.score(round.id, 'EXPERT', sheet('赵主任', 90)),
    );
    const twice = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () =>
      steps.score(round.id, 'PEER', [...sheet('赵主任', 90), ...sheet('赵主任', 80)]),
    );
    expect(twice.issues?.[0]?.path).toBe('scores.5.itemId');
  });

  it('weights items and subjects, leaving out a subject that has not scored yet', async () => {
    ok(await steps.score(round.id, 'SUPERIOR', [...sheet('赵主任', 90), ...sheet('钱书记', 80)]));
    // 德15 能20 勤15 绩35 廉15 from peers: 70 80 90 60 100 → 10.5 + 16 + 13.5 + 21 + 15 = 76
    const peers = [70, 80, 90, 60, 100];
    round = ok(
      await steps.score(
        round.id,
        'PEER',
        round.items.map((i, n) => ({
          participantId: participant('赵主任'),
          itemId: i.id,
          score: peers[n] ?? 0,
        })),
      ),
    );
    const zhao = round.participants.find((p) => p.cadre.name === '赵主任');
    expect(zhao?.subjectScores.slice(0, 2).map((s) => [s.subject.kind, s.score])).toEqual([
      ['SUPERIOR', 90],
      ['PEER', 76],
    ]);
    // (90 × 30 + 76 × 20) / 50 = 84.4 — the weighted mean of those who scored, not 83 unweighted
    expect(zhao?.evaluation).toEqual({
      score: 84.4,
      weightUsed: 50,
      missingSubjects: ['SUBORDINATE', 'FUNCTIONAL_DEPARTMENT', 'MASSES', 'SATISFACTION_SURVEY'],
    });
    expect(zhao?.complete).toBe(true);
  });

  it('replaces a subject’s earlier score of the same item', async () => {
    round = ok(
      await steps.score(round.id, 'SUPERIOR', [
        { participantId: participant('赵主任'), itemId: item('绩'), score: 100 },
      ]),
    );
    const zhao = round.participants.find((p) => p.cadre.name === '赵主任');
    // 绩 35% from 90 to 100: +3.5
    expect(zhao?.subjectScores[0]?.score).toBe(93.5);
  });

  it('grades only once everyone is scored on every item by one subject', async () => {
    const late = ok(await steps.add(round.id, [cadres['孙科员'] ?? '']));
    round = late;
    const refused = await refusedWithoutWrites(h, 'ASSESSMENT_SCORES_MISSING', () =>
      transition(office, round, 'start-allocation'),
    );
    expect(refused.messageZh).toContain('孙科员');
    expect(refused.messageZh).not.toContain('赵主任');
    // Half a sheet is not a score.
    round = ok(await steps.score(round.id, 'MASSES', sheet('孙科员', 85).slice(0, 4)));
    await refusedWithoutWrites(h, 'ASSESSMENT_SCORES_MISSING', () =>
      transition(office, round, 'start-allocation'),
    );
    round = ok(await steps.score(round.id, 'MASSES', sheet('孙科员', 85)));
    expect(round.participants.every((p) => p.complete)).toBe(true);
    expect(await transition(office, round, 'start-allocation')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
  });
});

describe('the satisfaction survey (满意度测评)', () => {
  it('records the counts on the survey subject (seed 004: 问卷1190份，电话1489个)', async () => {
    const round = ok(await steps.open({ ...LEADERS_2025, year: 2015, title: '2015年度' }));
    const recorded = ok(await steps.survey(round.id, 1190, 1489));
    expect(recorded.subjects.find((s) => s.kind === 'SATISFACTION_SURVEY')).toMatchObject({
      questionnaires: 1190,
      phoneCalls: 1489,
    });
  });

  it('is refused where the survey is not a subject', async () => {
    const round = ok(
      await steps.open({ ...LEADERS_2025, group: 'CIVIL_SERVANTS', year: 2015, title: '公务员' }),
    );
    await refusedWithoutWrites(h, 'ASSESSMENT_NO_SURVEY_SUBJECT', () =>
      steps.survey(round.id, 10, 10),
    );
  });
});

describe('reading rounds', () => {
  it('lists the district’s rounds by year and kind', async () => {
    const { assessmentRounds } = await office.data<{
      assessmentRounds: { totalCount: number; edges: { node: { year: number; kind: string } }[] };
    }>(
      '{ assessmentRounds(year: 2025, kind: ANNUAL) { totalCount edges { node { year kind } } } }',
    );
    expect(assessmentRounds.totalCount).toBe(3);
    expect(assessmentRounds.edges.every((e) => e.node.year === 2025)).toBe(true);
  });

  it('lists a cadre’s rounds, the latest first (profile section)', async () => {
    const { cadreAssessments } = await office.data<{
      cadreAssessments: { round: { year: number }; total: number | null; grade: string | null }[];
    }>('query ($c: ID!) { cadreAssessments(cadreId: $c) { round { year } total grade } }', {
      c: cadres['赵主任'],
    });
    const years = cadreAssessments.map((a) => a.round.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2019);
  });

  it('has no round fields where the plugin is off', async () => {
    for (const query of [
      '{ assessmentRounds { totalCount } }',
      `{ cadreAssessments(cadreId: "${cadres['赵主任']}") { total } }`,
    ]) {
      const response = await h.b.request(query);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
