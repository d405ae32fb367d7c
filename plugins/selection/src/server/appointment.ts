import {
  changedFields,
  loadWorkingDayCalendar,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  quotaAtRank,
  rankQuotaKey,
  recordDueItem,
  RuleViolationError,
  transitionCaseIn,
} from '@cadre/core';
import { z } from 'zod';
import {
  appointmentBeforePublicityEnd,
  motionQuotaCheck,
  probationEnd,
  probationReminderDate,
  talkBeforePublicityEnd,
} from '../domain/index.ts';
import { selectionWorkflow } from '../workflow.ts';
import { changeCadrePost } from './cadre-history.ts';
import {
  auditCase,
  type CandidateStep,
  type CaseStep,
  type CaseWrite,
  candidateIn,
  type NamedCandidate,
  runCandidateStep,
  runCaseStep,
} from './case-access.ts';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { expectedVersion, pastDay, refuseDateConflicts, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import { caseLink } from './publicity.ts';
import type { SelectionRefs } from './refs.ts';
import { vacancyOrRefuse } from './selection-case.ts';
import { LIST_COST } from './list-costs.ts';

// 任职: the pre-appointment talk with its integrity reminder (任前谈话、廉政提醒), then the
// appointment document, which writes the cadre's new post, unit and rank into core in the same
// transaction (moving the unit's quota figures) and, for a promotion, starts a year's probation.

export const PROBATION_DUE_KIND = 'probation-end';
/** The end-of-probation assessment comes onto the to-do list a month of working days ahead. */
export const PROBATION_REMINDER_WORKING_DAYS = 20;

export const talkInput = z.object({
  talkOn: pastDay,
  talkBy: text(100),
  integrityReminder: z.boolean(),
});
export const appointInput = z.object({
  documentNumber: text(100),
  effectiveOn: pastDay,
  expectedVersion,
});

/** Appoints one approved candidate: core's record of the cadre, pool entries, probation. */
async function appointOne(
  write: CaseWrite,
  candidate: NamedCandidate,
  input: { documentNumber: string; effectiveOn: Date },
) {
  const { tx, districtId, selectionCase } = write;
  const talk = await tx.appointment.findUnique({ where: { candidateId: candidate.id } });
  if (!talk?.integrityReminder) {
    throw new RuleViolationError('SELECTION_TALK_MISSING', {
      zh: `${candidate.name}尚未进行任前谈话和廉政提醒`,
      en: `${candidate.name} has not had the pre-appointment talk with its integrity reminder`,
    });
  }
  const cadre = await tx.cadre.findFirstOrThrow({
    where: { id: candidate.cadreId, districtId },
    select: { id: true, status: true, unitId: true, rank: true, rankSince: true },
  });
  if (cadre.status !== 'ACTIVE') {
    throw new RuleViolationError('SELECTION_CADRE_NOT_ACTIVE', {
      zh: `${candidate.name}不在职，不能任职`,
      en: `${candidate.name} is not in service and cannot be appointed`,
    });
  }
  const removal = selectionCase.adjustmentType === 'REMOVAL';
  const [target, held] = [rankQuotaKey[selectionCase.targetRank], rankQuotaKey[cadre.rank]];
  const fillsAlready =
    cadre.unitId === selectionCase.unitId &&
    target.level === held.level &&
    target.leadership === held.leadership;
  // Checked again now, with every appointment of this write counted: a vacancy at the motion may
  // have been filled since, and only the justification made then lets it go ahead without one.
  if (!removal && !fillsAlready) {
    vacancyOrRefuse(
      motionQuotaCheck({
        figures: await quotaAtRank(tx, districtId, selectionCase.unitId, selectionCase.targetRank),
        justification: selectionCase.quotaJustification,
        mayOverride: selectionCase.overQuota,
      }),
    );
  }
  const unit = await tx.unit.findFirst({ where: { id: selectionCase.unitId, districtId } });
  if (!unit) throw new NotFoundError({ zh: '单位', en: 'Unit' });
  const postId = await changeCadrePost(tx, write.audit, districtId, {
    cadreId: cadre.id,
    endHeldPosts: true,
    newPost: removal ? null : { unit, title: selectionCase.postTitle },
    unitId: removal ? cadre.unitId : unit.id,
    rank: removal ? cadre.rank : selectionCase.targetRank,
    rankSince: input.effectiveOn,
    on: input.effectiveOn,
    operation: 'selection.appointment.cadre',
  });
  // A promotion leaves the reserve pools, and the record keeps that it came from them.
  const promotion = selectionCase.adjustmentType === 'PROMOTION';
  const entries = promotion
    ? await tx.reservePoolEntry.findMany({
        where: { cadreId: cadre.id, districtId },
        include: { pool: { select: { name: true } } },
      })
    : [];
  if (entries.length > 0) {
    await tx.reservePoolEntry.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } });
  }
  const data = {
    documentNumber: input.documentNumber,
    effectiveOn: input.effectiveOn,
    postId,
    formerUnitId: cadre.unitId,
    formerRank: cadre.rank,
    formerRankSince: cadre.rankSince,
    fromReservePool: entries.length > 0,
    reservePools: entries.map((e) => e.pool.name),
  };
  await tx.appointment.update({ where: { id: talk.id }, data });
  await tx.selectionCandidate.update({
    where: { id: candidate.id },
    data: { status: 'APPOINTED' },
  });
  if (promotion) await startProbation(write, candidate, input.effectiveOn);
  await auditCase(write, 'appointment.appoint', {
    candidateId: candidate.id,
    ...changedFields({}, data),
  });
  await write.emit('selection.candidate.appointed', {
    caseId: selectionCase.id,
    candidateId: candidate.id,
    cadreId: cadre.id,
    unitId: unit.id,
    adjustmentType: selectionCase.adjustmentType,
    rank: selectionCase.targetRank,
    effectiveOn: input.effectiveOn.toISOString().slice(0, 10),
    documentNumber: input.documentNumber,
    fromReservePool: data.fromReservePool,
  });
}

