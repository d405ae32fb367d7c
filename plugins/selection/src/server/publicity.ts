import {
  changedFields,
  loadWorkingDayCalendar,
  parseInput,
  type PluginSchemaContext,
  recordDueItem,
  RuleViolationError,
  todayInChina,
  transitionCaseIn,
} from '@cadre/core';
import type { PublicityObjectionStatus } from '@cadre/db/client';
import { z } from 'zod';
import {
  objectionConcludedBeforeReceipt,
  objectionOutsidePublicity,
  publicityBeforeDecision,
  publicityEnd,
  publicityStatus,
  type PublicityStatus,
} from '../domain/index.ts';
import { selectionWorkflow } from '../workflow.ts';
import {
  auditCase,
  type CandidateStep,
  candidateIn,
  candidateOf,
  caseIdOfRow,
  type CaseStep,
  changesOf,
  runCandidateStep,
  runCaseStep,
} from './case-access.ts';
import { MEETING_IN_FORCE } from './case-facts.ts';
import { selectionConfigOf, SELECTION_PLUGIN_ID } from './config.ts';
import { expectedVersion, pastDay, refuseDateConflicts, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import { LIST_COST } from './list-costs.ts';
import { calendarOf } from './loaders.ts';

// 任前公示: not less than five working days (the district's setting), counted on core's Chinese
// working-day calendar; objections received meanwhile are verified before anyone is appointed.

const OBJECTION = { zh: '公示反映', en: 'Objection' };

export const PUBLICITY_DUE_KIND = 'publicity-end';

/** Where the admin UI opens a case. */
export const caseLink = (caseId: string) => `/selection/cases/${caseId}`;

export const startInput = z.object({ startsOn: z.date(), expectedVersion });
export const objectionInput = z.object({ receivedOn: pastDay, summary: text(2000) });
export const conclusionInput = z.object({
  founded: z.boolean(),
  conclusion: text(2000),
  concludedOn: pastDay,
});

/**
 * 任前公示 from its first day: its end on the working-day calendar becomes a due item, and the
 * case moves to PUBLICITY once the decision stands.
 */
export const startPublicity: CaseStep<z.output<typeof startInput>> = {
  stages: ['DECISION'],
  async run(write, input) {
    const { tx, districtId, selectionCase } = write;
    const meeting = await tx.decisionMeeting.findFirst({
      where: { caseId: selectionCase.id, ...MEETING_IN_FORCE },
      select: { heldOn: true },
    });
    if (meeting) refuseDateConflicts(publicityBeforeDecision(input.startsOn, meeting.heldOn));
    const { publicityWorkingDays } = await selectionConfigOf(tx, districtId);
    const calendar = await loadWorkingDayCalendar(tx);
    const data = {
      startsOn: input.startsOn,
      workingDays: publicityWorkingDays,
      endsOn: publicityEnd(input.startsOn, publicityWorkingDays, calendar),
    };
    await tx.publicity.create({
      data: { ...data, caseId: selectionCase.id, districtId, createdAt: write.at },
    });
    const { title } = await tx.workflowCase.findUniqueOrThrow({
      where: { id: selectionCase.id },
      select: { title: true },
    });
    await recordDueItem(tx, districtId, {
      source: SELECTION_PLUGIN_ID,
      kind: PUBLICITY_DUE_KIND,
      subjectType: 'SelectionCase',
      subjectId: selectionCase.id,
      title: `任前公示期满：${title}`,
      dueDate: data.endsOn,
      link: caseLink(selectionCase.id),
      permission: P.record,
    });
    await auditCase(write, 'publicity.start', changedFields({}, data));
    await transitionCaseIn(write, {
      definition: selectionWorkflow,
      caseId: selectionCase.id,
      transition: 'start-publicity',
      expectedVersion: input.expectedVersion,
      permissions: write.permissions,
    });
  },
};

/** 公示期间反映问题 about an approved candidate, within the publicity; announced for supervision. */
export const openObjection: CandidateStep<z.output<typeof objectionInput>> = {
  stages: ['PUBLICITY'],
  async run(write, candidate, input) {
    candidateIn(candidate, ['APPROVED']);
    const publicity = await write.tx.publicity.findUniqueOrThrow({
      where: { caseId: write.selectionCase.id },
    });
    refuseDateConflicts(
      objectionOutsidePublicity(input.receivedOn, { ...publicity, name: candidate.name }),
    );
    const objection = await write.tx.publicityObjection.create({
      data: {
        ...input,
        districtId: write.districtId,
        caseId: write.selectionCase.id,
        candidateId: candidate.id,
        createdAt: write.at,
      },
    });
    await auditCase(write, 'publicity.objection', {
      objectionId: objection.id,
      candidateId: candidate.id,
      ...changedFields({}, input),
    });
    await write.emit('selection.objection.received', {
      caseId: write.selectionCase.id,
      candidateId: candidate.id,
      cadreId: candidate.cadreId,
      objectionId: objection.id,
      receivedOn: input.receivedOn.toISOString().slice(0, 10),
    });
  },
};

type Conclusion = z.output<typeof conclusionInput> & { objectionId: string };

/** What verifying an objection found: founded (属实) keeps the candidate from appointment. */
export const concludeObjection: CaseStep<Conclusion> = {
  stages: ['PUBLICITY'],
  async run(write, { objectionId, ...input }) {
    const objection = await write.tx.publicityObjection.findFirstOrThrow({
      where: { id: objectionId, caseId: write.selectionCase.id },
    });
    if (objection.status !== 'OPEN') {
      throw new RuleViolationError('SELECTION_OBJECTION_CONCLUDED', {
        zh: '该反映已核查完毕',
        en: 'This objection has been concluded',
      });
    }
    const { name } = await candidateOf(write, objection.candidateId);
    refuseDateConflicts(objectionConcludedBeforeReceipt(input.concludedOn, { ...objection, name }));
    const data = {
      status: input.founded ? ('VERIFIED_FOUNDED' as const) : ('VERIFIED_UNFOUNDED' as const),
      conclusion: input.conclusion,
      concludedOn: input.concludedOn,
    };
    await write.tx.publicityObjection.update({ where: { id: objection.id }, data });
    if (input.founded) {
      await write.tx.selectionCandidate.update({
        where: { id: objection.candidateId },
        data: { status: 'DISQUALIFIED' },
      });
    }
    await auditCase(write, 'publicity.objection.conclude', {
      objectionId: objection.id,
      ...changesOf(objection, data),
    });
  },
};

export function registerPublicity(
  { builder, subGraphs }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  const Status = builder.enumType('PublicityStatus', {
    subGraphs,
    values: {
      NOT_STARTED: { description: '未开始' },
      RUNNING: { description: '公示中' },
      ENDED: { description: '公示期满' },
    } satisfies Record<PublicityStatus, { description: string }>,
  });
  const ObjectionStatus = builder.enumType('PublicityObjectionStatus', {
    subGraphs,
    values: {
      OPEN: { description: '待核查' },
      VERIFIED_FOUNDED: { description: '经核查属实' },
      VERIFIED_UNFOUNDED: { description: '经核查不属实' },
    } satisfies Record<PublicityObjectionStatus, { description: string }>,
  });

  builder.prismaObject('Publicity', {
    subGraphs,
    description: '任前公示: from its first day for its working days',
    fields: (t) => ({
      startsOn: t.expose('startsOn', { type: 'Date' }),
      workingDays: t.exposeInt('workingDays'),
      endsOn: t.expose('endsOn', {
        type: 'Date',
        description: 'The last day, on the working-day calendar',
      }),
      status: t.field({
        type: Status,
        description: 'Today in China',
        resolve: async (p, _args, ctx) =>
          publicityStatus({
            start: p.startsOn,
            workingDays: p.workingDays,
            calendar: await calendarOf(ctx),
            today: todayInChina(),
          }),
      }),
    }),
  });

  const Objection = builder.prismaNode('PublicityObjection', {
    subGraphs,
    id: { field: 'id' },
    description: '公示期间反映的问题, and what its verification found',
    fields: (t) => ({
      candidate: t.relation('candidate'),
      receivedOn: t.expose('receivedOn', { type: 'Date' }),
      summary: t.exposeString('summary'),
      status: t.field({ type: ObjectionStatus, resolve: (o) => o.status }),
      conclusion: t.exposeString('conclusion', { nullable: true }),
      concludedOn: t.expose('concludedOn', { type: 'Date', nullable: true }),
    }),
  });

  builder.prismaObjectFields(SelectionCase, (t) => ({
    publicity: t.relation('publicity', { nullable: true }),
    objections: t.relation('objections', {
      complexity: LIST_COST.objections,
      query: { orderBy: { createdAt: 'asc' } },
    }),
  }));

  const StartInput = builder.inputType('SelectionPublicityInput', {
    subGraphs,
    fields: (t) => ({
      startsOn: t.field({ type: 'Date', description: 'The first day of publicity' }),
      expectedVersion: t.int({ description: 'The case’s `version` as last seen' }),
    }),
  });
  const ObjectionInput = builder.inputType('PublicityObjectionInput', {
    subGraphs,
    fields: (t) => ({ receivedOn: t.field({ type: 'Date' }), summary: t.string() }),
  });
  const ConclusionInput = builder.inputType('PublicityObjectionConclusionInput', {
    subGraphs,
    fields: (t) => ({
      founded: t.boolean({ description: 'The verification found the report true (属实)' }),
      conclusion: t.string(),
      concludedOn: t.field({ type: 'Date' }),
    }),
  });

  builder.mutationFields((t) => ({
    startSelectionPublicity: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '任前公示: its end is counted on the working-day calendar from the district’s ' +
        '`publicityWorkingDays`, and becomes a due item; moves the case to PUBLICITY once the ' +
        'decision stands (quorum, signatures, a candidate passed)',
      authScopes: { permission: P.record },
      errors: {},
      args: { caseId: t.arg.globalID({ for: SelectionCase }), input: t.arg({ type: StartInput }) },
      resolve: (query, _root, args, ctx) =>
        runCaseStep(ctx, args.caseId.id, startPublicity, parseInput(startInput, args.input), query),
    }),
    openPublicityObjection: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '公示期间反映问题: a report about a candidate; appointment waits until it is verified. ' +
        'Emits selection.objection.received, for a supervision system to take it up as a tip',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: ObjectionInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          openObjection,
          parseInput(objectionInput, args.input),
          query,
        ),
    }),
    concludePublicityObjection: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        'What verifying an objection found: founded (属实) keeps the candidate from appointment',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        objectionId: t.arg.globalID({ for: Objection }),
        input: t.arg({ type: ConclusionInput }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(conclusionInput, args.input);
        const caseId = await caseIdOfRow(ctx, args.objectionId.id, OBJECTION, (where) =>
          ctx.prisma.publicityObjection.findFirst({ where, select: { caseId: true } }),
        );
        return runCaseStep(
          ctx,
          caseId,
          concludeObjection,
          { ...input, objectionId: args.objectionId.id },
          query,
        );
      },
    }),
  }));
}
