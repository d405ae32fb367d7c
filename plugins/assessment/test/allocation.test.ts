import {
  cadreId,
  cadreInput,
  createUnit,
  type GraphQLClient,
  mutate as mutateWith,
  ok,
  refusedUnchanged,
} from '@cadre/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  roundSteps,
  staffOf,
  transition as move,
  useAssessmentGateway,
  writes as roundWrites,
} from './round-harness.ts';

// 确定等次, the 优秀 cap, 定档 and 考核结果运用 over HTTP: weighted totals ranked and explained; the
// cap exactly at its limit accepted and one over refused with nothing written; a raised cap only
// on approval and never above the district's ceiling; the grades in core's archive with the round
// as their source; consequences proposed (three consecutive 优秀 across years) and acted on once.

const h = useAssessmentGateway();
const YEAR = 2025;

let office: GraphQLClient;
let leader: GraphQLClient;

/** Runs a mutation answering a participant, a round's cap or a consequence, selecting `selection`. */
const mutate = (
  client: GraphQLClient,
  name: string,
  signature: string,
  args: string,
  variables: Record<string, unknown>,
  selection = 'id',
) => mutateWith<Record<string, unknown>>(client, name, signature, args, selection, variables);

interface ParticipantView {
  id: string;
  cadre: { id: string; name: string };
  total: number | null;
  rank: number | null;
  proposedGrade: string | null;
  grade: string | null;
  gradeReason: string | null;
  explanation: string | null;
}

interface RoundView {
  id: string;
  workflowCase: { id: string };
  version: number;
  stage: string;
  excellentCapPercent: number;
  capApproval: string | null;
  excellentLimit: number;
  excellentCount: number;
  participants: ParticipantView[];
}

/** The round with the allocation's fields of its participants. */
async function readRound(id: string): Promise<RoundView> {
  const { assessmentRound } = await office.data<{
    assessmentRound: Omit<RoundView, 'participants'> & {
      participants: { edges: { node: ParticipantView }[] };
    };
  }>(
    `query ($id: ID!) { assessmentRound(id: $id) {
      id version stage excellentCapPercent capApproval excellentLimit excellentCount
      workflowCase { id }
      participants(first: 100) { edges { node {
        id cadre { id name } total rank proposedGrade grade gradeReason explanation
      } } }
    } }`,
    { id },
  );
  return {
    ...assessmentRound,
    participants: assessmentRound.participants.edges.map((e) => e.node),
  };
}

const byName = (round: RoundView, name: string) =>
  round.participants.find((p) => p.cadre.name === name) ?? expect.unreachable(name);

const transition = async (roundId: string, name: string) =>
  move(office, await readRound(roundId), name);

/**
 * An annual round scored by the superiors alone, each cadre on every item with the score given:
 * without daily results, the evaluation is the total.
 */
async function scoredRound(
  group: string,
  title: string,
  scores: Record<string, number>,
): Promise<RoundView> {
  const steps = roundSteps(office);
  const round = ok(await steps.open({ kind: 'ANNUAL', group, year: YEAR, title }));
  expect((await move(office, round, 'start-scoring')).__typename).toMatch(/Success$/);
  const rows = round.participants.flatMap((p) =>
    round.items.map((item) => ({
      participantId: p.id,
      itemId: item.id,
      score: scores[p.cadre.name] ?? expect.unreachable(p.cadre.name),
    })),
  );
  ok(await steps.score(round.id, 'SUPERIOR', rows));
  expect((await transition(round.id, 'start-allocation')).__typename).toMatch(/Success$/);
  return readRound(round.id);
}

const allocate = (roundId: string) =>
  mutate(office, 'allocateAssessmentGrades', '$r: ID!', 'roundId: $r', { r: roundId });

const setGrade = (participantId: string, grade: string, reason?: string) =>
  mutate(
    office,
    'setParticipantGrade',
    '$p: ID!, $g: AnnualGrade!, $reason: String',
    'participantId: $p, grade: $g, reason: $reason',
    { p: participantId, g: grade, reason },
    'id grade gradeReason',
  );

