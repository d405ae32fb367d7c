import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dispatchEvents,
  loadWorkingDayCalendar,
  parseDate,
  formatDate,
  todayInChina,
} from '@cadre/core';
import { defined, rowId, samplePdf, type GraphQLClient } from '@cadre/testing';
import { publicityEnd } from '../src/domain/index.ts';
import { selectionPlugin } from '../src/index.ts';
import {
  type CaseView,
  day,
  eligibleCadre,
  mutate,
  ok,
  readCase,
  refusedWithoutWrites,
  reservePool,
  staffOf,
  transition,
  unitWithQuota,
  useSelectionGateway,
} from './selection-harness.ts';
import {
  ALL_FOUR_MUSTS,
  MEETING_OF_TEN,
  ON,
  type Steps,
  selectionSteps,
  votesFor,
} from './steps.ts';

// One case driven through every step over HTTP: a clerk of the cadre section (干部科) records,
// a department leader (部领导) decides. Each rule on the way is met once by a refusal that
// writes nothing, then by the step that passes it.

const h = useSelectionGateway();
let clerk: GraphQLClient;
let leader: GraphQLClient;
let auditor: GraphQLClient;
let steps: Steps;
let unitId: string;
let zhang: string;
let li: string;
let view: CaseView;
let zhangCandidate: string;
let liCandidate: string;
const THIS_YEAR = todayInChina().getUTCFullYear();

beforeAll(async () => {
  clerk = await staffOf(h, 'clerk', 'cadre-section');
  leader = await staffOf(h, 'leader', 'department-leader');
  auditor = await staffOf(h, 'auditor', 'auditor');
  steps = selectionSteps(clerk, leader);
  unitId = await unitWithQuota(h.a, 'JD01', 2);
  // One of the two deputy posts is filled: one vacancy.
  await eligibleCadre(h.a, unitId, '赵在任', { overrides: { rank: 'LEADER_SECTION_DEPUTY' } });
  const home = await unitWithQuota(h.a, 'JD02', 0);
  const pool = await reservePool(h.a, '后备干部库');
  zhang = await eligibleCadre(h.a, home, '张明', { poolId: pool });
  li = await eligibleCadre(h.a, home, '李华');
  // 张明's archive (A15): the case, opened this year, sets the grades of the three years before it
  // beside the votes (近三年); not the older one nor this year's, and a year without one is absent.
  for (const [year, grade] of [
    [THIS_YEAR - 4, 'COMPETENT'],
    [THIS_YEAR - 3, 'EXCELLENT'],
    [THIS_YEAR - 1, 'COMPETENT'],
    [THIS_YEAR, 'EXCELLENT'],
  ] as const) {
    const { setAnnualGrade } = await h.a.data<{ setAnnualGrade: { __typename: string } }>(
      `mutation ($c: ID!, $y: Int!, $g: AnnualGrade!) {
        setAnnualGrade(cadreId: $c, year: $y, grade: $g) { __typename } }`,
      { c: zhang, y: year, g: grade },
    );
    expect(setAnnualGrade.__typename).toBe('MutationSetAnnualGradeSuccess');
  }
});

/** The cadre card's proposal for the case under test (its workflow case has the same id). */
const cardOf = (cadreId: string) =>
  h.a
    .data<{ appointmentForm: { proposal: unknown } }>(
      `query ($cadreId: ID!, $caseId: ID) { appointmentForm(cadreId: $cadreId, caseId: $caseId) {
        proposal { proposedPost proposedRemoval reason } } }`,
      {
        cadreId,
        caseId: Buffer.from(`WorkflowCase:${rowId(view.id)}`).toString('base64'),
      },
    )
    .then((d) => d.appointmentForm);

