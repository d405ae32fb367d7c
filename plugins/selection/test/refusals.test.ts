import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '@cadre/testing';
import { staffWith } from '@cadre/testing/gateway';
import {
  day,
  eligibleCadre,
  type MutationResult,
  ok,
  readCase,
  refusedWithoutWrites,
  reservePool,
  staffOf,
  transition,
  unitWithQuota,
  useSelectionGateway,
} from './selection-harness.ts';
import { driveTo, MEETING_OF_TEN, ON, type Steps, selectionSteps, votesFor } from './steps.ts';

// Every shortcut the rules forbid is refused with its typed, bilingual error, and the refusal
// writes nothing: not a row of the plugin or of core, not an audit record, not an event.

const h = useSelectionGateway();
let clerk: GraphQLClient;
let leader: GraphQLClient;
let steps: Steps;
let unitId: string;
let home: string;
let pool: string;
let next = 0;

/** A fresh reserve-pool cadre for each case. */
const cadre = () => eligibleCadre(h.a, home, `候选人${++next}`, { poolId: pool });
const drive = async (
  stage: Parameters<typeof driveTo>[2],
  extra: Partial<Parameters<typeof driveTo>[3]> = {},
) => driveTo(steps, clerk, stage, { unitId, cadreId: await cadre(), ...extra });

beforeAll(async () => {
  clerk = await staffOf(h, 'clerk', 'cadre-section');
  leader = await staffOf(h, 'leader', 'department-leader');
  steps = selectionSteps(clerk, leader);
  unitId = await unitWithQuota(h.a, 'JD10', 20);
  home = await unitWithQuota(h.a, 'JD11', 0);
  pool = await reservePool(h.a, '优秀年轻干部库');
});

const motion = (unit: string, extra: Record<string, unknown> = {}) => ({
  title: '乙街道办事处副主任人选',
  unitId: unit,
  postTitle: '乙街道办事处副主任',
  targetRank: 'LEADER_SECTION_DEPUTY',
  adjustmentType: 'PROMOTION',
  analysisNote: '拟配备一名副职',
  ...extra,
});

/**
 * Nominates `cadreId` in the case, gives them a concentrated recommendation and tries to list them:
 * the listing must be refused as ineligible, writing nothing.
 */
async function refusedListing(caseId: string, cadreId: string) {
  const nominated = ok(await steps.nominate({ caseId, cadreId }));
  const candidateId = nominated.candidates[0]?.id ?? '';
  await transition(clerk, nominated, 'start-recommendation');
  await steps
    .round({
      caseId,
      input: {
        method: 'MEETING',
        heldOn: ON.round,
        ballots: [{ category: 'STAFF', participants: 10 }],
        votes: [{ candidateId, category: 'STAFF', votes: 9 }],
      },
    })
    .then(ok);
  const refusal = { messageZh: '', messageEn: '' };
  await refusedWithoutWrites(h, 'SELECTION_CANDIDATE_INELIGIBLE', async () => {
    const result = await steps.list({ candidateId });
    Object.assign(refusal, {
      messageZh: result.messageZh ?? '',
      messageEn: result.messageEn ?? '',
    });
    return result;
  });
  return { candidateId, refusal };
}

describe('职数: no vacancy, no motion', () => {
  let full: string;
  beforeAll(async () => {
    full = await unitWithQuota(h.a, 'JD12', 1);
    await eligibleCadre(h.a, full, '钱在任', { overrides: { rank: 'LEADER_SECTION_DEPUTY' } });
  });

  it('refuses a motion without a justification, or by someone not allowed to override', async () => {
    await refusedWithoutWrites(h, 'SELECTION_NO_VACANCY', () => steps.open(motion(full)));
    const opener = await staffWith(h, 'opener', ['selection.case.open', 'selection.case.read']);
    await refusedWithoutWrites(h, 'SELECTION_NO_VACANCY', () =>
      steps.open(motion(full, { quotaJustification: '重点项目急需' }), opener),
    );
  });

  it('lets a justified motion by the cadre section go ahead, marked over quota', async () => {
    const view = ok(await steps.open(motion(full, { quotaJustification: '重点项目急需' })));
    expect(view.overQuota).toBe(true);
  });

  it('is not the department leader’s to open', async () => {
    expect(await steps.open(motion(unitId), leader)).toMatchObject({ code: 'CORE_FORBIDDEN' });
  });
});

