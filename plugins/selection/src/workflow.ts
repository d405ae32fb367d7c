import {
  defineWorkflow,
  type GuardRefusal,
  type Label,
  type WorkingDayCalendar,
} from '@cadre/core';
import type {
  DecisionBody,
  ProbationResult,
  PublicityObjectionStatus,
  Rank,
  SelectionAdjustmentType,
  SelectionCandidateStatus,
} from '@cadre/db/client';
import {
  type CandidateFacts,
  candidateCountProblems,
  checkEligibility,
  deliberationBlockers,
  FOUR_MUST_LABELS,
  inspectionEndProblem,
  type FourMustRecord,
  hasQuorum,
  higherApprovalBlocker,
  NO_OPINIONS,
  inspectionTeamProblems,
  missingFourMusts,
  passes,
  preAnnouncementProblems,
  publicityStatus,
  type SelectionConfig,
} from './domain/index.ts';
import { loadSelectionFacts } from './server/case-facts.ts';
import { SELECTION_PERMISSION } from './server/permissions.ts';
import { PROCESS_STAGES, SELECTION_CASE_TYPE, type Stage, STAGE_LABELS } from './server/stages.ts';

// 选拔任用的流程 (条例, DOMAIN §3): 动议 → 民主推荐 → 考察 → 酝酿 → 部务会研究 → 讨论决定 →
// 任前公示 → 任职 → 试用期. Each step's guard reads facts from the database (never from the client) and calls the
// plugin's domain rules; a refusal names its rule with a `SELECTION_*` code.

/** A candidate as the guards see them. */
export interface CandidateFactsLine {
  id: string;
  name: string;
  status: SelectionCandidateStatus;
  /** The cadre's archive facts for the eligibility rules. */
  cadre: CandidateFacts;
  fourMusts: FourMustRecord[];
  evaluated: boolean;
}

/** Everything the guards judge, read in the transition's transaction. */
export interface SelectionFacts {
  today: Date;
  config: SelectionConfig;
  calendar: WorkingDayCalendar;
  selectionCase: {
    posts: number;
    targetRank: Rank;
    adjustmentType: SelectionAdjustmentType;
    importantPost: boolean;
    principalPost: boolean;
    higherReportedOn: Date | null;
    higherApprovedOn: Date | null;
  };
  candidates: CandidateFactsLine[];
  rounds: number;
  inspection: {
    endsOn: Date | null;
    announcedOn: Date | null;
    timeAndGoal: string | null;
    supervisionPhone: string | null;
    reportChannels: string | null;
  } | null;
  team: { name: string; supervisor: boolean }[];
  /** The latest integrity check stored with the case. */
  integrityCheck: { cadreIds: string[]; blockingCadreIds: string[] } | null;
  /** Cadre ids of the candidates, by candidate id. */
  cadreOf: Record<string, string>;
  opinions: { agrees: boolean; resolved: boolean }[];
  reports: { verified: boolean }[];
  /** The meeting that decides: the latest one not reconsidered. */
  meeting: {
    body: DecisionBody;
    shouldAttend: number;
    present: number;
    signedByChair: boolean;
    signedByRecorder: boolean;
    votes: { candidateId: string; inFavour: number }[];
  } | null;
  publicity: { startsOn: Date; workingDays: number } | null;
  objections: { candidateId: string; status: PublicityObjectionStatus }[];
  appointments: { candidateId: string; documentNumber: string | null }[];
  probations: { candidateId: string; result: ProbationResult | null }[];
}

const refuse = (code: string, zh: string, en: string): GuardRefusal => ({ code, zh, en });

/** Problems from a rule, as one refusal; null when there are none. */
function problemsRefusal(code: string, problems: readonly Label[], about?: Label) {
  if (problems.length === 0) return null;
  const prefix = about ? { zh: `${about.zh}：`, en: `${about.en}: ` } : { zh: '', en: '' };
  return refuse(
    code,
    prefix.zh + problems.map((p) => p.zh).join('；'),
    prefix.en + problems.map((p) => p.en).join('; '),
  );
}

const firstOf = (...checks: (() => GuardRefusal | null)[]) => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
};

