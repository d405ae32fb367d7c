import {
  bilingual,
  changedFields,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
} from '@cadre/core';
import type { DecisionBody } from '@cadre/db/client';
import { z } from 'zod';
import {
  ballotProblems,
  hasQuorum,
  isRecommendationValid,
  mayReconsider,
  meetingBeforeRecommendation,
  passes,
  reconsiderationBeforeMeeting,
} from '../domain/index.ts';
import { meetingRefusal } from '../workflow.ts';
import {
  auditCase,
  candidateIn,
  candidateOf,
  caseIdOfRow,
  type CaseStep,
  changesOf,
  runCaseStep,
} from './case-access.ts';
import { proposeApproved } from './card-proposal.ts';
import { MEETING_IN_FORCE } from './case-facts.ts';
import { count, pastDay, refuseDateConflicts, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import type { Stage } from './stages.ts';
import { LIST_COST } from './list-costs.ts';

// 讨论决定: the standing committee (or, for principal posts, the full committee) votes by secret
// ballot on each candidate. Fixed by regulation: two thirds present, and a candidate passes with
// more than half of the members who *should* attend. Reconsideration (复议) needs more than half
// of them to agree first.

const MEETING = { zh: '讨论决定会议', en: 'Decision meeting' };
const DECIDING: readonly Stage[] = ['DECISION'];

export const meetingInput = z.object({
  body: z.enum(['STANDING_COMMITTEE', 'FULL_COMMITTEE']),
  heldOn: pastDay,
  shouldAttend: count.min(1, bilingual('应到会成员数应为正整数', 'At least one member')),
  present: count,
  chair: text(40),
  recorder: text(40),
  signedByChair: z.boolean(),
  signedByRecorder: z.boolean(),
  votes: z
    .array(z.object({ candidateId: z.string(), inFavour: count, against: count, abstain: count }))
    .min(1, bilingual('须逐一表决人选', 'Vote on at least one candidate'))
    .refine(
      (votes) => new Set(votes.map((v) => v.candidateId)).size === votes.length,
      bilingual('每名人选只能表决一次', 'Each candidate is voted on once'),
    ),
});

export const reconsiderInput = z.object({
  agreeing: count,
  reconsideredOn: pastDay,
  reason: text(2000),
});

const refusal = (code: string, problems: { zh: string; en: string }[]) =>
  new RuleViolationError(code, {
    zh: problems.map((p) => p.zh).join('；'),
    en: problems.map((p) => p.en).join('; '),
  });

/**
 * 讨论决定: the meeting and its secret ballot per candidate; each approved candidate's card is
 * proposed (see card-proposal.ts).
 */
export const recordDecisionMeeting: CaseStep<z.output<typeof meetingInput>> = {
  stages: DECIDING,
  async run(write, input) {
    const { tx, selectionCase, districtId } = write;
    if (
      await tx.decisionMeeting.findFirst({
        where: { caseId: selectionCase.id, ...MEETING_IN_FORCE },
      })
    ) {
      throw new RuleViolationError('SELECTION_ALREADY_DECIDED', {
        zh: '本事项已有讨论决定；如需改变，须先经复议',
        en: 'The case has been decided; reconsider it first to decide again',
      });
    }
    const problems = input.votes.flatMap((votes) =>
      ballotProblems({ shouldAttend: input.shouldAttend, present: input.present, votes }),
    );
    if (problems.length > 0) {
      throw refusal('SELECTION_BALLOT_INVALID', [
        ...new Map(problems.map((p) => [p.zh, p])).values(),
      ]);
    }
    const refused = meetingRefusal({ ...input, votes: [] }, selectionCase.principalPost);
    if (refused) throw refusal(refused.code ?? 'SELECTION_MEETING_INVALID', [refused]);
    for (const vote of input.votes) {
      const candidate = await candidateOf(write, vote.candidateId);
      candidateIn(candidate, ['LISTED']);
      const latest = await tx.recommendationRound.findFirst({
        where: { caseId: selectionCase.id, votes: { some: { candidateId: candidate.id } } },
        orderBy: { heldOn: 'desc' },
        select: { heldOn: true },
      });
      if (!latest) continue;
      refuseDateConflicts(
        meetingBeforeRecommendation(input.heldOn, { ...latest, name: candidate.name }),
      );
      if (!isRecommendationValid(latest.heldOn, input.heldOn)) {
        throw new RuleViolationError('SELECTION_RECOMMENDATION_EXPIRED', {
          zh: `${candidate.name}的民主推荐结果已超过一年有效期`,
          en: `${candidate.name}'s recommendation is more than a year old`,
        });
      }
    }
    const passed = input.votes.filter((v) =>
      passes({ shouldAttend: input.shouldAttend, inFavour: v.inFavour }),
    );
    if (passed.length > selectionCase.posts) {
      throw new RuleViolationError('SELECTION_TOO_MANY_PASSED', {
        zh: `通过人选（${passed.length}名）多于拟任职位数（${selectionCase.posts}个）`,
        en: `${passed.length} candidates passed for ${selectionCase.posts} post(s)`,
      });
    }
    const { votes, ...meetingData } = input;
    const meeting = await tx.decisionMeeting.create({
      data: {
        ...meetingData,
        districtId,
        caseId: selectionCase.id,
        votes: { create: votes.map((v) => ({ ...v, districtId })) },
        createdAt: write.at,
      },
    });
    for (const vote of votes) {
      await tx.selectionCandidate.update({
        where: { id: vote.candidateId },
        data: { status: passed.includes(vote) ? 'APPROVED' : 'REJECTED' },
      });
    }
    const approved = [];
    for (const v of passed) {
      const { cadreId } = await candidateOf(write, v.candidateId);
      approved.push({ cadreId, inFavour: v.inFavour });
    }
    await proposeApproved(write, selectionCase, { ...meetingData, approved });
    await auditCase(write, 'decision.record', {
      meetingId: meeting.id,
      ...changedFields({}, meetingData),
      votes,
      approved: passed.map((v) => v.candidateId),
    });
  },
};

type Reconsideration = z.output<typeof reconsiderInput> & { meetingId: string };

/** 复议: a decision set aside with more than half of those who should attend agreeing. */
export const reconsiderMeeting: CaseStep<Reconsideration> = {
  stages: DECIDING,
  async run(write, { meetingId, ...input }) {
    const meeting = await write.tx.decisionMeeting.findFirstOrThrow({
      where: { id: meetingId, caseId: write.selectionCase.id },
      include: { votes: { select: { candidateId: true } } },
    });
    refuseDateConflicts(reconsiderationBeforeMeeting(input.reconsideredOn, meeting.heldOn));
    if (meeting.reconsideredOn) {
      throw new RuleViolationError('SELECTION_ALREADY_RECONSIDERED', {
        zh: '该决定已经复议',
        en: 'This decision has already been reconsidered',
      });
    }
    if (
      input.agreeing > meeting.shouldAttend ||
      !mayReconsider({ shouldAttend: meeting.shouldAttend, agreeing: input.agreeing })
    ) {
      throw new RuleViolationError('SELECTION_RECONSIDERATION_REFUSED', {
        zh: `复议须经应到会成员过半数同意（应到${meeting.shouldAttend}人，同意复议${input.agreeing}人）`,
        en: `Reconsideration needs more than half of the ${meeting.shouldAttend} members who should attend (${input.agreeing} agreed)`,
      });
    }
    const data = {
      reconsideredOn: input.reconsideredOn,
      reconsiderationAgreeing: input.agreeing,
      reconsiderationReason: input.reason,
    };
    await write.tx.decisionMeeting.update({ where: { id: meeting.id }, data });
    await write.tx.selectionCandidate.updateMany({
      where: { id: { in: meeting.votes.map((v) => v.candidateId) } },
      data: { status: 'LISTED' },
    });
    await auditCase(write, 'decision.reconsider', {
      meetingId: meeting.id,
      ...changesOf(meeting, data),
    });
  },
};

export function registerDecisionMeeting(
  { builder, subGraphs }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  const Body = builder.enumType('DecisionBody', {
    subGraphs,
    values: {
      STANDING_COMMITTEE: { description: '常委会' },
      FULL_COMMITTEE: { description: '全委会 (党政正职)' },
    } satisfies Record<DecisionBody, { description: string }>,
  });

  builder.prismaObject('DecisionVote', {
    subGraphs,
    description: 'The secret ballot (无记名投票) on one candidate',
    fields: (t) => ({
      candidate: t.relation('candidate'),
      inFavour: t.exposeInt('inFavour'),
      against: t.exposeInt('against'),
      abstain: t.exposeInt('abstain'),
      passed: t.boolean({
        description: 'More than half of the members who should attend voted in favour',
        select: { meeting: { select: { shouldAttend: true } } },
        resolve: (v) => passes({ shouldAttend: v.meeting.shouldAttend, inFavour: v.inFavour }),
      }),
    }),
  });

  const Meeting = builder.prismaNode('DecisionMeeting', {
    subGraphs,
    id: { field: 'id' },
    description: '讨论决定: the meeting, its attendance, signatures and votes',
    fields: (t) => ({
      body: t.field({ type: Body, resolve: (m) => m.body }),
      heldOn: t.expose('heldOn', { type: 'Date' }),
      shouldAttend: t.exposeInt('shouldAttend', { description: '应到会成员' }),
      present: t.exposeInt('present', { description: '实到会成员' }),
      quorum: t.boolean({
        description: 'At least two thirds of the members present',
        resolve: (m) => hasQuorum(m),
      }),
      chair: t.exposeString('chair'),
      recorder: t.exposeString('recorder'),
      signedByChair: t.exposeBoolean('signedByChair'),
      signedByRecorder: t.exposeBoolean('signedByRecorder'),
      inForce: t.boolean({
        description: 'The decision stands (not reconsidered)',
        resolve: (m) => m.reconsideredOn === null,
      }),
      reconsideredOn: t.expose('reconsideredOn', { type: 'Date', nullable: true }),
      reconsiderationAgreeing: t.exposeInt('reconsiderationAgreeing', { nullable: true }),
      reconsiderationReason: t.exposeString('reconsiderationReason', { nullable: true }),
      votes: t.relation('votes', { complexity: LIST_COST.votes }),
    }),
  });

  builder.prismaObjectField(SelectionCase, 'meetings', (t) =>
    t.relation('meetings', {
      complexity: LIST_COST.meetings,
      description: 'Decision meetings, the one in force first',
      query: { orderBy: { createdAt: 'desc' } },
    }),
  );

  const VoteInput = builder.inputType('DecisionVoteInput', {
    subGraphs,
    fields: (t) => ({
      candidateId: t.globalID({ for: Candidate }),
      inFavour: t.int(),
      against: t.int(),
      abstain: t.int({ description: '弃权 (or 缓议)' }),
    }),
  });
  const MeetingInput = builder.inputType('DecisionMeetingInput', {
    subGraphs,
    fields: (t) => ({
      body: t.field({ type: Body }),
      heldOn: t.field({ type: 'Date' }),
      shouldAttend: t.int({ description: '应到会成员' }),
      present: t.int({ description: '实到会成员' }),
      chair: t.string({ description: '主持人' }),
      recorder: t.string({ description: '记录人' }),
      signedByChair: t.boolean(),
      signedByRecorder: t.boolean(),
      votes: t.field({ type: [VoteInput] }),
    }),
  });
  const ReconsiderInput = builder.inputType('DecisionReconsiderationInput', {
    subGraphs,
    fields: (t) => ({
      agreeing: t.int({ description: 'Members who agreed to reconsider' }),
      reconsideredOn: t.field({ type: 'Date' }),
      reason: t.string(),
    }),
  });

  builder.mutationFields((t) => ({
    recordDecisionMeeting: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '讨论决定: the meeting and its secret ballot per candidate. Refused with ' +
        'SELECTION_QUORUM_NOT_MET below two thirds present, SELECTION_FULL_COMMITTEE_REQUIRED for ' +
        'a principal post decided by the standing committee, SELECTION_BALLOT_INVALID for figures ' +
        'that cannot be right, SELECTION_RECOMMENDATION_EXPIRED for a recommendation older than ' +
        'a year, and as bad input (SELECTION_MEETING_BEFORE_RECOMMENDATION) when held before ' +
        'it; a candidate passes with more than half of the members who should attend',
      authScopes: { permission: P.decide },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        input: t.arg({ type: MeetingInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(meetingInput, {
          ...args.input,
          votes: args.input.votes.map((v) => ({ ...v, candidateId: v.candidateId.id })),
        });
        return runCaseStep(ctx, args.caseId.id, recordDecisionMeeting, input, query);
      },
    }),
    reconsiderDecisionMeeting: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '复议: set a decision aside when more than half of the members who should attend agree ' +
        '(SELECTION_RECONSIDERATION_REFUSED otherwise); its candidates are voted on again',
      authScopes: { permission: P.decide },
      errors: {},
      args: {
        meetingId: t.arg.globalID({ for: Meeting }),
        input: t.arg({ type: ReconsiderInput }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(reconsiderInput, args.input);
        const caseId = await caseIdOfRow(ctx, args.meetingId.id, MEETING, (where) =>
          ctx.prisma.decisionMeeting.findFirst({ where, select: { caseId: true } }),
        );
        return runCaseStep(
          ctx,
          caseId,
          reconsiderMeeting,
          { ...input, meetingId: args.meetingId.id },
          query,
        );
      },
    }),
  }));
}
