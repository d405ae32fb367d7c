import {
  actorOf,
  ARCHIVE_FACT_LABELS,
  type AttachmentOwner,
  bilingual,
  changedFields,
  districtOf,
  DOCUMENT_KINDS,
  NotFoundError,
  ownerRow,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  runIntegrityCheck,
  selecting,
  unverifiedArchiveFacts,
} from '@cadre/core';
import type { FourMust } from '@cadre/db/client';
import { z } from 'zod';
import {
  archiveReviewProblem,
  FOUR_MUST_LABELS,
  FOUR_MUSTS,
  inspectionTeamProblems,
  integrityPurposeOf,
  missingFourMusts,
  preAnnouncementProblems,
} from '../domain/index.ts';
import {
  auditCase,
  CASE_LABEL,
  type CandidateStep,
  type CaseStep,
  type CaseWrite,
  candidateIn,
  lockCase,
  type NamedCandidate,
  runCandidateStep,
  runCaseStep,
  wrongStage,
} from './case-access.ts';
import { optionalText, pastDay, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import type { Stage } from './stages.ts';
import { LIST_COST } from './list-costs.ts';

// 考察: the plan and pre-announcement (四个公开), the team with its supervisor (监督员), the
// evaluations of 德能勤绩廉, the four musts (四必) and the integrity check stored with the case.

export const planInput = z
  .object({
    plan: text(4000),
    startsOn: z.date(),
    endsOn: z.date().nullish(),
    announcedOn: pastDay.nullish(),
    timeAndGoal: optionalText(500),
    supervisionPhone: optionalText(40),
    reportChannels: optionalText(500),
  })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: bilingual(
      '考察结束日期不能早于开始日期',
      'The inspection cannot end before it starts',
    ),
  });

export const teamInput = z.object({
  members: z
    .array(
      z.object({
        name: text(40),
        affiliation: optionalText(60),
        supervisor: z.boolean().default(false),
      }),
    )
    .max(20),
});

export const evaluationInput = z.object({
  morality: text(2000),
  ability: text(2000),
  diligence: text(2000),
  performance: text(2000),
  integrity: text(2000),
  conclusion: text(2000),
  recordedOn: pastDay,
});

export const fourMustInput = z.object({
  must: z.enum(FOUR_MUSTS),
  doneOn: pastDay,
  result: text(2000),
  evidence: text(500),
});

/** The documents behind one of the four musts (档案审核意见, 纪委回复 …), filed with its record. */
export const fourMustEvidence: AttachmentOwner = {
  label: { zh: '四必记录', en: 'Four-musts record' },
  readPermission: P.read,
  writePermission: P.record,
  accepts: DOCUMENT_KINDS,
  find: ownerRow((tx) => tx.fourMustRecord),
};

/** 干部档案必审 is not done on an archive whose facts were never checked (档案专项审核). */
async function refuseUnverifiedArchive(write: CaseWrite, candidate: NamedCandidate) {
  const cadre = await write.tx.cadre.findFirstOrThrow({
    where: { id: candidate.cadreId, districtId: write.districtId },
    select: { partyJoinDate: true, verifications: { select: { fact: true } } },
  });
  const problem = archiveReviewProblem(
    unverifiedArchiveFacts(cadre).map((fact) => ARCHIVE_FACT_LABELS[fact]),
  );
  if (problem) {
    throw new RuleViolationError('SELECTION_ARCHIVE_UNVERIFIED', {
      zh: `${candidate.name}：${problem.zh}`,
      en: `${candidate.name}: ${problem.en}`,
    });
  }
}

const INSPECTING: readonly Stage[] = ['INSPECTION'];
const BEFORE_MEETING: readonly Stage[] = ['INSPECTION', 'DELIBERATION'];

/** 考察方案 and 考察预告, replaced as a whole. */
export const recordInspectionPlan: CaseStep<z.output<typeof planInput>> = {
  stages: INSPECTING,
  async run(write, input) {
    const data = {
      ...input,
      endsOn: input.endsOn ?? null,
      announcedOn: input.announcedOn ?? null,
    };
    const caseId = write.selectionCase.id;
    const before = await write.tx.inspection.findUnique({ where: { caseId } });
    await write.tx.inspection.upsert({
      where: { caseId },
      create: { ...data, caseId, districtId: write.districtId },
      update: data,
    });
    await auditCase(write, 'inspection.plan', changedFields(before ?? {}, data));
  },
};

