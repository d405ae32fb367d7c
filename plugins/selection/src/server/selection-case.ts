import {
  bilingual,
  changedFields,
  districtOf,
  loaderFor,
  NotFoundError,
  openCaseIn,
  pageCost,
  parseInput,
  quotaAtRank,
  RuleViolationError,
  selecting,
  type PluginSchemaContext,
  type RequestContext,
} from '@cadre/core';
import type { Prisma, Rank, SelectionAdjustmentType, SelectionCase } from '@cadre/db/client';
import { z } from 'zod';
import { ADJUSTMENT_TYPE_LABELS, ADJUSTMENT_TYPES, motionQuotaCheck } from '../domain/index.ts';
import { selectionWorkflow } from '../workflow.ts';
import {
  auditCase,
  type CaseStep,
  changesOf,
  runCaseStep,
  type SelectionWriter,
  writeAsViewer,
} from './case-access.ts';
import { optionalText, pastDay, text } from './inputs.ts';
import { unitOf, workflowCaseOf } from './loaders.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import { FINAL_STAGES, SELECTION_CASE_TYPE, type Stage, STAGE_LABELS, STAGES } from './stages.ts';
import { LIST_COST } from './list-costs.ts';

// 选拔任用事项: the case with its motion (动议), the list and the profile section on the cadre.

const UNIT_LABEL = { zh: '单位', en: 'Unit' };

export const motionInput = z.object({
  title: text(200),
  unitId: z.string(),
  postTitle: text(60),
  adjustmentType: z.enum(ADJUSTMENT_TYPES),
  posts: z.number().int().min(1).max(20).default(1),
  importantPost: z.boolean().default(false),
  principalPost: z.boolean().default(false),
  analysisNote: text(4000),
  quotaJustification: optionalText(2000),
});

export const higherApprovalInput = z
  .object({
    reportedOn: pastDay,
    approvedOn: pastDay.nullish(),
    reference: optionalText(100),
  })
  .refine((i) => !i.approvedOn || i.approvedOn >= i.reportedOn, {
    path: ['approvedOn'],
    message: bilingual('批复日期不能早于报告日期', 'The consent cannot precede the report'),
  })
  .refine((i) => !i.approvedOn || i.reference, {
    path: ['reference'],
    message: bilingual('须注明批复文号', 'The consent needs its reference'),
  });

/** Refuses a post without a vacancy unless it was justified by someone allowed to (职数). */
export function vacancyOrRefuse(check: ReturnType<typeof motionQuotaCheck>) {
  if (!check.allowed) throw new RuleViolationError('SELECTION_NO_VACANCY', check.reason);
  return check;
}

/** 动议: the case for a post, with the unit's quota line at its level kept as it stands. */
export async function openSelectionCaseIn(
  writer: SelectionWriter,
  input: z.output<typeof motionInput> & { targetRank: Rank },
): Promise<string> {
  const { tx, audit, emit, actor, at } = writer;
  const { targetRank } = input;
  const districtId = actor.districtId;
  const unit = await tx.unit.findFirst({ where: { id: input.unitId, districtId } });
  if (!unit) throw new NotFoundError(UNIT_LABEL);
  const figures = await quotaAtRank(tx, districtId, unit.id, targetRank);
  // A removal frees a post: only appointments are held to the quota.
  const { overQuota } =
    input.adjustmentType === 'REMOVAL'
      ? { overQuota: false }
      : vacancyOrRefuse(
          motionQuotaCheck({
            figures,
            justification: input.quotaJustification,
            mayOverride: writer.permissions.has(P.overrideQuota),
          }),
        );
  const workflowCase = await openCaseIn(writer, selectionWorkflow, { title: input.title });
  const data = {
    unitId: unit.id,
    postTitle: input.postTitle,
    targetRank,
    adjustmentType: input.adjustmentType,
    posts: input.posts,
    importantPost: input.importantPost,
    principalPost: input.principalPost,
    quotaApproved: figures.approved,
    quotaFilled: figures.filled,
    overQuota,
    quotaJustification: input.quotaJustification,
    analysisNote: input.analysisNote,
  };
  await tx.selectionCase.create({
    data: { id: workflowCase.id, districtId, ...data, createdAt: at },
  });
  await audit({
    operation: 'selection.case.open',
    targetType: 'SelectionCase',
    targetId: workflowCase.id,
    changes: changedFields({}, data),
  });
  await emit('selection.case.opened', {
    caseId: workflowCase.id,
    unitId: unit.id,
    postTitle: input.postTitle,
    targetRank,
    adjustmentType: input.adjustmentType,
    overQuota,
  });
  return workflowCase.id;
}

