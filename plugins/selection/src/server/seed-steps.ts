import { caseVersionOf, parseInput, type Transaction, transitionCaseIn } from '@cadre/core';
import type { Unit } from '@cadre/db/client';
import { FOUR_MUSTS } from '../domain/index.ts';
import { selectionWorkflow } from '../workflow.ts';
import { appointCandidates, appointInput, recordTalk, talkInput } from './appointment.ts';
import { listCandidate } from './candidate.ts';
import {
  type CandidateStep,
  candidateOf,
  type CaseStep,
  caseWriteIn,
  type SelectionWriter,
} from './case-access.ts';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { meetingInput, recordDecisionMeeting } from './decision-meeting.ts';
import { opinionInput, recordOpinion } from './deliberation.ts';
import {
  evaluationInput,
  fourMustInput,
  planInput,
  recordFourMust,
  recordInspectionEvaluation,
  recordInspectionPlan,
  saveFourMust,
  setInspectionTeam,
  teamInput,
} from './inspection.ts';
import { concludeInput, concludeProbation } from './probation.ts';
import {
  concludeObjection,
  conclusionInput,
  objectionInput,
  openObjection,
  startInput,
  startPublicity,
} from './publicity.ts';
import { recordRound, recordSigned, roundInput, signedInput } from './recommendation.ts';
import { higherApprovalInput, recordHigherApproval } from './selection-case.ts';
import type { ProcessStage } from './stages.ts';

// The demo's cases (seed.ts) stage by stage: each step as the case page takes it, through the
// step the mutation runs (`CaseStep`) or core's `transitionCaseIn`, with its input validated by
// the mutation's schema. Days count from the motion.

const DAY_MS = 86_400_000;

/** Takes `step` in the case as the mutation would. */
export async function inCase<Input, Result>(
  writer: SelectionWriter,
  caseId: string,
  step: CaseStep<Input, Result>,
  input: Input,
): Promise<Result> {
  return step.run(await caseWriteIn(writer, caseId, step.stages), input);
}

/** Takes `step` about one candidate of the case as the mutation would. */
export async function forCandidate<Input>(
  writer: SelectionWriter,
  caseId: string,
  candidateId: string,
  step: CandidateStep<Input>,
  input: Input,
): Promise<void> {
  const write = await caseWriteIn(writer, caseId, step.stages);
  await step.run(write, await candidateOf(write, candidateId), input);
}

/** Core's step of the case (`transitionCase`), as the case page takes it. */
export async function move(
  writer: SelectionWriter,
  caseId: string,
  transition: string,
  reason?: string,
) {
  await transitionCaseIn(writer, {
    definition: selectionWorkflow,
    caseId,
    transition,
    expectedVersion: await caseVersionOf(writer.tx, caseId),
    reason,
    permissions: writer.permissions,
  });
}

/** A demo case being played: its people, its post and its days. */
export interface CaseStory {
  tx: Transaction;
  districtId: string;
  caseId: string;
  /** The case's place among the district's demo cases, numbering the higher consent. */
  index: number;
  unit: Pick<Unit, 'name'>;
  /** 党政正职: its consent from the higher department, decided by the full committee. */
  principal: boolean;
  /** Votes concentrate on the chosen candidate, who goes on; the other stays put forward. */
  chosen: { id: string; cadreId: string };
  other: { id: string };
  /** An objection during the publicity, verified unfounded. */
  objection: boolean;
  /** The appointment's 任职文号, given on the day. */
  documentNumber(on: Date): string;
  /** The day `day` days after the motion. */
  on(day: number): Date;
  /** The clerk's, or the leader's, write on that day. */
  clerk(day: number): SelectionWriter;
  leader(day: number): SelectionWriter;
}

/** Whole days from the motion to `date`. */
const daysAfterMotion = (c: CaseStory, date: Date) =>
  Math.round((date.getTime() - c.on(0).getTime()) / DAY_MS);

/** 民主推荐: the party organization's recommendation and a meeting round. */
async function intoRecommendation(c: CaseStory) {
  await move(c.clerk(5), c.caseId, 'start-recommendation');
  await forCandidate(
    c.clerk(7),
    c.caseId,
    c.chosen.id,
    recordSigned,
    parseInput(signedInput, {
      kind: 'PARTY_ORG',
      recommender: `${c.unit.name}党组织`,
      reason: '政治素质好，工作实绩突出，群众公认度高',
      recommendedOn: c.on(7),
    }),
  );
  const votes = [
    [c.chosen.id, 'LEADERS', 6],
    [c.chosen.id, 'MIDDLE_CADRES', 19],
    [c.chosen.id, 'STAFF', 41],
    [c.other.id, 'LEADERS', 1],
    [c.other.id, 'MIDDLE_CADRES', 5],
    [c.other.id, 'STAFF', 12],
  ] as const;
  await inCase(
    c.clerk(8),
    c.caseId,
    recordRound,
    parseInput(roundInput, {
      method: 'MEETING',
      heldOn: c.on(8),
      ballots: [
        { category: 'LEADERS', participants: 7 },
        { category: 'MIDDLE_CADRES', participants: 24 },
        { category: 'STAFF', participants: 58 },
      ],
      votes: votes.map(([candidateId, category, count]) => ({
        candidateId,
        category,
        votes: count,
      })),
    }),
  );
}