/** 考察组: two members at least, one of them the supervisor (监督员); replaces the team. */
export const setInspectionTeam: CaseStep<z.output<typeof teamInput>['members']> = {
  stages: INSPECTING,
  async run(write, members) {
    const problems = inspectionTeamProblems(members);
    if (problems.length > 0) {
      throw new RuleViolationError('SELECTION_INSPECTION_TEAM_INCOMPLETE', {
        zh: problems.map((p) => p.zh).join('；'),
        en: problems.map((p) => p.en).join('; '),
      });
    }
    const caseId = write.selectionCase.id;
    const before = await write.tx.inspectionTeamMember.findMany({ where: { caseId } });
    await write.tx.inspectionTeamMember.deleteMany({ where: { caseId } });
    await write.tx.inspectionTeamMember.createMany({
      data: members.map((m) => ({ ...m, caseId, districtId: write.districtId })),
    });
    await auditCase(write, 'inspection.team', {
      team: [before.map((m) => m.name), members.map((m) => m.name)],
      supervisors: members.filter((m) => m.supervisor).map((m) => m.name),
    });
  },
};

/** 德能勤绩廉 of a candidate listed for inspection. */
export const recordInspectionEvaluation: CandidateStep<z.output<typeof evaluationInput>> = {
  stages: INSPECTING,
  async run(write, candidate, input) {
    candidateIn(candidate, ['LISTED']);
    const before = await write.tx.inspectionEvaluation.findUnique({
      where: { candidateId: candidate.id },
    });
    await write.tx.inspectionEvaluation.upsert({
      where: { candidateId: candidate.id },
      create: { ...input, candidateId: candidate.id, districtId: write.districtId },
      update: input,
    });
    await auditCase(write, 'inspection.evaluation', {
      candidateId: candidate.id,
      ...changedFields(before ?? {}, input),
    });
  },
};

type FourMustInput = z.output<typeof fourMustInput>;

/** One of the four musts (四必) of a listed candidate; 干部档案必审 only on a verified archive. */
export const recordFourMust: CandidateStep<FourMustInput> = {
  stages: BEFORE_MEETING,
  async run(write, candidate, input) {
    candidateIn(candidate, ['LISTED']);
    if (input.must === 'ARCHIVE_REVIEW') await refuseUnverifiedArchive(write, candidate);
    await saveFourMust(write, candidate, input);
  },
};

/**
 * What `recordFourMust` writes once its rules are met. Only the demo calls it directly, for the
 * one rule it cannot meet (see seed.ts).
 */
export async function saveFourMust(
  write: CaseWrite,
  candidate: NamedCandidate,
  input: FourMustInput,
): Promise<void> {
  const key = { candidateId_must: { candidateId: candidate.id, must: input.must } };
  const before = await write.tx.fourMustRecord.findUnique({ where: key });
  await write.tx.fourMustRecord.upsert({
    where: key,
    create: { ...input, candidateId: candidate.id, districtId: write.districtId },
    update: input,
  });
  await auditCase(write, 'inspection.four-must', {
    candidateId: candidate.id,
    ...changedFields(before ?? {}, input),
  });
}