const nameOf = (c: CandidateFactsLine): Label => ({ zh: c.name, en: c.name });

/** Candidates listed for inspection (考察对象) who are still in the running. */
const listed = (facts: SelectionFacts) => facts.candidates.filter((c) => c.status === 'LISTED');

/** Candidates the meeting approved who are still to be appointed. */
const approved = (facts: SelectionFacts) =>
  facts.candidates.filter((c) => c.status === 'APPROVED' || c.status === 'APPOINTED');

function higherReport(facts: SelectionFacts) {
  return facts.selectionCase.importantPost && !facts.selectionCase.higherReportedOn
    ? refuse(
        'SELECTION_HIGHER_REPORT_MISSING',
        '重要岗位的任用意向须先向上级组织部门报告',
        'The intended appointment to an important post must first be reported to the higher organization department',
      )
    : null;
}

function recommendationHeld(facts: SelectionFacts) {
  return facts.rounds === 0
    ? refuse(
        'SELECTION_RECOMMENDATION_MISSING',
        '尚未进行民主推荐',
        'No democratic recommendation has been held',
      )
    : null;
}

function candidatesListed(facts: SelectionFacts) {
  return problemsRefusal(
    'SELECTION_NO_LISTED_CANDIDATE',
    candidateCountProblems({ posts: facts.selectionCase.posts, candidates: listed(facts).length }),
  );
}

/** 考察: a plan, a proper team, the four publics, evaluations, the four musts, a clean check. */
function inspectionDone(facts: SelectionFacts): GuardRefusal | null {
  const inspection = facts.inspection;
  const candidates = listed(facts);
  return firstOf(
    () => candidatesListed(facts),
    () =>
      inspection
        ? null
        : refuse(
            'SELECTION_INSPECTION_PLAN_MISSING',
            '尚未制定考察方案',
            'No inspection plan is recorded',
          ),
    () =>
      problemsRefusal('SELECTION_INSPECTION_TEAM_INCOMPLETE', inspectionTeamProblems(facts.team)),
    () =>
      inspection?.announcedOn
        ? problemsRefusal(
            'SELECTION_PRE_ANNOUNCEMENT_INCOMPLETE',
            preAnnouncementProblems({
              subjects: candidates.map((c) => c.name),
              timeAndGoal: inspection.timeAndGoal,
              teamMembers: facts.team.map((m) => m.name),
              supervisionPhone: inspection.supervisionPhone,
              reportChannels: inspection.reportChannels,
            }),
          )
        : refuse(
            'SELECTION_PRE_ANNOUNCEMENT_INCOMPLETE',
            '尚未发布考察预告',
            'The inspection has not been pre-announced',
          ),
    () => {
      const missing = candidates.filter((c) => !c.evaluated);
      return missing.length === 0
        ? null
        : refuse(
            'SELECTION_EVALUATION_MISSING',
            `尚未记录德能勤绩廉考察情况：${missing.map((c) => c.name).join('、')}`,
            `No evaluation (morality, ability, diligence, performance, integrity) of ${missing.map((c) => c.name).join(', ')}`,
          );
    },
    () => {
      for (const candidate of candidates) {
        const missing = missingFourMusts(candidate.fourMusts);
        if (missing.length > 0) {
          return problemsRefusal(
            'SELECTION_FOUR_MUSTS_INCOMPLETE',
            [
              {
                zh: `“四必”未完成：${missing.map((m) => FOUR_MUST_LABELS[m].zh).join('、')}`,
                en: `The four musts are not complete: ${missing.map((m) => FOUR_MUST_LABELS[m].en).join(', ')}`,
              },
            ],
            nameOf(candidate),
          );
        }
      }
      return null;
    },
    () => integrityClear(facts),
  );
}