/** 试用期一年, with its assessment on everyone's to-do list ahead of its end. */
async function startProbation(write: CaseWrite, candidate: NamedCandidate, startsOn: Date) {
  const { tx, districtId, selectionCase } = write;
  const endsOn = probationEnd(startsOn);
  await tx.probation.create({
    data: { districtId, caseId: selectionCase.id, candidateId: candidate.id, startsOn, endsOn },
  });
  await recordDueItem(tx, districtId, {
    source: SELECTION_PLUGIN_ID,
    kind: PROBATION_DUE_KIND,
    subjectType: 'SelectionCandidate',
    subjectId: candidate.id,
    title: `试用期满考核：${candidate.name}（${selectionCase.postTitle}，至${endsOn.toISOString().slice(0, 10)}）`,
    dueDate: probationReminderDate(
      endsOn,
      PROBATION_REMINDER_WORKING_DAYS,
      await loadWorkingDayCalendar(tx),
    ),
    link: caseLink(selectionCase.id),
    permission: P.appoint,
  });
}

/** 任前谈话 and 廉政提醒 with an approved candidate, after the publicity has ended. */
export const recordTalk: CandidateStep<z.output<typeof talkInput>> = {
  stages: ['APPOINTMENT'],
  async run(write, candidate, input) {
    candidateIn(candidate, ['APPROVED']);
    const publicity = await write.tx.publicity.findUniqueOrThrow({
      where: { caseId: write.selectionCase.id },
      select: { endsOn: true },
    });
    refuseDateConflicts(
      talkBeforePublicityEnd(input.talkOn, { ...publicity, name: candidate.name }),
    );
    const before = await write.tx.appointment.findUnique({
      where: { candidateId: candidate.id },
    });
    await write.tx.appointment.upsert({
      where: { candidateId: candidate.id },
      create: {
        ...input,
        districtId: write.districtId,
        caseId: write.selectionCase.id,
        candidateId: candidate.id,
        createdAt: write.at,
      },
      update: input,
    });
    await auditCase(write, 'appointment.talk', {
      candidateId: candidate.id,
      ...changedFields(before ?? {}, input),
    });
  },
};

/**
 * 任职 by the document: every approved candidate appointed (see `appointOne`), and the case moved
 * on, to probation for a promotion.
 */