const approveCap = (client: GraphQLClient, roundId: string, percent: number, approval: string) =>
  mutate(
    client,
    'approveExcellentCap',
    '$r: ID!, $percent: Float!, $approval: String!',
    'roundId: $r, percent: $percent, approval: $approval',
    { r: roundId, percent, approval },
    'excellentCapPercent capApproval excellentLimit',
  );

const conclude = (roundId: string, version: number) =>
  mutate(
    office,
    'concludeAssessmentRound',
    '$r: ID!, $v: Int!',
    'roundId: $r, expectedVersion: $v',
    { r: roundId, v: version },
    'stage concludedOn',
  );

/** Everything a refused write could have changed: the round's rows, the archive's, the consequences. */
async function writes() {
  return {
    ...(await roundWrites(h)),
    ...(await h.db.asOwner(async (tx) => {
      const all = { orderBy: { id: 'asc' as const } };
      return {
        consequences: await tx.assessmentConsequence.findMany(all),
        grades: await tx.cadreAnnualGrade.findMany(all),
        rewards: await tx.cadreReward.findMany(all),
      };
    })),
  };
}

const refusedWithoutWrites = <T extends { __typename: string; code?: string }>(
  code: string,
  attempt: () => Promise<T>,
) => refusedUnchanged(writes, code, attempt);

// Twelve civil servants: 12 × 20% = 2.4, so two places for 优秀; five score 90 or more.
const SCORES: Record<string, number> = {
  甲一: 96,
  乙二: 94,
  丙三: 93,
  丁四: 92,
  戊五: 90.5,
  己六: 88,
  庚七: 86,
  辛八: 84,
  壬九: 82,
  癸十: 80,
  子十一: 75,
  丑十二: 65,
};

let round: RoundView;
const cadreIds: Record<string, string> = {};
const units: Record<string, string> = {};

beforeAll(async () => {
  office = await staffOf(h, 'office', 'assessment-office');
  leader = await staffOf(h, 'leader', 'department-leader');
  const unitId = await createUnit(h.a, { code: 'QZ01', name: '区发改委' });
  units.QZ01 = unitId;
  for (const name of Object.keys(SCORES)) {
    cadreIds[name] = await cadreId(
      h.a,
      cadreInput(unitId, { name, rank: 'PRINCIPAL_STAFF_2', rankSince: '2019-01-01' }),
    );
  }
  // 乙二 was 优秀 in the two years before, as entered by hand; 丙三 in 2024 only (2023 missing).
  const enter = (name: string, year: number, grade: string) =>
    mutate(
      h.a,
      'setAnnualGrade',
      '$c: ID!, $y: Int!, $g: AnnualGrade!',
      'cadreId: $c, year: $y, grade: $g',
      { c: cadreIds[name], y: year, g: grade },
    ).then(ok);
  await enter('乙二', 2023, 'EXCELLENT');
  await enter('乙二', 2024, 'EXCELLENT');
  await enter('丙三', 2024, 'EXCELLENT');
  // 庚七's grade for the year is already entered by hand, the same the round will give.
  await enter('庚七', YEAR, 'COMPETENT');
  round = await scoredRound('CIVIL_SERVANTS', `${YEAR}年度公务员年度考核`, SCORES);
});