describe('重要岗位: reported first, put to the meeting only after consent', () => {
  it('refuses the recommendation before the report', async () => {
    const view = ok(await steps.open(motion(unitId, { importantPost: true })));
    await refusedWithoutWrites(h, 'SELECTION_HIGHER_REPORT_MISSING', () =>
      transition(clerk, view, 'start-recommendation'),
    );
  });

  it('refuses the meeting before the consent', async () => {
    const { view } = await drive('DELIBERATION', {
      motion: { importantPost: true },
      afterOpen: (caseId) =>
        steps.higherApproval({ caseId, input: { reportedOn: ON.round } }).then(ok),
    });
    await steps
      .opinion({
        caseId: view.id,
        input: { source: '纪委监委', opinion: '同意', agrees: true, recordedOn: ON.opinion },
      })
      .then(ok);
    const current = await readCase(clerk, view.id);
    await refusedWithoutWrites(h, 'SELECTION_HIGHER_APPROVAL_MISSING', () =>
      transition(clerk, current, 'submit-for-review'),
    );
    ok(
      await steps.higherApproval({
        caseId: view.id,
        input: { reportedOn: ON.round, approvedOn: ON.opinion, reference: '市组干函〔2025〕3号' },
      }),
    );
    expect(await transition(clerk, current, 'submit-for-review')).toMatchObject({
      __typename: 'MutationTransitionCaseSuccess',
    });
  });
});

describe('考察', () => {
  it('refuses deliberation without the four musts', async () => {
    const { view, candidateId } = await drive('INSPECTION');
    await steps
      .plan({
        caseId: view.id,
        input: {
          plan: '考察方案',
          startsOn: ON.inspectionStarts,
          announcedOn: ON.announced,
          timeAndGoal: '五个工作日',
          supervisionPhone: '12380',
          reportChannels: '来信来电',
        },
      })
      .then(ok);
    await steps
      .team({
        caseId: view.id,
        members: [{ name: '王立新' }, { name: '刘建国', supervisor: true }],
      })
      .then(ok);
    await steps
      .evaluation({
        candidateId,
        input: {
          morality: '好',
          ability: '强',
          diligence: '勤',
          performance: '优',
          integrity: '廉',
          conclusion: '符合',
          recordedOn: ON.evaluated,
        },
      })
      .then(ok);
    await steps.integrityCheck({ caseId: view.id }).then(ok);
    const current = await readCase(clerk, view.id);
    await refusedWithoutWrites(h, 'SELECTION_FOUR_MUSTS_INCOMPLETE', () =>
      transition(clerk, current, 'start-deliberation'),
    );
  });

  it('refuses to list a candidate who does not meet the rules, each failure explained', async () => {
    await h.a.data(
      `mutation ($u: ID!) { setPostQuota(unitId: $u, level: SECTION_PRINCIPAL, leadership: true,
        approved: 1) { __typename } }`,
      { u: unitId },
    );
    const view = ok(
      await steps.open(
        motion(unitId, { targetRank: 'LEADER_SECTION_PRINCIPAL', postTitle: '乙街道办事处主任' }),
      ),
    );
    const deputy = await eligibleCadre(h.a, home, '孙中专', {
      overrides: {
        rank: 'LEADER_SECTION_DEPUTY',
        fullTimeEducation: 'SECONDARY',
        fullTimeDegree: 'NONE',
      },
    });
    const { refusal } = await refusedListing(view.id, deputy);
    expect(refusal.messageZh).toContain('学历应为大学专科及以上');
  });
});

describe('影响期: a cadre under an influence period is not listed until it ends', () => {
  it('refuses the admonished candidate, and lists them once the admonishment is lifted', async () => {
    const admonished = await cadre();
    const { addCadreSanction } = await clerk.data<{
      addCadreSanction: { __typename: string; data?: { id: string } };
    }>(
      `mutation ($c: ID!, $on: Date!) { addCadreSanction(cadreId: $c, input: {
        kind: SUPERVISION_ADMONISHMENT, decisionDate: $on, effectiveDate: $on,
        issuingBody: "区委组织部", reason: "履职不力，经核查属实" }) { __typename
        ... on MutationAddCadreSanctionSuccess { data { id } } ... on Error { code messageEn } } }`,
      { c: admonished, on: day(-30) },
    );
    expect(addCadreSanction).toMatchObject({ __typename: 'MutationAddCadreSanctionSuccess' });
    const sanctionId = addCadreSanction.data?.id ?? '';
    const view = ok(await steps.open(motion(unitId)));
    const { candidateId, refusal } = await refusedListing(view.id, admonished);
    expect(refusal.messageZh).toMatch(/诫勉.*影响期未满，不得列为考察对象/);
    expect(refusal.messageEn).toContain('may not be listed for inspection');

    await clerk.data(
      `mutation ($s: ID!, $on: Date!) { liftCadreSanction(id: $s, liftedOn: $on,
        procedure: "经综合评估按程序解除") { __typename } }`,
      { s: sanctionId, on: day(0) },
    );
    const listed = ok(await steps.list({ candidateId }));
    expect(listed.candidates.find((c) => c.id === candidateId)?.status).toBe('LISTED');
  });
});