export const appointCandidates: CaseStep<z.output<typeof appointInput>> = {
  stages: ['APPOINTMENT'],
  async run(write, input) {
    const { tx, selectionCase } = write;
    const publicity = await tx.publicity.findUniqueOrThrow({
      where: { caseId: selectionCase.id },
    });
    refuseDateConflicts(appointmentBeforePublicityEnd(input.effectiveOn, publicity.endsOn));
    const approved = await tx.selectionCandidate.findMany({
      where: { caseId: selectionCase.id, status: 'APPROVED' },
      orderBy: { createdAt: 'asc' },
    });
    for (const candidate of approved) {
      const { name } = await tx.cadre.findUniqueOrThrow({
        where: { id: candidate.cadreId },
        select: { name: true },
      });
      await appointOne(write, { ...candidate, name }, input);
    }
    await transitionCaseIn(write, {
      definition: selectionWorkflow,
      caseId: selectionCase.id,
      transition: selectionCase.adjustmentType === 'PROMOTION' ? 'appoint-on-probation' : 'appoint',
      expectedVersion: input.expectedVersion,
      permissions: write.permissions,
    });
  },
};

export function registerAppointment(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  builder.prismaObject('Appointment', {
    subGraphs,
    description: '任职: the talk, the document, and where the cadre stood before',
    fields: (t) => ({
      candidate: t.relation('candidate'),
      talkOn: t.expose('talkOn', { type: 'Date', description: '任前谈话' }),
      talkBy: t.exposeString('talkBy'),
      integrityReminder: t.exposeBoolean('integrityReminder', { description: '廉政提醒' }),
      documentNumber: t.exposeString('documentNumber', { nullable: true, description: '任职文号' }),
      effectiveOn: t.expose('effectiveOn', { type: 'Date', nullable: true }),
      formerRank: t.field({
        type: core.enums.Rank,
        nullable: true,
        resolve: (a) => a.formerRank,
      }),
      fromReservePool: t.exposeBoolean('fromReservePool', {
        description: 'A promotion of a cadre who was in a reserve pool (后备干部)',
      }),
      reservePools: t.exposeStringList('reservePools', { description: 'The pools the cadre left' }),
    }),
  });

  builder.prismaObjectField(SelectionCase, 'appointments', (t) =>
    t.relation('appointments', { complexity: LIST_COST.appointments }),
  );
  builder.prismaObjectField(Candidate, 'appointment', (t) =>
    t.relation('appointment', { nullable: true }),
  );

  const TalkInput = builder.inputType('PreAppointmentTalkInput', {
    subGraphs,
    fields: (t) => ({
      talkOn: t.field({ type: 'Date' }),
      talkBy: t.string({ description: 'Who talked with the cadre (书记、纪委书记、组织部长 …)' }),
      integrityReminder: t.boolean({ description: '廉政提醒 given' }),
    }),
  });
  const AppointInput = builder.inputType('SelectionAppointmentInput', {
    subGraphs,
    fields: (t) => ({
      documentNumber: t.string({ description: '任职文号' }),
      effectiveOn: t.field({ type: 'Date' }),
      expectedVersion: t.int({ description: 'The case’s `version` as last seen' }),
    }),
  });

  builder.mutationFields((t) => ({
    recordPreAppointmentTalk: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '任前谈话 and 廉政提醒 with an approved candidate, after the publicity has ended ' +
        '(SELECTION_TALK_DURING_PUBLICITY otherwise)',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: TalkInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          recordTalk,
          parseInput(talkInput, args.input),
          query,
        ),
    }),
    appointSelectionCandidates: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '任职: appoints every approved candidate by the document: ends their posts, adds the new ' +
        'one, sets unit and rank in core (moving the quota figures), removes a promoted cadre ' +
        'from the reserve pools, and starts a promotion’s year of probation. Refused with ' +
        'SELECTION_TALK_MISSING, SELECTION_NO_VACANCY; an effective date not after the ' +
        'publicity is bad input (SELECTION_APPOINTMENT_BEFORE_PUBLICITY_END)',
      authScopes: { permission: P.appoint },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        input: t.arg({ type: AppointInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCaseStep(
          ctx,
          args.caseId.id,
          appointCandidates,
          parseInput(appointInput, args.input),
          query,
        ),
    }),
  }));
}