describe('allocateAssessmentGrades', () => {
  it('ranks by the weighted totals and proposes grades within the cap, each explained', async () => {
    ok(await allocate(round.id));
    round = await readRound(round.id);
    const view = Object.keys(SCORES).map((name) => {
      const p = byName(round, name);
      return [name, p.total, p.rank, p.proposedGrade, p.grade];
    });
    expect(view).toEqual([
      ['甲一', 96, 1, 'EXCELLENT', 'EXCELLENT'],
      ['乙二', 94, 2, 'EXCELLENT', 'EXCELLENT'],
      ['丙三', 93, 3, 'COMPETENT', 'COMPETENT'],
      ['丁四', 92, 4, 'COMPETENT', 'COMPETENT'],
      ['戊五', 90.5, 5, 'COMPETENT', 'COMPETENT'],
      ['己六', 88, 6, 'COMPETENT', 'COMPETENT'],
      ['庚七', 86, 7, 'COMPETENT', 'COMPETENT'],
      ['辛八', 84, 8, 'COMPETENT', 'COMPETENT'],
      ['壬九', 82, 9, 'COMPETENT', 'COMPETENT'],
      ['癸十', 80, 10, 'COMPETENT', 'COMPETENT'],
      ['子十一', 75, 11, 'COMPETENT', 'COMPETENT'],
      ['丑十二', 65, 12, 'BASIC_COMPETENT', 'BASIC_COMPETENT'],
    ]);
    expect(round).toMatchObject({ excellentCapPercent: 20, excellentLimit: 2, excellentCount: 2 });
    expect(byName(round, '丙三').explanation).toBe(
      '总分93.00 = 测评得分93.00×100%（无平时考核结果，其权重计入测评得分）' +
        '（自我评价、同级评价、群众评价未评分，其权重按已评分主体分配）；排名第3（共12人）；' +
        '优秀名额2个（12人×20%=2.4，按“不超过”向下取整为2）；总分达到优秀线90；' +
        '但2个优秀名额已由排名在前者占满，拟定为称职。',
    );
  });

  it('speaks the viewer’s language', async () => {
    const english = await office.withHeaders({ 'accept-language': 'en' }).data<{
      assessmentRound: { participants: { edges: { node: ParticipantView }[] } };
    }>(
      `query ($id: ID!) { assessmentRound(id: $id) {
          participants(first: 100) { edges { node { cadre { name } explanation } } } } }`,
      { id: round.id },
    );
    const first = english.assessmentRound.participants.edges
      .map((e) => e.node)
      .find((p) => p.cadre.name === '甲一');
    expect(first?.explanation).toMatch(
      /^Total 96\.00 = evaluation 96\.00 × 100% .*ranked 1 of 12;/,
    );
  });
});