/** 考察: the chosen candidate listed, the plan announced, the team with its supervisor. */
async function intoInspection(c: CaseStory) {
  await forCandidate(c.clerk(11), c.caseId, c.chosen.id, listCandidate, undefined);
  await move(c.clerk(12), c.caseId, 'start-inspection');
  await inCase(
    c.clerk(13),
    c.caseId,
    recordInspectionPlan,
    parseInput(planInput, {
      plan: '采取个别谈话、民主测评、实地走访、查阅资料等方式，全面考察德能勤绩廉。',
      startsOn: c.on(14),
      endsOn: c.on(26),
      announcedOn: c.on(13),
      timeAndGoal: '考察时间为五个工作日，了解考察对象德才表现和工作实绩',
      supervisionPhone: '12380',
      reportChannels: '来信、来电、来访或登录12380举报网站',
    }),
  );
  const { members } = parseInput(teamInput, {
    members: [
      { name: '王立新', affiliation: '区委组织部干部科' },
      { name: '陈静', affiliation: '区委组织部干部科' },
      { name: '刘建国', affiliation: '区纪委监委', supervisor: true },
    ],
  });
  await inCase(c.clerk(13), c.caseId, setInspectionTeam, members);
}

/** 酝酿: the inspection completed (四必, 德能勤绩廉, the integrity check). */
async function intoDeliberation(c: CaseStory) {
  for (const [i, must] of FOUR_MUSTS.entries()) {
    const input = parseInput(fourMustInput, {
      must,
      doneOn: c.on(20 + i),
      result: '未发现问题',
      evidence: `考察材料第${i + 1}号`,
    });
    // See the top of the file: no account of the demo can have checked the archive.
    const step: CandidateStep<typeof input> =
      must === 'ARCHIVE_REVIEW' ? { ...recordFourMust, run: saveFourMust } : recordFourMust;
    await forCandidate(c.clerk(20 + i), c.caseId, c.chosen.id, step, input);
  }
  await forCandidate(
    c.clerk(26),
    c.caseId,
    c.chosen.id,
    recordInspectionEvaluation,
    parseInput(evaluationInput, {
      morality: '理想信念坚定，坚决贯彻上级决策部署',
      ability: '熟悉基层治理，善于解决复杂问题',
      diligence: '工作勤勉，敢于担当',
      performance: '牵头完成重点项目，群众满意度高',
      integrity: '廉洁自律，未发现违规违纪问题',
      conclusion: '符合拟任职务要求',
      recordedOn: c.on(26),
    }),
  );
  // See the top of the file: the check's record as `runIntegrityCheck` stores one.
  await c.tx.integrityCheckRecord.create({
    data: {
      districtId: c.districtId,
      caseId: c.caseId,
      cadreIds: [c.chosen.cadreId],
      sources: ['core', SELECTION_PLUGIN_ID],
      findings: [],
      checkedAt: c.clerk(27).at,
    },
  });
  await move(c.clerk(30), c.caseId, 'start-deliberation');
  if (c.principal) {
    await inCase(
      c.clerk(33),
      c.caseId,
      recordHigherApproval,
      parseInput(higherApprovalInput, {
        reportedOn: c.on(2),
        approvedOn: c.on(33),
        reference: `市组干函〔${c.on(33).getUTCFullYear()}〕${12 + c.index}号`,
      }),
    );
  }
}

/** 部务会研究: an opinion heard in the deliberation, then submitted by the clerk. */
async function intoDepartmentReview(c: CaseStory) {
  await inCase(
    c.clerk(34),
    c.caseId,
    recordOpinion,
    parseInput(opinionInput, {
      candidateId: c.chosen.id,
      source: '区纪委监委',
      opinion: '未发现影响使用的问题',
      agrees: true,
      recordedOn: c.on(34),
    }),
  );
  await move(c.clerk(37), c.caseId, 'submit-for-review');
}