const CASE_DETAIL = `query ($id: ID!) { selectionCase(id: $id) {
  stage version
  rounds { method validUntil tally { participants threshold problems
    candidates { candidate { id } total share rank concentrated votesByCategory { category count } } } }
  candidates { id status inReservePool eligibility { rule }
    threeCombinations { meeting { total concentrated } talk { total } signed { kind recommender }
      recentGrades { year grade } }
    missingFourMusts evaluation { conclusion } appointment { documentNumber fromReservePool reservePools formerRank }
    probation { endsOn result } }
  inspection { preAnnouncementProblems } teamProblems deliberationBlockers
  meetings { inForce quorum votes { inFavour passed } }
  publicity { startsOn workingDays endsOn status }
  objections { id status }
  workflowCase { history { transition toState actorName } integrityChecks { blocking sourcesConsulted } }
} }`;

interface CaseDetail {
  stage: string;
  version: number;
  rounds: { tally: unknown }[];
  candidates: ({ id: string; status: string } & Record<string, unknown>)[];
  inspection: unknown;
  teamProblems: string[];
  deliberationBlockers: string[];
  meetings: { inForce: boolean; quorum: boolean; votes: { inFavour: number; passed: boolean }[] }[];
  publicity: { startsOn: string; workingDays: number; endsOn: string; status: string } | null;
  objections: { id: string; status: string }[];
  workflowCase: { history: { transition: string }[]; integrityChecks: unknown[] };
}

async function detail(client: GraphQLClient = clerk): Promise<CaseDetail> {
  const { selectionCase } = await client.data<{ selectionCase: CaseDetail | null }>(CASE_DETAIL, {
    id: view.id,
  });
  return defined(selectionCase);
}

async function move(name: string) {
  const moved = await transition(clerk, view, name);
  expect(moved.__typename, JSON.stringify(moved)).toBe('MutationTransitionCaseSuccess');
  view = await readCase(clerk, view.id);
}