/** 先报告，待批复后再上会: an important post's report to the higher department, and its consent. */
export const recordHigherApproval: CaseStep<z.output<typeof higherApprovalInput>> = {
  stages: ['MOTION', 'RECOMMENDATION', 'INSPECTION', 'DELIBERATION'],
  async run(write, input) {
    if (!write.selectionCase.importantPost) {
      throw new RuleViolationError('SELECTION_NOT_AN_IMPORTANT_POST', {
        zh: '该职位不是重要岗位，无须报上级组织部门批复',
        en: 'This post is not an important one; no higher consent is needed',
      });
    }
    const data = {
      higherReportedOn: input.reportedOn,
      higherApprovedOn: input.approvedOn ?? null,
      higherApprovalReference: input.reference,
    };
    await write.tx.selectionCase.update({ where: { id: write.selectionCase.id }, data });
    await auditCase(write, 'case.higher-approval', changesOf(write.selectionCase, data));
  },
};

interface CaseFilter {
  stage?: Stage | null;
  unitId?: { id: string } | null;
  search?: string | null;
}

/** The list's filter: the stage and the title live in core's workflow case of the same id. */
async function caseWhere(
  ctx: RequestContext,
  args: CaseFilter,
): Promise<Prisma.SelectionCaseWhereInput> {
  const districtId = districtOf(ctx).id;
  const search = args.search?.trim();
  const caseIds = async (where: Prisma.WorkflowCaseWhereInput) =>
    (
      await ctx.prisma.workflowCase.findMany({
        where: { districtId, caseType: SELECTION_CASE_TYPE, ...where },
        select: { id: true },
      })
    ).map((c) => c.id);
  return {
    districtId,
    ...(args.unitId ? { unitId: args.unitId.id } : {}),
    AND: [
      args.stage ? { id: { in: await caseIds({ state: args.stage }) } } : {},
      search
        ? {
            OR: [
              { postTitle: { contains: search } },
              { id: { in: await caseIds({ title: { contains: search } }) } },
            ],
          }
        : {},
    ],
  };
}