export function registerInspection(
  { builder, subGraphs }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;
  const FourMustEnum = builder.enumType('FourMust', {
    subGraphs,
    description: '凡提四必',
    values: Object.fromEntries(
      FOUR_MUSTS.map((m) => [m, { description: FOUR_MUST_LABELS[m].zh }]),
    ) as Record<FourMust, { description: string }>,
  });

  builder.prismaObject('Inspection', {
    subGraphs,
    description: '考察方案 and 考察预告: who is inspected and the team come from the case',
    fields: (t) => ({
      plan: t.exposeString('plan'),
      startsOn: t.expose('startsOn', { type: 'Date' }),
      endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
      announcedOn: t.expose('announcedOn', { type: 'Date', nullable: true }),
      timeAndGoal: t.exposeString('timeAndGoal', { nullable: true }),
      supervisionPhone: t.exposeString('supervisionPhone', { nullable: true }),
      reportChannels: t.exposeString('reportChannels', { nullable: true }),
      preAnnouncementProblems: t.stringList({
        description: 'What the pre-announcement still lacks of the four publics (四个公开)',
        select: {
          selectionCase: {
            select: {
              teamMembers: { select: { name: true } },
              candidates: { where: { status: 'LISTED' }, select: { cadreId: true } },
            },
          },
        },
        resolve: (inspection, _args, ctx) =>
          preAnnouncementProblems({
            subjects: inspection.selectionCase.candidates.map((c) => c.cadreId),
            timeAndGoal: inspection.timeAndGoal,
            teamMembers: inspection.selectionCase.teamMembers.map((m) => m.name),
            supervisionPhone: inspection.supervisionPhone,
            reportChannels: inspection.reportChannels,
          }).map((p) => p[ctx.language]),
      }),
    }),
  });

  builder.prismaObject('InspectionTeamMember', {
    subGraphs,
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      affiliation: t.exposeString('affiliation', { nullable: true }),
      supervisor: t.exposeBoolean('supervisor', { description: '监督员 (纪检监察干部)' }),
    }),
  });

  builder.prismaObject('InspectionEvaluation', {
    subGraphs,
    description: '德能勤绩廉',
    fields: (t) => ({
      morality: t.exposeString('morality', { description: '德' }),
      ability: t.exposeString('ability', { description: '能' }),
      diligence: t.exposeString('diligence', { description: '勤' }),
      performance: t.exposeString('performance', { description: '绩' }),
      integrity: t.exposeString('integrity', { description: '廉' }),
      conclusion: t.exposeString('conclusion'),
      recordedOn: t.expose('recordedOn', { type: 'Date' }),
    }),
  });

  builder.prismaObject('FourMustRecord', {
    subGraphs,
    fields: (t) => ({
      id: t.exposeID('id', {
        description: 'Attach its documents as owner type SelectionFourMustEvidence',
      }),
      must: t.field({ type: FourMustEnum, resolve: (r) => r.must }),
      label: t.string({ resolve: (r, _args, ctx) => FOUR_MUST_LABELS[r.must][ctx.language] }),
      doneOn: t.expose('doneOn', { type: 'Date' }),
      result: t.exposeString('result'),
      evidence: t.exposeString('evidence', { description: 'Where the result can be checked' }),
    }),
  });

  builder.prismaObjectFields(SelectionCase, (t) => ({
    inspection: t.relation('inspection', { nullable: true }),
    teamMembers: t.relation('teamMembers', {
      complexity: LIST_COST.teamMembers,
      query: { orderBy: { name: 'asc' } },
    }),
    teamProblems: t.stringList({
      description: 'What the team still lacks: two members, a supervisor (监督员)',
      select: { teamMembers: { select: { name: true, supervisor: true } } },
      resolve: (c, _args, ctx) => inspectionTeamProblems(c.teamMembers).map((p) => p[ctx.language]),
    }),
  }));

  builder.prismaObjectFields(Candidate, (t) => ({
    evaluation: t.relation('evaluation', { nullable: true }),
    fourMusts: t.relation('fourMusts', {
      complexity: LIST_COST.fourMusts,
      query: { orderBy: { must: 'asc' } },
    }),
    missingFourMusts: t.field({
      type: [FourMustEnum],
      description: 'The four musts not yet done with a date, a result and evidence',
      select: { fourMusts: true },
      resolve: (c) => missingFourMusts(c.fourMusts),
    }),
  }));

  const PlanInput = builder.inputType('InspectionPlanInput', {
    subGraphs,
    fields: (t) => ({
      plan: t.string({ description: '考察方案' }),
      startsOn: t.field({ type: 'Date' }),
      endsOn: t.field({ type: 'Date', required: false }),
      announcedOn: t.field({ type: 'Date', required: false, description: '考察预告发布之日' }),
      timeAndGoal: t.string({ required: false, description: '考察时间和目标' }),
      supervisionPhone: t.string({ required: false, description: '监督电话' }),
      reportChannels: t.string({ required: false, description: '反映问题的途径和方式' }),
    }),
  });
  const TeamMemberInput = builder.inputType('InspectionTeamMemberInput', {
    subGraphs,
    fields: (t) => ({
      name: t.string(),
      affiliation: t.string({ required: false }),
      supervisor: t.boolean({ required: false }),
    }),
  });
  const EvaluationInput = builder.inputType('InspectionEvaluationInput', {
    subGraphs,
    fields: (t) => ({
      morality: t.string(),
      ability: t.string(),
      diligence: t.string(),
      performance: t.string(),
      integrity: t.string(),
      conclusion: t.string(),
      recordedOn: t.field({ type: 'Date' }),
    }),
  });
  const FourMustInput = builder.inputType('FourMustInput', {
    subGraphs,
    fields: (t) => ({
      must: t.field({ type: FourMustEnum }),
      doneOn: t.field({ type: 'Date' }),
      result: t.string(),
      evidence: t.string({ description: 'A document number, a file, the reply’s reference' }),
    }),
  });

  builder.mutationFields((t) => ({
    recordInspectionPlan: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: '考察方案 and 考察预告 (time and goal, supervision phone, how to report)',
      authScopes: { permission: P.record },
      errors: {},
      args: { caseId: t.arg.globalID({ for: SelectionCase }), input: t.arg({ type: PlanInput }) },
      resolve: (query, _root, args, ctx) =>
        runCaseStep(
          ctx,
          args.caseId.id,
          recordInspectionPlan,
          parseInput(planInput, args.input),
          query,
        ),
    }),
    setInspectionTeam: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '考察组: two members at least, one of them the discipline supervisor (监督员); ' +
        'replaces the team. Refused with SELECTION_INSPECTION_TEAM_INCOMPLETE',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        members: t.arg({ type: [TeamMemberInput] }),
      },
      resolve: (query, _root, args, ctx) => {
        const { members } = parseInput(teamInput, { members: args.members }, ['members']);
        return runCaseStep(ctx, args.caseId.id, setInspectionTeam, members, query);
      },
    }),
    recordInspectionEvaluation: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: '德能勤绩廉 of a candidate listed for inspection',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: EvaluationInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          recordInspectionEvaluation,
          parseInput(evaluationInput, args.input),
          query,
        ),
    }),
    recordFourMust: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: 'One of the four musts (四必) of a candidate: when, the result, the evidence',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: FourMustInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          recordFourMust,
          parseInput(fourMustInput, args.input),
          query,
        ),
    }),
    runSelectionIntegrityCheck: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        'Runs core’s integrity check (带病提拔 prevention) for every candidate listed for ' +
        'inspection and stores it with the case (`workflowCase.integrityChecks`)',
      authScopes: { permission: P.record },
      errors: {},
      args: { caseId: t.arg.globalID({ for: SelectionCase }) },
      resolve: async (query, _root, args, ctx) => {
        const district = districtOf(ctx);
        const caseId = args.caseId.id;
        // The check writes in a transaction of its own; this one only reads what it is run for.
        const { cadreIds, purpose } = await ctx.db.transaction(district.id, async (tx) => {
          const stage = await lockCase(tx, district.id, caseId);
          if (!stage) throw new NotFoundError(CASE_LABEL);
          if (!BEFORE_MEETING.includes(stage)) throw wrongStage(stage, BEFORE_MEETING);
          const [listed, selectionCase] = await Promise.all([
            tx.selectionCandidate.findMany({
              where: { caseId, status: 'LISTED' },
              select: { cadreId: true },
            }),
            tx.selectionCase.findUniqueOrThrow({
              where: { id: caseId },
              select: { adjustmentType: true, importantPost: true },
            }),
          ]);
          return {
            cadreIds: listed.map((c) => c.cadreId),
            purpose: integrityPurposeOf(selectionCase),
          };
        });
        if (cadreIds.length === 0) {
          throw new RuleViolationError('SELECTION_NO_LISTED_CANDIDATE', {
            zh: '没有考察对象可供核查',
            en: 'No candidate is listed for inspection',
          });
        }
        await runIntegrityCheck(
          {
            db: ctx.db,
            districtId: district.id,
            enabledPlugins: district.enabledPlugins,
            plugins: ctx.plugins,
          },
          cadreIds,
          { purpose, record: { caseId, actor: actorOf(ctx) } },
        );
        return ctx.prisma.selectionCase.findUniqueOrThrow({
          ...selecting(query),
          where: { id: caseId },
        });
      },
    }),
  }));
}