describe('a selection case from motion to the end of probation', () => {
  it('动议: opens on a vacancy and puts forward two cadres', async () => {
    view = ok(
      await steps.open({
        title: '甲街道办事处副主任人选',
        unitId,
        postTitle: '甲街道办事处副主任',
        targetRank: 'LEADER_SECTION_DEPUTY',
        adjustmentType: 'PROMOTION',
        analysisNote: '班子缺配一名副职，分管城市管理',
      }),
    );
    expect(view).toMatchObject({ stage: 'MOTION', version: 1, overQuota: false });
    view = ok(await steps.nominate({ caseId: view.id, cadreId: zhang }));
    view = ok(await steps.nominate({ caseId: view.id, cadreId: li }));
    [zhangCandidate, liCandidate] = view.candidates.map((c) => c.id) as [string, string];
    expect(view.candidates.map((c) => c.inReservePool)).toEqual([true, false]);
    await move('start-recommendation');
    expect(view.stage).toBe('RECOMMENDATION');
  });

  it('民主推荐: tallies rounds by category; only concentrated votes may be listed', async () => {
    ok(
      await steps.round({
        caseId: view.id,
        input: {
          method: 'MEETING',
          heldOn: ON.round,
          ballots: [
            { category: 'LEADERS', participants: 5 },
            { category: 'STAFF', participants: 40 },
          ],
          votes: [
            { candidateId: zhangCandidate, category: 'LEADERS', votes: 4 },
            { candidateId: zhangCandidate, category: 'STAFF', votes: 30 },
            { candidateId: liCandidate, category: 'STAFF', votes: 8 },
          ],
        },
      }),
    );
    ok(
      await steps.round({
        caseId: view.id,
        input: {
          method: 'TALK',
          heldOn: ON.round,
          ballots: [{ category: 'LEADERS', participants: 5 }],
          votes: [{ candidateId: zhangCandidate, category: 'LEADERS', votes: 4 }],
        },
      }),
    );
    ok(
      await steps.signed({
        candidateId: zhangCandidate,
        input: {
          kind: 'PARTY_ORG',
          recommender: '区城管局党组',
          reason: '实绩突出',
          recommendedOn: ON.round,
        },
      }),
    );
    // More votes than recommenders cannot be right.
    await refusedWithoutWrites(h, 'SELECTION_TALLY_INVALID', () =>
      steps.round({
        caseId: view.id,
        input: {
          method: 'MEETING',
          heldOn: ON.round,
          ballots: [{ category: 'STAFF', participants: 3 }],
          votes: [{ candidateId: liCandidate, category: 'STAFF', votes: 4 }],
        },
      }),
    );
    const { rounds, candidates } = await detail();
    expect(rounds[0]?.tally).toMatchObject({
      participants: 45,
      threshold: 0.5,
      problems: [],
      candidates: [
        { candidate: { id: zhangCandidate }, total: 34, rank: 1, concentrated: true },
        { candidate: { id: liCandidate }, total: 8, rank: 2, concentrated: false },
      ],
    });
    expect(candidates[0]).toMatchObject({
      threeCombinations: {
        meeting: [{ total: 34, concentrated: true }],
        talk: [{ total: 4 }],
        signed: [{ kind: 'PARTY_ORG', recommender: '区城管局党组' }],
        recentGrades: [
          { year: THIS_YEAR - 3, grade: 'EXCELLENT' },
          { year: THIS_YEAR - 1, grade: 'COMPETENT' },
        ],
      },
    });
    expect(candidates[1]).toMatchObject({ threeCombinations: { recentGrades: [] } });

    await refusedWithoutWrites(h, 'SELECTION_VOTES_NOT_CONCENTRATED', () =>
      steps.list({ candidateId: liCandidate }),
    );
    view = ok(await steps.list({ candidateId: zhangCandidate }));
    expect(view.candidates.map((c) => c.status)).toEqual(['LISTED', 'NOMINATED']);
    await move('start-inspection');
  });

  it('考察: the four musts are required before deliberation', async () => {
    const plan = {
      plan: '个别谈话、民主测评、实地走访、查阅资料',
      startsOn: ON.inspectionStarts,
      // The plan runs beyond today: the inspection may not end yet.
      endsOn: day(3),
      announcedOn: ON.announced,
      timeAndGoal: '五个工作日，全面了解德能勤绩廉',
      supervisionPhone: '0571-12380',
      reportChannels: '来信、来电、来访',
    };
    ok(await steps.plan({ caseId: view.id, input: plan }));
    await refusedWithoutWrites(h, 'SELECTION_INSPECTION_TEAM_INCOMPLETE', () =>
      steps.team({ caseId: view.id, members: [{ name: '王立新' }, { name: '陈静' }] }),
    );
    ok(
      await steps.team({
        caseId: view.id,
        members: [
          { name: '王立新', affiliation: '组织部干部科' },
          { name: '刘建国', affiliation: '纪委监委', supervisor: true },
        ],
      }),
    );
    ok(
      await steps.evaluation({
        candidateId: zhangCandidate,
        input: {
          morality: '政治坚定',
          ability: '熟悉城市管理',
          diligence: '勤勉敬业',
          performance: '牵头完成背街小巷整治',
          integrity: '廉洁自律',
          conclusion: '符合任职条件',
          recordedOn: ON.evaluated,
        },
      }),
    );
    // 干部档案必审 is not done on an archive whose facts were never checked (档案专项审核).
    const archiveReview = () =>
      steps.fourMust({
        candidateId: zhangCandidate,
        input: {
          must: 'ARCHIVE_REVIEW',
          doneOn: ON.fourMusts,
          result: '未发现问题',
          evidence: '档案审核表',
        },
      });
    await refusedWithoutWrites(h, 'SELECTION_ARCHIVE_UNVERIFIED', archiveReview);
    const unverified = await archiveReview();
    expect(unverified.messageZh).toBe(
      '张明：干部档案尚未专项审核，不能记为已审：出生日期、入党时间、参加工作时间、学历学位、经历、干部身份',
    );
    await steps.verifyArchive(zhang);
    for (const must of ALL_FOUR_MUSTS.slice(0, 3)) {
      ok(
        await steps.fourMust({
          candidateId: zhangCandidate,
          input: { must, doneOn: ON.fourMusts, result: '未发现问题', evidence: `考察材料-${must}` },
        }),
      );
    }
    ok(await steps.integrityCheck({ caseId: view.id }));
    view = await readCase(clerk, view.id);
    // The plan's own term comes first: until it is over, nothing else ends the inspection.
    const early = await transition(clerk, view, 'start-deliberation');
    expect(early).toMatchObject({ code: 'SELECTION_INSPECTION_RUNNING' });
    expect(early.messageZh).toContain(`计划于${day(3)}结束`);
    ok(await steps.plan({ caseId: view.id, input: { ...plan, endsOn: ON.evaluated } }));
    view = await readCase(clerk, view.id);
    const skipped = await transition(clerk, view, 'start-deliberation');
    expect(skipped).toMatchObject({ code: 'SELECTION_FOUR_MUSTS_INCOMPLETE' });
    expect(skipped.messageZh).toContain('线索具体的信访举报必查');

    ok(
      await steps.fourMust({
        candidateId: zhangCandidate,
        input: {
          must: 'TIP_VERIFICATION',
          doneOn: ON.fourMusts,
          result: '无相关信访举报',
          evidence: '信访部门复函',
        },
      }),
    );
    const { candidates, inspection, teamProblems, workflowCase } = await detail();
    expect(candidates[0]).toMatchObject({ missingFourMusts: [], eligibility: [] });
    expect(inspection).toEqual({ preAnnouncementProblems: [] });
    expect(teamProblems).toEqual([]);
    expect(workflowCase).toMatchObject({
      integrityChecks: [{ blocking: false, sourcesConsulted: ['core', 'selection'] }],
    });
    view = await readCase(clerk, view.id);
    await move('start-deliberation');
  });

  it('考察: keeps a four-musts record’s evidence as a file, hashed', async () => {
    const { selectionCase } = await clerk.data<{
      selectionCase: { candidates: { fourMusts: { id: string; must: string }[] }[] };
    }>('query ($id: ID!) { selectionCase(id: $id) { candidates { fourMusts { id must } } } }', {
      id: view.id,
    });
    const record = selectionCase.candidates
      .flatMap((c) => c.fourMusts)
      .find((m) => m.must === 'TIP_VERIFICATION');
    const pdf = samplePdf();
    const owner = { ownerType: 'SelectionFourMustEvidence', ownerId: record?.id ?? '' };
    const response = await fetch(
      `${h.gateway.url}/attachments?${new URLSearchParams({ ...owner, fileName: '信访部门复函.pdf' })}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${clerk.options.token}` },
        body: new Uint8Array(pdf),
      },
    );
    expect(response.status).toBe(201);
    const { attachments } = await clerk.data<{ attachments: unknown[] }>(
      `query ($t: String!, $o: ID!) { attachments(ownerType: $t, ownerId: $o) {
        fileName contentType sha256 } }`,
      { t: owner.ownerType, o: owner.ownerId },
    );
    expect(attachments).toEqual([
      {
        fileName: '信访部门复函.pdf',
        contentType: 'application/pdf',
        sha256: createHash('sha256').update(pdf).digest('hex'),
      },
    ]);
  });

  it('酝酿: a dissent or an unverified report keeps the case from the meeting', async () => {
    // No opinion heard is no deliberation.
    expect(await transition(clerk, view, 'submit-for-review')).toMatchObject({
      code: 'SELECTION_DELIBERATION_NO_OPINIONS',
    });
    expect((await detail()).deliberationBlockers).toEqual([
      '尚未听取任何酝酿意见，未经酝酿的不上会',
    ]);
    ok(
      await steps.opinion({
        caseId: view.id,
        input: {
          candidateId: zhangCandidate,
          source: '分管副区长',
          opinion: '建议进一步了解其统筹能力',
          agrees: false,
          recordedOn: ON.opinion,
        },
      }),
    );
    ok(
      await steps.report({
        caseId: view.id,
        input: {
          candidateId: zhangCandidate,
          receivedOn: ON.opinion,
          summary: '来信反映工作作风问题',
        },
      }),
    );
    view = await readCase(clerk, view.id);
    expect(await transition(clerk, view, 'submit-for-review')).toMatchObject({
      code: 'SELECTION_DELIBERATION_BLOCKED',
    });
    const { opinions, reports } = await clerk
      .data<{
        selectionCase: { opinions: { id: string }[]; reports: { id: string }[] };
      }>(`query ($id: ID!) { selectionCase(id: $id) { opinions { id } reports { id } } }`, {
        id: view.id,
      })
      .then((d) => d.selectionCase);
    ok(await steps.resolve({ opinionId: defined(opinions[0]).id, resolution: '经沟通，意见统一' }));
    ok(
      await mutate(
        clerk,
        'verifyDeliberationReport',
        '$reportId: ID!, $input: DeliberationReportVerificationInput!',
        'reportId: $reportId, input: $input',
        {
          reportId: defined(reports[0]).id,
          input: { verification: '经核实，反映问题不属实', verifiedOn: ON.opinion },
        },
      ),
    );
    expect((await detail()).deliberationBlockers).toEqual([]);
    await move('submit-for-review');
    expect(view.stage).toBe('DEPARTMENT_REVIEW');
  });

  it('部务会研究: only a holder of the approval signs off; the clerk cannot', async () => {
    // The cadre section moves cases but does not hold `selection.case.approve`.
    const byClerk = await transition(clerk, view, 'approve-for-meeting');
    expect(byClerk.__typename).toBe('ForbiddenError');
    expect(byClerk.messageZh).toBeTruthy();
    // A leader sends it back with the reason; resubmitted, the leader approves it.
    expect((await transition(leader, view, 'return-to-deliberation')).__typename).not.toMatch(
      /Success$/,
    );
    const back = await transition(leader, view, 'return-to-deliberation', '请补充分管领导意见');
    expect(back.__typename).toBe('MutationTransitionCaseSuccess');
    view = await readCase(clerk, view.id);
    expect(view.stage).toBe('DELIBERATION');
    await move('submit-for-review');
    expect((await steps.approve(view)).__typename).toBe('MutationTransitionCaseSuccess');
    view = await readCase(clerk, view.id);
    expect(view.stage).toBe('DECISION');
    const history = (await detail()).workflowCase.history as {
      transition: string;
      actorName: string;
    }[];
    expect(history.at(-1)).toMatchObject({
      transition: 'approve-for-meeting',
      actorName: 'leader',
    });
  });

  it('讨论决定: the leader decides; quorum, and more than half of those who should attend', async () => {
    const meeting = (inFavour: number, overrides: Record<string, unknown> = {}) => ({
      caseId: view.id,
      input: { ...MEETING_OF_TEN, votes: votesFor(zhangCandidate, inFavour), ...overrides },
    });
    expect(await steps.meeting(meeting(7), auditor)).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'CORE_FORBIDDEN',
    });
    // Six of ten is less than two thirds.
    await refusedWithoutWrites(h, 'SELECTION_QUORUM_NOT_MET', () =>
      steps.meeting(
        meeting(5, {
          present: 6,
          votes: [{ candidateId: zhangCandidate, inFavour: 5, against: 1, abstain: 0 }],
        }),
      ),
    );
    // Five of the ten who should attend is exactly half: not passed.
    ok(await steps.meeting(meeting(5)));
    let decided = await detail(leader);
    expect(decided.meetings).toEqual([
      { inForce: true, quorum: true, votes: [{ inFavour: 5, passed: false }] },
    ]);
    expect(decided.candidates[0]?.status).toBe('REJECTED');
    expect(await cardOf(zhang)).toEqual({ proposal: null });
    view = await readCase(clerk, view.id);
    await refusedWithoutWrites(h, 'SELECTION_NO_CANDIDATE_PASSED', () =>
      steps.publicity({
        caseId: view.id,
        input: { startsOn: ON.publicity, expectedVersion: view.version },
      }),
    );
    await refusedWithoutWrites(h, 'SELECTION_ALREADY_DECIDED', () => steps.meeting(meeting(6)));

    const { meetings } = await leader
      .data<{ selectionCase: { meetings: { id: string }[] } }>(
        `query ($id: ID!) { selectionCase(id: $id) { meetings { id } } }`,
        { id: view.id },
      )
      .then((d) => d.selectionCase);
    const meetingId = defined(meetings[0]).id;
    const reconsider = (agreeing: number) =>
      steps.reconsider({
        meetingId,
        input: { agreeing, reconsideredOn: ON.meeting, reason: '补充考察材料后复议' },
      });
    await refusedWithoutWrites(h, 'SELECTION_RECONSIDERATION_REFUSED', () => reconsider(5));
    ok(await reconsider(6));
    // Six of ten: one more than half.
    ok(await steps.meeting(meeting(6)));
    decided = await detail(leader);
    expect(decided.meetings.map((m) => m.inForce)).toEqual([true, false]);
    expect(decided.meetings[0]?.votes).toEqual([{ inFavour: 6, passed: true }]);
    expect(decided.candidates[0]?.status).toBe('APPROVED');
    // The approved candidate's 干部任免审批表 for this case: the post, the need and the result.
    const heldOn = defined(parseDate(ON.meeting));
    expect(await cardOf(zhang)).toEqual({
      proposal: {
        proposedPost: 'JD01街道甲街道办事处副主任',
        proposedRemoval: null,
        reason:
          `工作需要。经区委常委会${heldOn.getUTCFullYear()}年${heldOn.getUTCMonth() + 1}月` +
          `${heldOn.getUTCDate()}日讨论决定（应到10人，实到8人，赞成6票）。`,
      },
    });
  });

  it('任前公示: counted in working days; an open objection holds the appointment', async () => {
    view = await readCase(clerk, view.id);
    await refusedWithoutWrites(h, 'CORE_CONFLICT', () =>
      steps.publicity({
        caseId: view.id,
        input: { startsOn: ON.publicity, expectedVersion: view.version - 1 },
      }),
    );
    // core's transitionCase cannot start the publicity: its first day is the plugin's to record.
    expect(await transition(clerk, view, 'start-publicity')).toMatchObject({
      code: 'SELECTION_PUBLICITY_NOT_STARTED',
    });
    view = ok(
      await steps.publicity({
        caseId: view.id,
        input: { startsOn: ON.publicity, expectedVersion: view.version },
      }),
    );
    expect(view.stage).toBe('PUBLICITY');
    const calendar = await loadWorkingDayCalendar(h.db.prisma);
    const { publicity } = await detail();
    expect(publicity).toEqual({
      startsOn: ON.publicity,
      workingDays: 5,
      endsOn: formatDate(publicityEnd(defined(parseDate(ON.publicity)), 5, calendar)),
      status: 'ENDED',
    });
    const { myDueItems } = await clerk.data<{ myDueItems: { kind: string; dueDate: string }[] }>(
      '{ myDueItems(includeClosed: false) { kind dueDate } }',
    );
    expect(myDueItems).toContainEqual({ kind: 'publicity-end', dueDate: publicity?.endsOn });

    ok(
      await steps.objection({
        candidateId: zhangCandidate,
        input: { receivedOn: day(-395), summary: '来电反映公车私用' },
      }),
    );
    await refusedWithoutWrites(h, 'SELECTION_OBJECTION_OPEN', () =>
      transition(clerk, view, 'close-publicity'),
    );
    const { objections } = await detail();
    ok(
      await steps.concludeObjection({
        objectionId: defined(objections[0]).id,
        input: { founded: false, conclusion: '经核实不属实', concludedOn: day(-393) },
      }),
    );
    await move('close-publicity');
    expect(view.stage).toBe('APPOINTMENT');
    // The case left publicity: its due item closes once the event is delivered.
    while ((await dispatchEvents(h.db, [selectionPlugin])).claimed > 0);
    const after = await clerk.data<{ myDueItems: { kind: string }[] }>(
      '{ myDueItems(includeClosed: false) { kind } }',
    );
    expect(after.myDueItems.map((i) => i.kind)).not.toContain('publicity-end');
  });

  it('任职: writes the post history, unit, rank and quota figures, and leaves the reserve pool', async () => {
    const appoint = () =>
      steps.appoint({
        caseId: view.id,
        input: {
          documentNumber: '甲组干〔2025〕8号',
          effectiveOn: ON.effective,
          expectedVersion: view.version,
        },
      });
    await refusedWithoutWrites(h, 'SELECTION_TALK_MISSING', appoint);
    ok(
      await steps.talk({
        candidateId: zhangCandidate,
        input: { talkOn: ON.talk, talkBy: '区委书记、区纪委书记', integrityReminder: true },
      }),
    );
    view = ok(await appoint());
    expect(view.stage).toBe('PROBATION');

    const { cadre } = await clerk.data<{
      cadre: {
        rank: string;
        rankSince: string;
        unit: {
          id: string;
          quotaLines: { level: string; leadership: boolean; filled: number; vacant: number }[];
        };
        currentPost: { title: string; startedOn: string };
        posts: { title: string; endedOn: string | null }[];
        reservePoolEntries: unknown[];
        selectionCases: { id: string }[];
      };
    }>(
      `query ($id: ID!) { cadre(id: $id) { rank rankSince
        unit { id quotaLines { level leadership filled vacant } }
        currentPost { title startedOn } posts { title endedOn } reservePoolEntries { id }
        selectionCases { id } } }`,
      { id: zhang },
    );
    expect(cadre).toMatchObject({
      rank: 'LEADER_SECTION_DEPUTY',
      rankSince: ON.effective,
      unit: { id: unitId },
      currentPost: { title: '甲街道办事处副主任', startedOn: ON.effective },
      reservePoolEntries: [],
      selectionCases: [{ id: view.id }],
    });
    expect(cadre.posts.filter((p) => p.endedOn === null).map((p) => p.title)).toEqual([
      '甲街道办事处副主任',
    ]);
    expect(cadre.unit.quotaLines).toContainEqual({
      level: 'SECTION_DEPUTY',
      leadership: true,
      filled: 2,
      vacant: 0,
    });
    const { candidates } = await detail();
    expect(candidates[0]).toMatchObject({
      status: 'APPOINTED',
      appointment: {
        documentNumber: '甲组干〔2025〕8号',
        fromReservePool: true,
        reservePools: ['后备干部库'],
        formerRank: 'PRINCIPAL_STAFF_2',
      },
      probation: { result: null },
    });
  });

  it('试用期: concluded at its end; a pass makes the appointment formal', async () => {
    view = ok(
      await steps.conclude({
        candidateId: zhangCandidate,
        input: {
          result: 'PASS',
          assessment: '试用期满考核称职',
          concludedOn: day(0),
          expectedVersion: view.version,
        },
      }),
    );
    expect(view.stage).toBe('FORMAL');
    const { workflowCase } = await detail();
    expect(
      (workflowCase as unknown as { history: { transition: string }[] }).history.map(
        (s) => s.transition,
      ),
    ).toEqual([
      'open',
      'start-recommendation',
      'start-inspection',
      'start-deliberation',
      'submit-for-review',
      'return-to-deliberation',
      'submit-for-review',
      'approve-for-meeting',
      'start-publicity',
      'close-publicity',
      'appoint-on-probation',
      'confirm',
    ]);
  });

  it('keeps the full-process record, the events and an intact audit chain', async () => {
    const response = await fetch(`${h.gateway.url}/cases/${rowId(view.id)}/record.html`, {
      headers: { authorization: `Bearer ${clerk.options.token ?? ''}` },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const step of [
      '启动民主推荐',
      '提交讨论决定（上会）',
      '任职（试用期一年）',
      '试用期满考核合格，正式任职',
    ]) {
      expect(html).toContain(step);
    }
    const types = await h.db.asOwner((tx) =>
      tx.outboxEvent.findMany({
        where: { type: { startsWith: 'selection.' } },
        select: { type: true },
      }),
    );
    expect(new Set(types.map((e) => e.type))).toEqual(
      new Set([
        'selection.case.opened',
        'selection.appointment.opened',
        'selection.appointment.transitioned',
        'selection.objection.received',
        'selection.candidate.appointed',
        'selection.probation.concluded',
      ]),
    );
    const { verifyAuditChain } = await h.a.data<{ verifyAuditChain: { intact: boolean } }>(
      '{ verifyAuditChain { intact } }',
    );
    expect(verifyAuditChain.intact).toBe(true);
  });

  it('counts the appointment in the statistics and finds nothing in the look-back', async () => {
    const { selectionStatistics, promotionLookBack } = await leader.data<{
      selectionStatistics: Record<string, unknown>;
      promotionLookBack: unknown[];
    }>(
      `query ($from: Date!, $to: Date!) {
        selectionStatistics(from: $from, to: $to) {
          adjustments { promotion lateralTransfer total }
          adjustmentsByRank { rank counts { promotion } }
          appointees { count averageAge universityOrAbove }
          promotions promotionsFromReservePool reserveShare }
        promotionLookBack(since: $from) { cadre { id } } }`,
      { from: day(-500), to: day(0) },
    );
    expect(selectionStatistics).toMatchObject({
      adjustments: { promotion: 1, lateralTransfer: 0, total: 1 },
      adjustmentsByRank: [{ rank: 'LEADER_SECTION_DEPUTY', counts: { promotion: 1 } }],
      appointees: { count: 1, universityOrAbove: 1 },
      promotions: 1,
      promotionsFromReservePool: 1,
      reserveShare: 1,
    });
    expect(promotionLookBack).toEqual([]);
  });

  it('lists the appointee in the look-back once the archive carries a blocking fact', async () => {
    const { addCadreSanction } = await clerk.data<{ addCadreSanction: { __typename: string } }>(
      `mutation ($c: ID!, $on: Date!) { addCadreSanction(cadreId: $c, input: {
        kind: ADMIN_MAJOR_DEMERIT, decisionDate: $on, effectiveDate: $on,
        issuingBody: "区纪委监委", documentNumber: "区纪发〔2026〕3号", reason: "违反工作纪律" }) {
        __typename } }`,
      { c: zhang, on: day(-3) },
    );
    expect(addCadreSanction.__typename).toBe('MutationAddCadreSanctionSuccess');
    const { promotionLookBack } = await leader.data<{
      promotionLookBack: { cadre: { id: string }; findings: { code: string; source: string }[] }[];
    }>(
      `query ($from: Date!) { promotionLookBack(since: $from) {
        cadre { id } findings { code source } } }`,
      { from: day(-500) },
    );
    expect(promotionLookBack).toEqual([
      { cadre: { id: zhang }, findings: [{ code: 'CORE_INFLUENCE_PERIOD', source: 'core' }] },
    ]);
  });
});
