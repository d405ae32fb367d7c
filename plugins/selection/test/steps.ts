import { ARCHIVE_FACT_LABELS } from '@cadre/core';
import type { GraphQLClient } from '@cadre/testing';
import { type ProcessStage, reached } from '../src/server/stages.ts';
import {
  type CaseView,
  day,
  type MutationResult,
  mutate,
  ok,
  readCase,
  transition,
} from './selection-harness.ts';

// Each step of a selection case as the admin UI would call it, and a driver that takes a new
// case to a given stage with the least that each stage's rules ask for. Dates run back from
// today, so the publicity has ended and the year of probation is over when the flow needs it.

/** Days (before today) of each record in a case driven through. */
export const ON = {
  round: day(-430),
  announced: day(-427),
  inspectionStarts: day(-425),
  fourMusts: day(-420),
  evaluated: day(-418),
  opinion: day(-410),
  meeting: day(-400),
  publicity: day(-399),
  talk: day(-385),
  effective: day(-380),
} as const;

export function selectionSteps(clerk: GraphQLClient, leader: GraphQLClient) {
  const onCase =
    (name: string, extra: string, extraArgs: string) =>
    (vars: Record<string, unknown>, client = clerk) =>
      mutate(client, name, `$caseId: ID!${extra}`, `caseId: $caseId${extraArgs}`, vars);
  const onCandidate =
    (name: string, extra: string, extraArgs: string) =>
    (vars: Record<string, unknown>, client = clerk) =>
      mutate(
        client,
        name,
        `$candidateId: ID!${extra}`,
        `candidateId: $candidateId${extraArgs}`,
        vars,
      );
  const withInput = (type: string) => [`, $input: ${type}!`, ', input: $input'] as const;
  return {
    open: (input: Record<string, unknown>, client = clerk) =>
      mutate(client, 'openSelectionCase', '$input: OpenSelectionCaseInput!', 'input: $input', {
        input,
      }),
    nominate: onCase('nominateSelectionCandidate', ', $cadreId: ID!', ', cadreId: $cadreId'),
    higherApproval: onCase(
      'recordSelectionHigherApproval',
      ...withInput('SelectionHigherApprovalInput'),
    ),
    round: onCase('recordRecommendationRound', ...withInput('RecommendationRoundInput')),
    signed: onCandidate('recordSignedRecommendation', ...withInput('SignedRecommendationInput')),
    list: onCandidate('listSelectionCandidate', '', ''),
    drop: onCandidate('dropSelectionCandidate', ', $reason: String!', ', reason: $reason'),
    plan: onCase('recordInspectionPlan', ...withInput('InspectionPlanInput')),
    team: onCase(
      'setInspectionTeam',
      ', $members: [InspectionTeamMemberInput!]!',
      ', members: $members',
    ),
    evaluation: onCandidate(
      'recordInspectionEvaluation',
      ...withInput('InspectionEvaluationInput'),
    ),
    fourMust: onCandidate('recordFourMust', ...withInput('FourMustInput')),
    integrityCheck: onCase('runSelectionIntegrityCheck', '', ''),
    opinion: onCase('recordDeliberationOpinion', ...withInput('DeliberationOpinionInput')),
    resolve: (vars: Record<string, unknown>) =>
      mutate(
        clerk,
        'resolveDeliberationOpinion',
        '$opinionId: ID!, $resolution: String!',
        'opinionId: $opinionId, resolution: $resolution',
        vars,
      ),
    report: onCase('recordDeliberationReport', ...withInput('DeliberationReportInput')),
    meeting: (vars: Record<string, unknown>, client = leader) =>
      onCase('recordDecisionMeeting', ...withInput('DecisionMeetingInput'))(vars, client),
    reconsider: (vars: Record<string, unknown>, client = leader) =>
      mutate(
        client,
        'reconsiderDecisionMeeting',
        '$meetingId: ID!, $input: DecisionReconsiderationInput!',
        'meetingId: $meetingId, input: $input',
        vars,
      ),
    publicity: onCase('startSelectionPublicity', ...withInput('SelectionPublicityInput')),
    objection: onCandidate('openPublicityObjection', ...withInput('PublicityObjectionInput')),
    concludeObjection: (vars: Record<string, unknown>) =>
      mutate(
        clerk,
        'concludePublicityObjection',
        '$objectionId: ID!, $input: PublicityObjectionConclusionInput!',
        'objectionId: $objectionId, input: $input',
        vars,
      ),
    talk: onCandidate('recordPreAppointmentTalk', ...withInput('PreAppointmentTalkInput')),
    appoint: onCase('appointSelectionCandidates', ...withInput('SelectionAppointmentInput')),
    conclude: onCandidate('concludeSelectionProbation', ...withInput('ProbationConclusionInput')),
    /** 部务会研究: the leader approves the case for the decision meeting. */
    approve: (caseView: { workflowCase: { id: string }; version: number }, client = leader) =>
      transition(client, caseView, 'approve-for-meeting'),
    /** 档案专项审核 of every archive fact of a cadre, which 干部档案必审 rests on. */
    verifyArchive: async (cadreId: string, client = clerk) => {
      for (const fact of Object.keys(ARCHIVE_FACT_LABELS)) {
        const { verifyArchiveFact } = await client.data<{
          verifyArchiveFact: { __typename: string };
        }>(
          `mutation ($cadreId: ID!, $fact: ArchiveFact!) {
            verifyArchiveFact(cadreId: $cadreId, fact: $fact) { __typename } }`,
          { cadreId, fact },
        );
        if (!verifyArchiveFact.__typename.endsWith('Success'))
          throw new Error(`${fact} not verified`);
      }
    },
  };
}

export type Steps = ReturnType<typeof selectionSteps>;