/** 讨论决定: approved for the meeting by a department leader. */
async function intoDecision(c: CaseStory) {
  await move(c.leader(40), c.caseId, 'approve-for-meeting');
}

/** 任前公示: the meeting's vote, the publicity, and an objection verified if the story has one. */
async function intoPublicity(c: CaseStory) {
  const meeting = {
    body: c.principal ? 'FULL_COMMITTEE' : 'STANDING_COMMITTEE',
    shouldAttend: c.principal ? 31 : 11,
    present: c.principal ? 28 : 10,
  } as const;
  await inCase(
    c.clerk(45),
    c.caseId,
    recordDecisionMeeting,
    parseInput(meetingInput, {
      ...meeting,
      heldOn: c.on(45),
      chair: '区委书记',
      recorder: '区委组织部部务会秘书',
      signedByChair: true,
      signedByRecorder: true,
      votes: [{ candidateId: c.chosen.id, inFavour: meeting.present - 1, against: 0, abstain: 1 }],
    }),
  );
  const { tx } = c;
  await inCase(
    c.clerk(46),
    c.caseId,
    startPublicity,
    parseInput(startInput, {
      startsOn: c.on(46),
      expectedVersion: await caseVersionOf(tx, c.caseId),
    }),
  );
  if (!c.objection) return;
  await forCandidate(
    c.clerk(49),
    c.caseId,
    c.chosen.id,
    openObjection,
    parseInput(objectionInput, {
      receivedOn: c.on(49),
      summary: '来电反映该同志在原单位存在公车私用问题',
    }),
  );
  const objection = await tx.publicityObjection.findFirstOrThrow({ where: { caseId: c.caseId } });
  await inCase(c.clerk(55), c.caseId, concludeObjection, {
    ...parseInput(conclusionInput, {
      founded: false,
      conclusion: '经调查核实，所反映问题不属实',
      concludedOn: c.on(55),
    }),
    objectionId: objection.id,
  });
}

/** The day the publicity is closed: day 58, or after its end when a holiday moved it on. */
async function closingDay(c: CaseStory) {
  const { endsOn } = await c.tx.publicity.findUniqueOrThrow({
    where: { caseId: c.caseId },
  });
  return Math.max(58, daysAfterMotion(c, endsOn) + 1);
}

/** 任职: the publicity closed, the pre-appointment talk. */
async function intoAppointment(c: CaseStory) {
  const closed = await closingDay(c);
  await move(c.clerk(closed), c.caseId, 'close-publicity');
  await forCandidate(
    c.clerk(closed + 1),
    c.caseId,
    c.chosen.id,
    recordTalk,
    parseInput(talkInput, {
      talkOn: c.on(closed + 1),
      talkBy: '区委书记、区纪委书记、区委组织部部长',
      integrityReminder: true,
    }),
  );
}

/** 试用期 (or, for a transfer, 正式任职): appointed by the document. */
async function intoProbation(c: CaseStory) {
  const effective = (await closingDay(c)) + 4;
  await inCase(
    c.clerk(effective),
    c.caseId,
    appointCandidates,
    parseInput(appointInput, {
      documentNumber: c.documentNumber(c.on(effective)),
      effectiveOn: c.on(effective),
      expectedVersion: await caseVersionOf(c.tx, c.caseId),
    }),
  );
}

/** 试用期满考核 a few days after the year: 正式任职, or 试用不合格. */
export async function conclude(c: CaseStory, passed: boolean) {
  const { tx } = c;
  const probation = await tx.probation.findUniqueOrThrow({ where: { candidateId: c.chosen.id } });
  const concluded = daysAfterMotion(c, probation.endsOn) + 3;
  await forCandidate(
    c.clerk(concluded),
    c.caseId,
    c.chosen.id,
    concludeProbation,
    parseInput(concludeInput, {
      result: passed ? 'PASS' : 'FAIL',
      assessment: passed ? '试用期满考核称职，予以正式任职' : '试用期满考核不称职，免去试用职务',
      concludedOn: c.on(concluded),
      expectedVersion: await caseVersionOf(tx, c.caseId),
    }),
  );
}

/** Each stage after the motion, and how a case is taken into it. */
export const INTO: readonly [ProcessStage, (c: CaseStory) => Promise<void>][] = [
  ['RECOMMENDATION', intoRecommendation],
  ['INSPECTION', intoInspection],
  ['DELIBERATION', intoDeliberation],
  ['DEPARTMENT_REVIEW', intoDepartmentReview],
  ['DECISION', intoDecision],
  ['PUBLICITY', intoPublicity],
  ['APPOINTMENT', intoAppointment],
  ['PROBATION', intoProbation],
];