describe('讨论决定', () => {
  it('refuses a meeting without quorum', async () => {
    const { view, candidateId } = await drive('DECISION');
    await refusedWithoutWrites(h, 'SELECTION_QUORUM_NOT_MET', () =>
      steps.meeting({
        caseId: view.id,
        input: {
          ...MEETING_OF_TEN,
          present: 6,
          votes: [{ candidateId, inFavour: 6, against: 0, abstain: 0 }],
        },
      }),
    );
  });

  it('refuses a principal post decided by the standing committee', async () => {
    const { view, candidateId } = await drive('DECISION', { motion: { principalPost: true } });
    await refusedWithoutWrites(h, 'SELECTION_FULL_COMMITTEE_REQUIRED', () =>
      steps.meeting({
        caseId: view.id,
        input: { ...MEETING_OF_TEN, votes: votesFor(candidateId, 7) },
      }),
    );
    ok(
      await steps.meeting({
        caseId: view.id,
        input: { ...MEETING_OF_TEN, body: 'FULL_COMMITTEE', votes: votesFor(candidateId, 7) },
      }),
    );
  });
});

describe('任前公示 and 任职', () => {
  it('refuses appointment while the publicity runs', async () => {
    const { view } = await drive('PUBLICITY', { publicityStartsOn: day(0) });
    await refusedWithoutWrites(h, 'SELECTION_PUBLICITY_RUNNING', () =>
      transition(clerk, view, 'close-publicity'),
    );
    await refusedWithoutWrites(h, 'SELECTION_WRONG_STAGE', () =>
      steps.appoint({
        caseId: view.id,
        input: {
          documentNumber: '乙组干〔2026〕1号',
          effectiveOn: day(0),
          expectedVersion: view.version,
        },
      }),
    );
  });

  it('refuses appointment while an objection is open', async () => {
    const { view, candidateId } = await drive('PUBLICITY');
    ok(
      await steps.objection({
        candidateId,
        input: { receivedOn: ON.publicity, summary: '来信反映' },
      }),
    );
    await refusedWithoutWrites(h, 'SELECTION_OBJECTION_OPEN', () =>
      transition(clerk, view, 'close-publicity'),
    );
  });

  it('does not let core’s generic step appoint without the document', async () => {
    const { view } = await drive('APPOINTMENT');
    await refusedWithoutWrites(h, 'SELECTION_APPOINTMENT_MISSING', () =>
      transition(clerk, view, 'appoint-on-probation'),
    );
  });

  it('refuses to conclude a probation before its end', async () => {
    const { view, candidateId } = await drive('APPOINTMENT');
    const appointed = ok(
      await steps.appoint({
        caseId: view.id,
        input: {
          documentNumber: '乙组干〔2026〕2号',
          effectiveOn: day(-2),
          expectedVersion: view.version,
        },
      }),
    );
    await refusedWithoutWrites(h, 'SELECTION_PROBATION_RUNNING', () =>
      steps.conclude({
        candidateId,
        input: {
          result: 'PASS',
          assessment: '称职',
          concludedOn: day(0),
          expectedVersion: appointed.version,
        },
      }),
    );
  });
});