/** The latest stored integrity check covers every listed candidate and blocks none of them. */
function integrityClear(facts: SelectionFacts): GuardRefusal | null {
  const check = facts.integrityCheck;
  const cadreIds = listed(facts).map((c) => facts.cadreOf[c.id]);
  if (!check || !cadreIds.every((id) => id !== undefined && check.cadreIds.includes(id))) {
    return refuse(
      'SELECTION_INTEGRITY_CHECK_MISSING',
      '尚未对全部考察对象进行廉洁与档案核查（带病提拔预防）',
      'The integrity check has not been run for every candidate listed for inspection',
    );
  }
  const blocked = listed(facts).filter((c) =>
    check.blockingCadreIds.includes(facts.cadreOf[c.id] ?? ''),
  );
  return blocked.length === 0
    ? null
    : refuse(
        'SELECTION_INTEGRITY_BLOCKING',
        `廉洁与档案核查有否决性问题：${blocked.map((c) => c.name).join('、')}`,
        `The integrity check has blocking findings about ${blocked.map((c) => c.name).join(', ')}`,
      );
}

/** 资格条件: every listed candidate meets the district's rules today. */
function eligible(facts: SelectionFacts): GuardRefusal | null {
  for (const candidate of listed(facts)) {
    const failures = checkEligibility(
      candidate.cadre,
      facts.selectionCase.targetRank,
      facts.config.eligibility,
      facts.today,
    );
    const refusal = problemsRefusal('SELECTION_CANDIDATE_INELIGIBLE', failures, nameOf(candidate));
    if (refusal) return refusal;
  }
  return null;
}

/** 酝酿: opinions heard, none of them divided, every report verified. */
function deliberated(facts: SelectionFacts) {
  if (facts.opinions.length === 0) {
    return problemsRefusal('SELECTION_DELIBERATION_NO_OPINIONS', [NO_OPINIONS]);
  }
  return problemsRefusal(
    'SELECTION_DELIBERATION_BLOCKED',
    deliberationBlockers({ opinions: facts.opinions, reports: facts.reports }),
  );
}

/** 考察 ends as planned: not before the plan's last day. */
function inspectionOver(facts: SelectionFacts) {
  const problem = inspectionEndProblem(facts.inspection?.endsOn ?? null, facts.today);
  return problem && problemsRefusal('SELECTION_INSPECTION_RUNNING', [problem]);
}

/** Everything the meeting may only be asked to decide on: the step to review and out of it. */
const readyForMeeting = (facts: SelectionFacts) =>
  firstOf(
    () => inspectionDone(facts),
    () => eligible(facts),
    () => deliberated(facts),
    () => higherApproval(facts),
  );

function higherApproval(facts: SelectionFacts) {
  const blocker = higherApprovalBlocker({
    important: facts.selectionCase.importantPost,
    approvedOn: facts.selectionCase.higherApprovedOn,
  });
  return blocker && problemsRefusal('SELECTION_HIGHER_APPROVAL_MISSING', [blocker]);
}

/** The meeting's record, as the meeting's own rules judge it (also when it is recorded). */
export function meetingRefusal(
  meeting: NonNullable<SelectionFacts['meeting']>,
  principalPost: boolean,
): GuardRefusal | null {
  if (!hasQuorum(meeting)) {
    return refuse(
      'SELECTION_QUORUM_NOT_MET',
      `到会成员未达应到会成员的三分之二（应到${meeting.shouldAttend}人，实到${meeting.present}人），不能讨论决定`,
      `Fewer than two thirds of the members are present (${meeting.present} of ${meeting.shouldAttend}); the meeting cannot decide`,
    );
  }
  if (principalPost && meeting.body !== 'FULL_COMMITTEE') {
    return refuse(
      'SELECTION_FULL_COMMITTEE_REQUIRED',
      '党政正职人选须由全委会票决',
      'A principal post is decided by a vote of the full committee',
    );
  }
  return null;
}

function decided(facts: SelectionFacts): GuardRefusal | null {
  const meeting = facts.meeting;
  if (!meeting) {
    return refuse(
      'SELECTION_MEETING_MISSING',
      '尚未记录讨论决定',
      'No decision meeting is recorded',
    );
  }
  return firstOf(
    () => meetingRefusal(meeting, facts.selectionCase.principalPost),
    () =>
      meeting.signedByChair && meeting.signedByRecorder
        ? null
        : refuse(
            'SELECTION_MEETING_UNSIGNED',
            '会议记录须经主持人、记录人审核签字',
            'The record must be signed by the chair and the recorder',
          ),
    () =>
      meeting.votes.some((v) =>
        passes({ shouldAttend: meeting.shouldAttend, inFavour: v.inFavour }),
      )
        ? null
        : refuse(
            'SELECTION_NO_CANDIDATE_PASSED',
            '没有人选获得应到会成员过半数同意',
            'No candidate has votes in favour from more than half of the members who should attend',
          ),
  );
}