export function registerSelectionCase({ builder, subGraphs, core }: PluginSchemaContext) {
  const StageEnum = builder.enumType('SelectionStage', {
    subGraphs,
    description: '选拔任用的环节 (the state of the case’s workflow)',
    values: Object.fromEntries(
      STAGES.map((stage) => [stage, { description: STAGE_LABELS[stage].zh }]),
    ) as Record<Stage, { description: string }>,
  });

  const AdjustmentType = builder.enumType('SelectionAdjustmentType', {
    subGraphs,
    values: Object.fromEntries(
      ADJUSTMENT_TYPES.map((type) => [type, { description: ADJUSTMENT_TYPE_LABELS[type].zh }]),
    ) as Record<SelectionAdjustmentType, { description: string }>,
  });

  const stageOf = async (ctx: RequestContext, c: SelectionCase) =>
    (await workflowCaseOf(ctx, c.id)).state as Stage;

  const SelectionCaseRef = builder.prismaNode('SelectionCase', {
    subGraphs,
    id: { field: 'id' },
    description: '选拔任用事项: one post to fill, from the motion to the end of probation',
    fields: (t) => ({
      workflowCase: t.field({
        type: core.WorkflowCase,
        description: 'The case in core: history (全程纪实), available steps, integrity checks',
        resolve: (c, _args, ctx) => workflowCaseOf(ctx, c.id),
      }),
      title: t.string({
        resolve: async (c, _args, ctx) => (await workflowCaseOf(ctx, c.id)).title,
      }),
      stage: t.field({ type: StageEnum, resolve: (c, _args, ctx) => stageOf(ctx, c) }),
      stageLabel: t.string({
        resolve: async (c, _args, ctx) => STAGE_LABELS[await stageOf(ctx, c)][ctx.language],
      }),
      version: t.int({
        description: 'Send it as `expectedVersion` with a step that moves the case',
        resolve: async (c, _args, ctx) => (await workflowCaseOf(ctx, c.id)).version,
      }),
      closed: t.boolean({
        description: 'Formally appointed, reverted after probation, or withdrawn',
        resolve: async (c, _args, ctx) => FINAL_STAGES.includes(await stageOf(ctx, c)),
      }),
      unit: t.field({ type: core.Unit, resolve: (c, _args, ctx) => unitOf(ctx, c.unitId) }),
      postTitle: t.exposeString('postTitle', { description: '拟任职务' }),
      targetRank: t.field({ type: core.enums.Rank, resolve: (c) => c.targetRank }),
      adjustmentType: t.field({ type: AdjustmentType, resolve: (c) => c.adjustmentType }),
      posts: t.exposeInt('posts', { description: 'Posts to fill (差额: more candidates)' }),
      importantPost: t.exposeBoolean('importantPost', {
        description: '重要岗位: reported to the higher department, voted on after its consent',
      }),
      higherReportedOn: t.expose('higherReportedOn', { type: 'Date', nullable: true }),
      higherApprovedOn: t.expose('higherApprovedOn', { type: 'Date', nullable: true }),
      higherApprovalReference: t.exposeString('higherApprovalReference', { nullable: true }),
      principalPost: t.exposeBoolean('principalPost', {
        description: '党政正职: decided by the full committee (全委会票决)',
      }),
      quotaApproved: t.exposeInt('quotaApproved', {
        description: '核定职数 at the post’s level in the unit when the motion was made',
      }),
      quotaFilled: t.exposeInt('quotaFilled', { description: '实际配备 then' }),
      overQuota: t.exposeBoolean('overQuota', {
        description: 'Moved without a vacancy, on the recorded justification',
      }),
      quotaJustification: t.exposeString('quotaJustification', { nullable: true }),
      analysisNote: t.exposeString('analysisNote', { description: '动议分析' }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      recordUrl: t.string({
        description: 'The printable full-process record (全程纪实表)',
        resolve: (c) => `/cases/${c.id}/record.html`,
      }),
    }),
  });

  builder.queryFields((t) => ({
    selectionCases: t.prismaConnection(
      {
        type: 'SelectionCase',
        cursor: 'id',
        subGraphs,
        description: 'Selection cases of the viewer’s district, newest first',
        authScopes: { permission: P.read },
        complexity: pageCost,
        args: {
          stage: t.arg({ type: StageEnum, required: false }),
          unitId: t.arg.globalID({ for: core.Unit, required: false }),
          search: t.arg.string({
            required: false,
            description: 'Part of the title or the post',
          }),
        },
        totalCount: async (_connection, args, ctx) =>
          ctx.prisma.selectionCase.count({ where: await caseWhere(ctx, args) }),
        resolve: async (query, _root, args, ctx) =>
          ctx.prisma.selectionCase.findMany({
            ...query,
            where: await caseWhere(ctx, args),
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
      },
      { subGraphs },
      { subGraphs },
    ),
    selectionCase: t.prismaField({
      type: SelectionCaseRef,
      nullable: true,
      subGraphs,
      description: 'A selection case; another district’s id answers null, too',
      authScopes: { permission: P.read },
      args: { id: t.arg.globalID({ for: SelectionCaseRef }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.selectionCase.findFirst({
          ...selecting(query),
          where: { id: args.id.id, districtId: districtOf(ctx).id },
        }),
    }),
  }));

  builder.objectField(core.Cadre, 'selectionCases', (t) =>
    t.field({
      type: [SelectionCaseRef],
      nullable: true,
      subGraphs,
      description:
        'The selection cases the cadre is a candidate in (profile section), newest first',
      authScopes: { permission: P.read },
      complexity: LIST_COST.casesOfCadre,
      resolve: (cadre, _args, ctx) =>
        loaderFor<SelectionCase[]>(
          ctx,
          'selection.casesOfCadre',
          async (cadreIds) => {
            const candidates = await ctx.prisma.selectionCandidate.findMany({
              where: { districtId: districtOf(ctx).id, cadreId: { in: [...cadreIds] } },
              include: { selectionCase: true },
              orderBy: { createdAt: 'desc' },
            });
            return cadreIds.map((id) => [
              id,
              candidates.filter((c) => c.cadreId === id).map((c) => c.selectionCase),
            ]);
          },
          [],
        ).load(cadre.id),
    }),
  );

  const OpenInput = builder.inputType('OpenSelectionCaseInput', {
    subGraphs,
    fields: (t) => ({
      title: t.string({ description: 'e.g. 东湖街道办事处副主任人选' }),
      unitId: t.globalID({ for: core.Unit }),
      postTitle: t.string({ description: '拟任职务' }),
      targetRank: t.field({ type: core.enums.Rank }),
      adjustmentType: t.field({ type: AdjustmentType }),
      posts: t.int({ required: false, description: '1 by default' }),
      importantPost: t.boolean({ required: false }),
      principalPost: t.boolean({ required: false }),
      analysisNote: t.string({ description: '动议分析: why this post, why now' }),
      quotaJustification: t.string({
        required: false,
        description: 'Needed (with selection.quota.override) when the unit has no vacancy',
      }),
    }),
  });

  builder.mutationField('openSelectionCase', (t) =>
    t.prismaField({
      type: SelectionCaseRef,
      subGraphs,
      description:
        '动议: open a case for a post. Refused with SELECTION_NO_VACANCY when the unit has no ' +
        'vacancy at the post’s level, unless justified by someone holding selection.quota.override',
      authScopes: { permission: P.open },
      errors: {},
      args: { input: t.arg({ type: OpenInput }) },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(motionInput, { ...args.input, unitId: args.input.unitId.id });
        return writeAsViewer(ctx, async (writer) => {
          const caseId = await openSelectionCaseIn(writer, {
            ...input,
            targetRank: args.input.targetRank,
          });
          return writer.tx.selectionCase.findUniqueOrThrow({
            ...selecting(query),
            where: { id: caseId },
          });
        });
      },
    }),
  );

  const HigherApprovalInput = builder.inputType('SelectionHigherApprovalInput', {
    subGraphs,
    fields: (t) => ({
      reportedOn: t.field({ type: 'Date', description: '向上级组织部门报告之日' }),
      approvedOn: t.field({ type: 'Date', required: false, description: '批复之日' }),
      reference: t.string({ required: false, description: '批复文号' }),
    }),
  });

  builder.mutationField('recordSelectionHigherApproval', (t) =>
    t.prismaField({
      type: SelectionCaseRef,
      subGraphs,
      description:
        '先报告，待批复后再上会: the report of an important post to the higher organization ' +
        'department and, once given, its consent',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCaseRef }),
        input: t.arg({ type: HigherApprovalInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCaseStep(
          ctx,
          args.caseId.id,
          recordHigherApproval,
          parseInput(higherApprovalInput, args.input),
          query,
        ),
    }),
  );

  return { SelectionCase: SelectionCaseRef };
}