describe('setParticipantGrade: the cap', () => {
  it('refuses a grade of another group and a change without a reason', async () => {
    const third = byName(round, '丙三');
    await refusedWithoutWrites('ASSESSMENT_GRADE_NOT_OF_GROUP', () =>
      setGrade(third.id, 'QUALIFIED', '合格'),
    );
    const result = await setGrade(third.id, 'EXCELLENT');
    expect(result.issues).toEqual([
      {
        path: 'reason',
        code: 'REASON_REQUIRED',
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
  });

  it('refuses one 优秀 over the limit with nothing written, saying the limit and its counting', async () => {
    const refusal = await refusedWithoutWrites('ASSESSMENT_EXCELLENT_CAP_EXCEEDED', () =>
      setGrade(byName(round, '丙三').id, 'EXCELLENT', '年度工作实绩突出'),
    );
    expect(refusal.messageZh).toBe(
      '优秀等次不得超过2人（12人×20%=2.4，按“不超过”向下取整为2），已有2人评为优秀',
    );
  });

  it('accepts 优秀 exactly at the limit', async () => {
    ok(await setGrade(byName(round, '甲一').id, 'COMPETENT', '本人申请不参评优秀'));
    const third = ok(await setGrade(byName(round, '丙三').id, 'EXCELLENT', '年度工作实绩突出'));
    expect(third).toMatchObject({ grade: 'EXCELLENT', gradeReason: '年度工作实绩突出' });
    expect((await readRound(round.id)).excellentCount).toBe(2);
  });

  it('raises the cap only for the department leader, on an approval, up to the ceiling', async () => {
    expect(await approveCap(office, round.id, 25, '区人社局批复〔2026〕3号')).toMatchObject({
      code: 'CORE_FORBIDDEN',
    });
    await refusedWithoutWrites('ASSESSMENT_CAP_ABOVE_LIMIT', () =>
      approveCap(leader, round.id, 26, '区人社局批复〔2026〕3号'),
    );
    const blank = await approveCap(leader, round.id, 25, ' ');
    expect(blank.issues?.map((i) => i.path)).toEqual(['approval']);
    const raised = ok(await approveCap(leader, round.id, 25, '区人社局批复〔2026〕3号'));
    // 12 × 25% = 3.
    expect(raised).toMatchObject({ excellentCapPercent: 25, excellentLimit: 3 });
  });

  it('then takes one more 优秀, and refuses the next', async () => {
    ok(await setGrade(byName(round, '甲一').id, 'EXCELLENT'));
    const refusal = await refusedWithoutWrites('ASSESSMENT_EXCELLENT_CAP_EXCEEDED', () =>
      setGrade(byName(round, '丁四').id, 'EXCELLENT', '年度工作实绩突出'),
    );
    expect(refusal.messageZh).toBe('优秀等次不得超过3人（12人×25%=3），已有3人评为优秀');
  });

  it('keeps a changed grade when allocating again, and clears its reason once the proposal agrees', async () => {
    ok(await allocate(round.id));
    round = await readRound(round.id);
    // At 25% the proposal itself gives 丙三 优秀 now.
    expect(byName(round, '丙三')).toMatchObject({
      proposedGrade: 'EXCELLENT',
      grade: 'EXCELLENT',
      gradeReason: null,
    });
    expect(round.excellentCount).toBe(3);
  });
});

/** The codes of the integrity check's findings about a cadre (h.a: every permission). */
async function findings(name: string): Promise<string[]> {
  const { integrityCheck } = await h.a.data<{
    integrityCheck: { data?: { findings: { code: string; reason: string }[] } };
  }>(
    `query ($ids: [ID!]!) { integrityCheck(cadreIds: $ids, purpose: OTHER) {
      ... on QueryIntegrityCheckSuccess { data { findings { code reason } } } } }`,
    { ids: [cadreIds[name]] },
  );
  return (integrityCheck.data?.findings ?? []).map((f) => `${f.code}: ${f.reason}`);
}

describe('concludeAssessmentRound', () => {
  it('tells the integrity check of a poor grade the round has not concluded yet', async () => {
    expect(await findings('丑十二')).toContain(
      `ASSESSMENT_POOR_GRADE_PENDING: ${YEAR}年度考核拟定为基本称职（${YEAR}年度公务员年度考核，尚未定档）`,
    );
    expect((await findings('甲一')).filter((f) => f.startsWith('ASSESSMENT_POOR'))).toEqual([]);
  });

  it('is refused through core’s generic step, which would skip the archive', async () => {
    await refusedWithoutWrites('ASSESSMENT_CONCLUDE_THROUGH_ROUND', () =>
      transition(round.id, 'conclude'),
    );
  });

  it('writes each grade to the archive with the round as its source, and proposes the consequences', async () => {
    const current = await readRound(round.id);
    const concluded = ok(await conclude(round.id, current.version));
    expect(concluded.stage).toBe('CONCLUDED');
    const grades = async (name: string) =>
      (
        await office.data<{
          cadre: {
            annualGrades: { year: number; grade: string; source: string; revisions: unknown[] }[];
          };
        }>(
          `query ($id: ID!) { cadre(id: $id) { annualGrades { year grade source revisions { reason } } } }`,
          {
            id: cadreIds[name],
          },
        )
      ).cadre.annualGrades;
    expect(await grades('乙二')).toEqual([
      { year: 2023, grade: 'EXCELLENT', source: 'core', revisions: [] },
      { year: 2024, grade: 'EXCELLENT', source: 'core', revisions: [] },
      { year: YEAR, grade: 'EXCELLENT', source: 'assessment', revisions: [] },
    ]);
    expect(await grades('丑十二')).toEqual([
      { year: YEAR, grade: 'BASIC_COMPETENT', source: 'assessment', revisions: [] },
    ]);
    // The same grade entered by hand: the round becomes its source, without a revision.
    expect(await grades('庚七')).toEqual([
      { year: YEAR, grade: 'COMPETENT', source: 'assessment', revisions: [] },
    ]);
    const events = await h.db.asOwner((tx) =>
      tx.outboxEvent.findMany({
        where: { type: { startsWith: 'assessment.' } },
        select: { type: true },
      }),
    );
    expect(events.filter((e) => e.type === 'assessment.round.concluded')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'assessment.consequence.proposed')).toHaveLength(4);
  });

  it('leaves the concluded grade to core’s finding from the archive', async () => {
    const found = await findings('丑十二');
    expect(found.filter((f) => f.startsWith('ASSESSMENT_POOR'))).toEqual([]);
    expect(found.some((f) => f.startsWith('CORE_POOR_ANNUAL_GRADE'))).toBe(true);
  });
});

interface ConsequenceView {
  id: string;
  kind: string;
  status: string;
  basis: string;
  cadre: { name: string } | null;
  rewardId: string | null;
}

async function consequences(status?: string): Promise<ConsequenceView[]> {
  const { assessmentConsequences } = await office.data<{
    assessmentConsequences: { edges: { node: ConsequenceView }[] };
  }>(
    `query ($r: ID, $s: ConsequenceStatus) { assessmentConsequences(roundId: $r, status: $s, first: 50) {
      edges { node { id kind status basis rewardId cadre { name } } } } }`,
    { r: round.id, s: status },
  );
  return assessmentConsequences.edges.map((e) => e.node);
}

const act = (id: string, action: string, extra: Record<string, unknown> = {}) =>
  mutate(
    office,
    'actOnAssessmentConsequence',
    '$id: ID!, $action: ConsequenceAction!, $note: String, $reward: ConsequenceRewardInput',
    'id: $id, action: $action, note: $note, reward: $reward',
    { id, action, ...extra },
    'status rewardId actionNote',
  );

describe('考核结果运用', () => {
  it('proposes 嘉奖 for 优秀, 记三等功 for the third 优秀 in a row, 诫勉或调整 for 基本称职', async () => {
    const found = (await consequences()).map((c) => [c.cadre?.name, c.kind, c.status, c.basis]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['甲一', 'COMMENDATION', 'PENDING', '2025年度考核为优秀'],
        ['乙二', 'MERIT_THIRD_CLASS', 'PENDING', '2023—2025年度连续三年考核为优秀'],
        // 2023 missing: no run of three.
        ['丙三', 'COMMENDATION', 'PENDING', '2025年度考核为优秀'],
        ['丑十二', 'ADMONISH_OR_ADJUST', 'PENDING', '2025年度考核为基本称职'],
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('grants a commendation as a reward in the archive, once', async () => {
    const commendation = (await consequences()).find((c) => c.cadre?.name === '甲一');
    const id = commendation?.id ?? expect.unreachable('commendation');
    const missing = await act(id, 'GRANT');
    expect(missing.issues?.map((i) => i.path)).toEqual(['reward']);
    const reward = {
      decisionDate: '2026-03-01',
      issuingBody: '区人力资源和社会保障局',
      documentNumber: '区人社〔2026〕8号',
    };
    const granted = ok(await act(id, 'GRANT', { reward }));
    expect(granted).toMatchObject({ status: 'DONE', rewardId: expect.any(String) });
    const { cadre } = await office.data<{
      cadre: { rewards: { kind: string; title: string; reason: string }[] };
    }>(`query ($id: ID!) { cadre(id: $id) { rewards { kind title reason } } }`, {
      id: cadreIds['甲一'],
    });
    expect(cadre.rewards).toEqual([
      { kind: 'COMMENDATION', title: '年度考核优秀嘉奖', reason: '2025年度考核为优秀' },
    ]);
    await refusedWithoutWrites('ASSESSMENT_CONSEQUENCE_ACTED', () => act(id, 'GRANT', { reward }));
  });

  it('marks the others done with a note, and dismisses only with a reason', async () => {
    const all = await consequences('PENDING');
    const admonish =
      all.find((c) => c.kind === 'ADMONISH_OR_ADJUST') ?? expect.unreachable('admonish');
    await refusedWithoutWrites('ASSESSMENT_ACTION_NOT_APPLICABLE', () =>
      act(admonish.id, 'GRANT', {
        reward: { decisionDate: '2026-03-01', issuingBody: '区委组织部' },
      }),
    );
    expect((await act(admonish.id, 'DONE')).issues?.map((i) => i.path)).toEqual(['note']);
    ok(await act(admonish.id, 'DONE', { note: '已由分管领导诫勉谈话' }));
    const merit = all.find((c) => c.kind === 'MERIT_THIRD_CLASS') ?? expect.unreachable('merit');
    expect((await act(merit.id, 'DISMISS')).issues?.map((i) => i.path)).toEqual(['note']);
    expect(ok(await act(merit.id, 'DISMISS', { note: '已调离本区' }))).toMatchObject({
      status: 'DISMISSED',
    });
    const acted = await h.db.asOwner((tx) =>
      tx.outboxEvent.count({ where: { type: 'assessment.consequence.acted' } }),
    );
    expect(acted).toBe(3);
  });
});

describe('a unit whose indicator loss exceeds 20% of its responsibility score (seed 004)', () => {
  // Leaders are 80% their evaluation and 20% their unit's results. 东街道 lost 25 of its 100
  // responsibility points, 西街道 exactly 20 (not over); the 区发改委 has no indicator set, so its
  // leaders' evaluation is their total. Ten leaders: two places for 优秀.
  const LEADERS: Record<string, [unit: string, rank: string, score: number]> = {
    东一: ['JD01', 'LEADER_SECTION_PRINCIPAL', 98], // 93.4 with the unit: first, but barred
    西一: ['JD02', 'LEADER_SECTION_PRINCIPAL', 95], // 92
    东二: ['JD01', 'LEADER_SECTION_DEPUTY', 93], // 89.4
    发一: ['QZ01', 'LEADER_SECTION_DEPUTY', 91],
    发二: ['QZ01', 'LEADER_SECTION_DEPUTY', 85],
    发三: ['QZ01', 'LEADER_SECTION_DEPUTY', 84],
    发四: ['QZ01', 'LEADER_SECTION_DEPUTY', 83],
    西二: ['JD02', 'LEADER_SECTION_DEPUTY', 82],
    西三: ['JD02', 'LEADER_SECTION_DEPUTY', 81],
    发五: ['QZ01', 'LEADER_SECTION_DEPUTY', 80],
  };
  let leaders: RoundView;

  beforeAll(async () => {
    units.JD01 = await createUnit(h.a, { code: 'JD01', name: '东街道', category: 'SUBDISTRICT' });
    units.JD02 = await createUnit(h.a, { code: 'JD02', name: '西街道', category: 'SUBDISTRICT' });
    for (const [name, [unit, rank]] of Object.entries(LEADERS)) {
      cadreIds[name] = await cadreId(h.a, cadreInput(units[unit] as string, { name, rank }));
    }
    for (const [unit, principal] of [
      ['JD01', '东一'],
      ['JD02', '西一'],
    ] as const) {
      const { createLeadershipTeam } = await h.a.data<{
        createLeadershipTeam: { data: { teams: { id: string }[] } };
      }>(
        `mutation ($u: ID!) { createLeadershipTeam(unitId: $u, name: "党工委") {
          ... on MutationCreateLeadershipTeamSuccess { data { teams { id } } } } }`,
        { u: units[unit] },
      );
      await h.a.data(
        `mutation ($t: ID!, $input: TeamMemberInput!) { addTeamMember(teamId: $t, input: $input) {
          __typename } }`,
        {
          t: createLeadershipTeam.data.teams[0]?.id,
          input: { cadreId: cadreIds[principal], role: 'PRINCIPAL', postTitle: '党工委书记' },
        },
      );
    }
    const { createIndicatorSet } = await office.data<{
      createIndicatorSet: { data: { id: string } };
    }>(
      `mutation ($y: Int!) { createIndicatorSet(year: $y, unitCategory: SUBDISTRICT, title: "街道考核指标") {
        ... on MutationCreateIndicatorSetSuccess { data { id } } } }`,
      { y: YEAR },
    );
    const { saveIndicator } = await office.data<{
      saveIndicator: { data: { indicators: { id: string }[] } };
    }>(
      `mutation ($s: ID!, $input: IndicatorInput!) { saveIndicator(setId: $s, input: $input) {
        ... on MutationSaveIndicatorSuccess { data { indicators { id } } } } }`,
      {
        s: createIndicatorSet.data.id,
        input: {
          category: 'ECONOMIC',
          name: '重点任务完成率',
          weight: 100,
          scoring: 'TARGET_RATIO',
          target: 100,
        },
      },
    );
    for (const [unit, value] of [
      ['JD01', 75],
      ['JD02', 80],
    ] as const) {
      await office.data(
        `mutation ($i: ID!, $u: ID!, $v: Float!) {
          recordUnitIndicatorResult(indicatorId: $i, unitId: $u, value: $v) { __typename } }`,
        { i: saveIndicator.data.indicators[0]?.id, u: units[unit], v: value },
      );
    }
    leaders = await scoredRound(
      'LEADERS',
      `${YEAR}年度区管领导干部年度考核`,
      Object.fromEntries(Object.entries(LEADERS).map(([name, [, , score]]) => [name, score])),
    );
  });

  it('bars the unit’s leaders from 优秀 and passes the place on; exactly 20% keeps it', async () => {
    ok(await allocate(leaders.id));
    leaders = await readRound(leaders.id);
    const view = ['东一', '西一', '发一', '东二'].map((name) => {
      const p = byName(leaders, name);
      return [name, p.total, p.rank, p.proposedGrade];
    });
    expect(view).toEqual([
      ['东一', 93.4, 1, 'COMPETENT'],
      ['西一', 92, 2, 'EXCELLENT'],
      ['发一', 91, 3, 'EXCELLENT'],
      ['东二', 89.4, 4, 'COMPETENT'],
    ]);
    expect(byName(leaders, '东一').explanation).toContain(
      '总分93.40 = 测评得分98.00×80% + 单位实绩75.00×20%',
    );
    expect(byName(leaders, '东一').explanation).toContain(
      '但所在单位指标失分25分，占责任分值100分的25%，超过20%，取消评优资格，不能评为优秀，拟定为称职。',
    );
  });

  it('refuses 优秀 for a leader of that unit even with a place free', async () => {
    ok(await setGrade(byName(leaders, '发一').id, 'COMPETENT', '本人申请不参评优秀'));
    await refusedWithoutWrites('ASSESSMENT_EXCELLENCE_INELIGIBLE', () =>
      setGrade(byName(leaders, '东一').id, 'EXCELLENT', '年度工作实绩突出'),
    );
  });

  it('takes 评优 from the unit and gives its principal leader a talk on conclusion', async () => {
    const current = await readRound(leaders.id);
    ok(await conclude(leaders.id, current.version));
    const { assessmentConsequences } = await office.data<{
      assessmentConsequences: {
        edges: {
          node: {
            kind: string;
            cadre: { name: string } | null;
            unit: { name: string } | null;
            basis: string;
          };
        }[];
      };
    }>(
      `query ($r: ID) { assessmentConsequences(roundId: $r, first: 50) {
        edges { node { kind basis cadre { name } unit { name } } } } }`,
      { r: leaders.id },
    );
    const basis = '东街道指标失分25分，占责任分值100分的25%，超过20%';
    expect(assessmentConsequences.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        { kind: 'EXCELLENCE_INELIGIBLE', cadre: null, unit: { name: '东街道' }, basis },
        { kind: 'LEADER_TALK', cadre: { name: '东一' }, unit: { name: '东街道' }, basis },
        { kind: 'COMMENDATION', cadre: { name: '西一' }, unit: null, basis: '2025年度考核为优秀' },
      ]),
    );
    expect(assessmentConsequences.edges).toHaveLength(3);
  });
});