export const MEETING_OF_TEN = {
  body: 'STANDING_COMMITTEE',
  heldOn: ON.meeting,
  shouldAttend: 10,
  present: 8,
  chair: '区委书记',
  recorder: '部务会秘书',
  signedByChair: true,
  signedByRecorder: true,
};

export const votesFor = (candidateId: string, inFavour: number) => [
  { candidateId, inFavour, against: 8 - inFavour, abstain: 0 },
];

export const ALL_FOUR_MUSTS = [
  'ARCHIVE_REVIEW',
  'PERSONAL_MATTERS',
  'DISCIPLINE_OPINION',
  'TIP_VERIFICATION',
] as const;

export interface DriveOptions {
  unitId: string;
  cadreId: string;
  title?: string;
  motion?: Record<string, unknown>;
  /** The publicity's first day (the default lies far enough back for it to have ended). */
  publicityStartsOn?: string;
  /** Runs right after the motion, e.g. to report an important post to the higher department. */
  afterOpen?: (caseId: string) => Promise<unknown>;
}

/**
 * Opens a case and takes it to `stage` through every step before it, as the clerk (and the
 * leader for the department's approval and the decision); returns the case and its one candidate.
 */
export async function driveTo(
  steps: Steps,
  clerk: GraphQLClient,
  stage: ProcessStage,
  options: DriveOptions,
): Promise<{ view: CaseView; candidateId: string }> {
  let view = ok(
    await steps.open({
      title: options.title ?? '甲街道办事处副主任人选',
      unitId: options.unitId,
      postTitle: '甲街道办事处副主任',
      targetRank: 'LEADER_SECTION_DEPUTY',
      adjustmentType: 'PROMOTION',
      analysisNote: '班子缺配一名副职',
      ...options.motion,
    }),
  );
  const caseId = view.id;
  await options.afterOpen?.(caseId);
  view = ok(await steps.nominate({ caseId, cadreId: options.cadreId }));
  const candidateId = view.candidates[0]?.id ?? '';
  const step = async (name: string) => {
    const moved = await transition(clerk, view, name);
    if (moved.__typename !== 'MutationTransitionCaseSuccess') {
      throw new Error(`${name}: ${JSON.stringify(moved)}`);
    }
    view = await readCase(clerk, caseId);
  };
  const run = async (result: Promise<MutationResult>) => {
    view = ok(await result);
  };

  if (reached('RECOMMENDATION', stage)) {
    await step('start-recommendation');
    await run(
      steps.round({
        caseId,
        input: {
          method: 'MEETING',
          heldOn: ON.round,
          ballots: [{ category: 'STAFF', participants: 40 }],
          votes: [{ candidateId, category: 'STAFF', votes: 31 }],
        },
      }),
    );
  }
  if (reached('INSPECTION', stage)) {
    await run(steps.list({ candidateId }));
    await step('start-inspection');
  }
  if (reached('DELIBERATION', stage)) {
    await run(
      steps.plan({
        caseId,
        input: {
          plan: '个别谈话、民主测评、实地走访',
          startsOn: ON.inspectionStarts,
          announcedOn: ON.announced,
          timeAndGoal: '五个工作日，了解德才表现和工作实绩',
          supervisionPhone: '12380',
          reportChannels: '来信、来电、来访',
        },
      }),
    );
    await run(
      steps.team({
        caseId,
        members: [
          { name: '王立新', affiliation: '组织部干部科' },
          { name: '刘建国', affiliation: '纪委监委', supervisor: true },
        ],
      }),
    );
    await run(
      steps.evaluation({
        candidateId,
        input: {
          morality: '政治坚定',
          ability: '能力较强',
          diligence: '勤勉敬业',
          performance: '实绩突出',
          integrity: '廉洁自律',
          conclusion: '符合任职条件',
          recordedOn: ON.evaluated,
        },
      }),
    );
    await steps.verifyArchive(options.cadreId);
    for (const must of ALL_FOUR_MUSTS) {
      await run(
        steps.fourMust({
          candidateId,
          input: { must, doneOn: ON.fourMusts, result: '未发现问题', evidence: `材料-${must}` },
        }),
      );
    }
    await run(steps.integrityCheck({ caseId }));
    await step('start-deliberation');
  }
  if (reached('DEPARTMENT_REVIEW', stage)) {
    await run(
      steps.opinion({
        caseId,
        input: { source: '纪委监委', opinion: '同意', agrees: true, recordedOn: ON.opinion },
      }),
    );
    await step('submit-for-review');
  }
  if (reached('DECISION', stage)) {
    const approved = await steps.approve(view);
    if (approved.__typename !== 'MutationTransitionCaseSuccess') {
      throw new Error(`approve-for-meeting: ${JSON.stringify(approved)}`);
    }
    view = await readCase(clerk, caseId);
  }
  if (reached('PUBLICITY', stage)) {
    await run(
      steps.meeting({ caseId, input: { ...MEETING_OF_TEN, votes: votesFor(candidateId, 7) } }),
    );
    await run(
      steps.publicity({
        caseId,
        input: {
          startsOn: options.publicityStartsOn ?? ON.publicity,
          expectedVersion: view.version,
        },
      }),
    );
  }
  if (reached('APPOINTMENT', stage)) {
    await step('close-publicity');
    await run(
      steps.talk({
        candidateId,
        input: { talkOn: ON.talk, talkBy: '区委书记', integrityReminder: true },
      }),
    );
  }
  if (reached('PROBATION', stage)) {
    await run(
      steps.appoint({
        caseId,
        input: {
          documentNumber: '东组干〔2025〕1号',
          effectiveOn: ON.effective,
          expectedVersion: view.version,
        },
      }),
    );
  }
  return { view, candidateId };
}