describe('时间顺序: a date that contradicts the case is refused, naming field and person', () => {
  /** A case driven to `stage` for a new cadre, with the cadre's name. */
  const driveNamed = async (stage: Parameters<typeof driveTo>[2]) => {
    const driven = await drive(stage);
    return { ...driven, name: `候选人${next}` };
  };
  /** Refused as bad input in `input.<field>` with `code`, nothing written; the Chinese message. */
  const refusedDate = async (
    field: string,
    code: string,
    attempt: () => Promise<MutationResult>,
  ): Promise<string> => {
    let refused: MutationResult | undefined;
    await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', async () => (refused = await attempt()));
    expect(refused?.issues).toEqual([
      {
        path: `input.${field}`,
        code,
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    return refused?.messageZh ?? '';
  };
  const objectionsOf = async (caseId: string) => {
    const { selectionCase } = await clerk.data<{ selectionCase: { objections: { id: string }[] } }>(
      'query ($id: ID!) { selectionCase(id: $id) { objections { id } } }',
      { id: caseId },
    );
    return selectionCase.objections;
  };

  it('refuses a decision meeting held before the recommendation', async () => {
    const { view, candidateId, name } = await driveNamed('DECISION');
    const message = await refusedDate('heldOn', 'SELECTION_MEETING_BEFORE_RECOMMENDATION', () =>
      steps.meeting({
        caseId: view.id,
        input: { ...MEETING_OF_TEN, heldOn: day(-431), votes: votesFor(candidateId, 7) },
      }),
    );
    expect(message).toBe(`输入有误：讨论决定日期早于${name}的民主推荐（${ON.round}）`);
  });

  it('refuses a reconsideration dated before its meeting', async () => {
    const { view, candidateId } = await drive('DECISION');
    ok(
      await steps.meeting({
        caseId: view.id,
        input: { ...MEETING_OF_TEN, votes: votesFor(candidateId, 7) },
      }),
    );
    const { selectionCase } = await clerk.data<{ selectionCase: { meetings: { id: string }[] } }>(
      'query ($id: ID!) { selectionCase(id: $id) { meetings { id } } }',
      { id: view.id },
    );
    const message = await refusedDate(
      'reconsideredOn',
      'SELECTION_RECONSIDERATION_BEFORE_MEETING',
      () =>
        steps.reconsider({
          meetingId: selectionCase.meetings[0]?.id,
          input: { agreeing: 6, reconsideredOn: day(-401), reason: '补充考察材料后复议' },
        }),
    );
    expect(message).toContain(ON.meeting);
  });

  it('refuses a report received after the publicity ended', async () => {
    const { candidateId, name } = await driveNamed('PUBLICITY');
    const message = await refusedDate('receivedOn', 'SELECTION_OBJECTION_AFTER_PUBLICITY', () =>
      steps.objection({ candidateId, input: { receivedOn: day(-100), summary: '来信反映' } }),
    );
    expect(message).toContain(`关于${name}的反映晚于公示期满`);
  });

  it('refuses a report concluded before it was received', async () => {
    const { view, candidateId, name } = await driveNamed('PUBLICITY');
    ok(await steps.objection({ candidateId, input: { receivedOn: day(-396), summary: '来电' } }));
    const [objection] = await objectionsOf(view.id);
    const message = await refusedDate(
      'concludedOn',
      'SELECTION_OBJECTION_CONCLUDED_BEFORE_RECEIPT',
      () =>
        steps.concludeObjection({
          objectionId: objection?.id,
          input: { founded: false, conclusion: '经核实不属实', concludedOn: day(-397) },
        }),
    );
    expect(message).toBe(`输入有误：核查办结日期早于收到关于${name}的反映（${day(-396)}）`);
  });

  it('refuses a pre-appointment talk inside the publicity period', async () => {
    const { candidateId, name } = await driveNamed('APPOINTMENT');
    const message = await refusedDate('talkOn', 'SELECTION_TALK_DURING_PUBLICITY', () =>
      steps.talk({
        candidateId,
        input: { talkOn: day(-398), talkBy: '区委书记', integrityReminder: true },
      }),
    );
    expect(message).toContain(`与${name}的任前谈话须在任前公示期满`);
  });
});

describe('stages', () => {
  it('refuses a record made at the wrong stage', async () => {
    const view = ok(await steps.open(motion(unitId)));
    await refusedWithoutWrites(h, 'SELECTION_WRONG_STAGE', () =>
      steps.plan({
        caseId: view.id,
        input: { plan: '考察方案', startsOn: ON.inspectionStarts },
      }),
    );
  });
});

describe('试用期 not passed', () => {
  it('returns the cadre to the former rank, records it in the post history and the integrity check', async () => {
    const cadreId = await cadre();
    const { view, candidateId } = await driveTo(steps, clerk, 'PROBATION', { unitId, cadreId });
    const reverted = ok(
      await steps.conclude({
        candidateId,
        input: {
          result: 'FAIL',
          assessment: '试用期满考核不称职',
          concludedOn: day(0),
          expectedVersion: view.version,
        },
      }),
    );
    expect(reverted.stage).toBe('REVERTED');
    const { cadre: after, integrityCheck } = await clerk.data<{
      cadre: { rank: string; currentPost: { title: string; startedOn: string } };
      integrityCheck: { data: { findings: { code: string; severity: string }[] } };
    }>(
      `query ($id: ID!) {
        cadre(id: $id) { rank currentPost { title startedOn } }
        integrityCheck(cadreIds: [$id]) { ... on QueryIntegrityCheckSuccess { data { findings { code severity } } } }
      }`,
      { id: cadreId },
    );
    expect(after).toEqual({
      rank: 'PRINCIPAL_STAFF_2',
      currentPost: { title: '试用期满考核不合格，免去试用职务，按原职级安排', startedOn: day(0) },
    });
    expect(integrityCheck.data.findings).toContainEqual({
      code: 'SELECTION_PROBATION_FAILED',
      severity: 'WARNING',
    });
  });
});