function publicityStarted(facts: SelectionFacts) {
  return facts.publicity
    ? null
    : refuse(
        'SELECTION_PUBLICITY_NOT_STARTED',
        '须填写公示起始日期以启动任前公示',
        'Start the publicity with its first day',
      );
}

function publicityOver(facts: SelectionFacts): GuardRefusal | null {
  const publicity = facts.publicity;
  if (!publicity) return publicityStarted(facts);
  const status = publicityStatus({
    start: publicity.startsOn,
    workingDays: publicity.workingDays,
    calendar: facts.calendar,
    today: facts.today,
  });
  return firstOf(
    () =>
      status === 'ENDED'
        ? null
        : refuse(
            'SELECTION_PUBLICITY_RUNNING',
            `任前公示期（${publicity.workingDays}个工作日）未满，不能任职`,
            `The publicity of ${publicity.workingDays} working days has not ended`,
          ),
    () =>
      facts.objections.some((o) => o.status === 'OPEN')
        ? refuse(
            'SELECTION_OBJECTION_OPEN',
            '公示期间反映的问题尚未核查清楚，任职暂缓',
            'An objection raised during publicity has not been verified',
          )
        : null,
    () =>
      approved(facts).length > 0
        ? null
        : refuse(
            'SELECTION_NO_CANDIDATE_LEFT',
            '没有可以任职的人选',
            'No candidate is left to appoint',
          ),
  );
}

/** 任职: every approved candidate talked to (任前谈话) and named in the appointment document. */
function appointed(facts: SelectionFacts): GuardRefusal | null {
  if (approved(facts).length === 0) {
    return refuse(
      'SELECTION_NO_CANDIDATE_LEFT',
      '没有可以任职的人选',
      'No candidate is left to appoint',
    );
  }
  const missing = approved(facts).filter(
    (c) => !facts.appointments.some((a) => a.candidateId === c.id && a.documentNumber),
  );
  return missing.length === 0
    ? null
    : refuse(
        'SELECTION_APPOINTMENT_MISSING',
        `尚未任职：${missing.map((c) => c.name).join('、')}`,
        `Not yet appointed: ${missing.map((c) => c.name).join(', ')}`,
      );
}

const isPromotion = (facts: SelectionFacts) => facts.selectionCase.adjustmentType === 'PROMOTION';

function probationFor(promotion: boolean) {
  return (facts: SelectionFacts) =>
    firstOf(
      () =>
        isPromotion(facts) === promotion
          ? null
          : promotion
            ? refuse(
                'SELECTION_NO_PROBATION',
                '只有提拔任职的实行试用期',
                'Only a promotion is on probation',
              )
            : refuse(
                'SELECTION_PROBATION_REQUIRED',
                '提拔担任非选举产生的领导职务的，试用期为一年',
                'A promotion is on probation for one year',
              ),
      () => appointed(facts),
    );
}

function probationConcluded(outcome: 'confirm' | 'revert') {
  return (facts: SelectionFacts) => {
    if (facts.probations.some((p) => p.result === null)) {
      return refuse(
        'SELECTION_PROBATION_NOT_CONCLUDED',
        '试用期考核尚未完成',
        'The end-of-probation assessment is not complete',
      );
    }
    const anyPass = facts.probations.some((p) => p.result === 'PASS');
    if (outcome === 'confirm' && !anyPass) {
      return refuse(
        'SELECTION_PROBATION_FAILED',
        '试用期考核不合格',
        'The probation was not passed',
      );
    }
    if (outcome === 'revert' && anyPass) {
      return refuse(
        'SELECTION_PROBATION_PASSED',
        '试用期考核合格，应正式任职',
        'The probation was passed; confirm the appointment',
      );
    }
    return null;
  };
}

const P = SELECTION_PERMISSION;

export const selectionWorkflow = defineWorkflow<Stage, string, SelectionFacts>({
  caseType: SELECTION_CASE_TYPE,
  label: { zh: '选拔任用', en: 'Selection and appointment' },
  initial: 'MOTION',
  states: STAGE_LABELS,
  transitions: {
    'start-recommendation': {
      from: ['MOTION'],
      to: 'RECOMMENDATION',
      permission: P.record,
      label: { zh: '启动民主推荐', en: 'Start the recommendation' },
      guard: higherReport,
    },
    'start-inspection': {
      from: ['RECOMMENDATION'],
      to: 'INSPECTION',
      permission: P.record,
      label: { zh: '确定考察对象，开始考察', en: 'Start the inspection' },
      guard: (facts) =>
        firstOf(
          () => recommendationHeld(facts),
          () => candidatesListed(facts),
        ),
    },
    'start-deliberation': {
      from: ['INSPECTION'],
      to: 'DELIBERATION',
      permission: P.record,
      label: { zh: '考察结束，开始酝酿', en: 'Start the deliberation' },
      guard: (facts) =>
        firstOf(
          // The plan's own term first: until it is over, nothing else can end the inspection.
          () => inspectionOver(facts),
          () => inspectionDone(facts),
          () => eligible(facts),
        ),
    },
    // 部务会研究: the department studies the inspection and the deliberation and agrees to put
    // the case to the Party committee; the clerk submits, a department leader signs off.
    'submit-for-review': {
      from: ['DELIBERATION'],
      to: 'DEPARTMENT_REVIEW',
      permission: P.record,
      label: { zh: '提交部务会研究', en: 'Submit for department review' },
      guard: readyForMeeting,
    },
    'approve-for-meeting': {
      from: ['DEPARTMENT_REVIEW'],
      to: 'DECISION',
      permission: P.approve,
      label: { zh: '部务会研究同意，提交讨论决定（上会）', en: 'Approve for the meeting' },
      guard: readyForMeeting,
    },
    'return-to-deliberation': {
      from: ['DEPARTMENT_REVIEW'],
      to: 'DELIBERATION',
      permission: P.approve,
      label: { zh: '部务会研究退回，重新酝酿', en: 'Send back to deliberation' },
      requiresReason: true,
    },
    'start-publicity': {
      from: ['DECISION'],
      to: 'PUBLICITY',
      permission: P.record,
      label: { zh: '开始任前公示', en: 'Start the publicity' },
      guard: (facts) =>
        firstOf(
          () => decided(facts),
          () => publicityStarted(facts),
        ),
    },
    'close-publicity': {
      from: ['PUBLICITY'],
      to: 'APPOINTMENT',
      permission: P.record,
      label: { zh: '公示期满，办理任职', en: 'Close the publicity' },
      guard: publicityOver,
    },
    'appoint-on-probation': {
      from: ['APPOINTMENT'],
      to: 'PROBATION',
      permission: P.appoint,
      label: { zh: '任职（试用期一年）', en: 'Appoint on probation' },
      guard: probationFor(true),
    },
    appoint: {
      from: ['APPOINTMENT'],
      to: 'FORMAL',
      permission: P.appoint,
      label: { zh: '任职', en: 'Appoint' },
      guard: probationFor(false),
    },
    confirm: {
      from: ['PROBATION'],
      to: 'FORMAL',
      permission: P.appoint,
      label: { zh: '试用期满考核合格，正式任职', en: 'Confirm after probation' },
      guard: probationConcluded('confirm'),
    },
    revert: {
      from: ['PROBATION'],
      to: 'REVERTED',
      permission: P.appoint,
      label: { zh: '试用期满考核不合格，免去试用职务', en: 'Revert after failed probation' },
      guard: probationConcluded('revert'),
    },
    withdraw: {
      // Any step until the appointment; on probation a case ends by its conclusion.
      from: PROCESS_STAGES.filter((stage) => stage !== 'PROBATION'),
      to: 'WITHDRAWN',
      permission: P.withdraw,
      label: { zh: '终止', en: 'Withdraw' },
      requiresReason: true,
    },
  },
  loadFacts: loadSelectionFacts,
});
