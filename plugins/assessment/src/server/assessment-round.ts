import {
  actorOf,
  bilingual,
  changedFields,
  districtOf,
  NotFoundError,
  openCaseIn,
  pageCost,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  RuleViolationError,
  selecting,
  type Transaction,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import type { AssessmentGroup, AssessmentKind, AssessmentRound, Prisma } from '@cadre/db/client';
import { z } from 'zod';
import { GROUP_LABELS } from '../domain/grades.ts';
import {
  DEFAULT_ITEMS,
  DEFAULT_SUBJECTS,
  inGroup,
  KIND_LABELS,
  roundWeights,
} from '../domain/round-setup.ts';
import { roundWorkflow } from '../workflow.ts';
import { assessmentConfigOf } from './config.ts';
import { assessmentYear, optionalText, text } from './inputs.ts';
import { unitOf } from './loaders.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { workflowCaseOf } from './round-loaders.ts';
import { ROUND_STAGE_LABELS, ROUND_STAGES, type RoundStage } from './stages.ts';

// 年度考核, 专项考核, 任期考核: one engine. A round is opened with its defaults — the district's
// 优秀 cap and weights, the group's subjects, the items 德能勤绩廉 and the group's serving cadres
// of its scope — which staff adjust until scoring starts.

const UNIT_LABEL = { zh: '单位', en: 'Unit' };
const STATES = [...ROUND_STAGES, 'WITHDRAWN'] as const;
const ENDS: ReadonlySet<string> = new Set(['CONCLUDED', 'WITHDRAWN']);
const KINDS = Object.keys(KIND_LABELS) as [AssessmentKind, ...AssessmentKind[]];
const GROUPS = Object.keys(GROUP_LABELS) as [AssessmentGroup, ...AssessmentGroup[]];

const ANNUAL_ONLY = bilingual(
  '年度考核覆盖全区全年，不设考核期间、主题和范围',
  'An annual round covers the whole district and year: no period, topic or scope',
);
const REQUIRED = bilingual('专项考核和任期考核须填写', 'Required for special and term rounds');

export const openRoundInput = z
  .object({
    kind: z.enum(KINDS),
    group: z.enum(GROUPS),
    year: assessmentYear,
    title: text(200),
    periodStart: z.date().nullish(),
    periodEnd: z.date().nullish(),
    topic: optionalText(200),
    scopeUnitId: z.string().nullish(),
  })
  .superRefine((input, issues) => {
    const periodic = {
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      topic: input.topic,
    };
    for (const [field, value] of Object.entries(periodic)) {
      if (input.kind === 'ANNUAL' && value) {
        issues.addIssue({ code: 'custom', path: [field], message: ANNUAL_ONLY });
      } else if (input.kind !== 'ANNUAL' && !value) {
        issues.addIssue({ code: 'custom', path: [field], message: REQUIRED });
      }
    }
    if (input.kind === 'ANNUAL' && input.scopeUnitId) {
      issues.addIssue({ code: 'custom', path: ['scopeUnitId'], message: ANNUAL_ONLY });
    }
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      issues.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: bilingual('截止日期不能早于开始日期', 'The period cannot end before it starts'),
      });
    }
  });
export type OpenRoundInput = z.infer<typeof openRoundInput>;

/** Waits for another round of the same year and group being opened; released at commit. */
async function lockGroupYear(tx: Transaction, districtId: string, year: number, group: string) {
  const key = `assessment.round:${districtId}:${year}:${group}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** 年度考核 is once a year per group: a second one (not withdrawn) is refused. */
async function refuseSecondAnnual(
  tx: Transaction,
  districtId: string,
  year: number,
  group: AssessmentGroup,
) {
  await lockGroupYear(tx, districtId, year, group);
  const rounds = await tx.assessmentRound.findMany({
    where: { districtId, kind: 'ANNUAL', year, group },
    select: { id: true },
  });
  const open = await tx.workflowCase.findFirst({
    where: { districtId, id: { in: rounds.map((r) => r.id) }, state: { not: 'WITHDRAWN' } },
    select: { title: true },
  });
  if (open) {
    throw new RuleViolationError('ASSESSMENT_ROUND_EXISTS', {
      zh: `${year}年度${GROUP_LABELS[group].zh}年度考核已发起（${open.title}）`,
      en: `The annual assessment of ${GROUP_LABELS[group].en} for ${year} exists: ${open.title}`,
    });
  }
}

/** The serving cadres of the scope (the whole district without one) that the group assesses. */
export async function participantsFor(
  tx: Transaction,
  districtId: string,
  group: AssessmentGroup,
  scopePath: string | null,
) {
  const cadres = await tx.cadre.findMany({
    where: {
      districtId,
      status: 'ACTIVE',
      ...(scopePath ? { unit: { path: { startsWith: scopePath } } } : {}),
    },
    select: {
      id: true,
      rank: true,
      unitId: true,
      unit: { select: { category: true } },
      _count: { select: { teamSeats: true } },
    },
  });
  return cadres.filter((c) =>
    inGroup(group, { rank: c.rank, teamSeats: c._count.teamSeats, unitCategory: c.unit.category }),
  );
}

interface RoundFilter {
  year?: number | null;
  kind?: AssessmentKind | null;
  group?: AssessmentGroup | null;
}

const roundWhere = (ctx: RequestContext, args: RoundFilter): Prisma.AssessmentRoundWhereInput => ({
  districtId: districtOf(ctx).id,
  ...(args.year ? { year: args.year } : {}),
  ...(args.kind ? { kind: args.kind } : {}),
  ...(args.group ? { group: args.group } : {}),
});

/**
 * 发起考核: opens a round with its defaults, audited in the writer's transaction; the mutation's
 * for the viewer, the demo's for its office. Answers the round's id.
 */
export async function openRound(writer: WriteScope, input: OpenRoundInput): Promise<string> {
  const { tx, audit } = writer;
  const districtId = writer.actor.districtId;
  const scope = input.scopeUnitId
    ? await tx.unit.findFirst({ where: { id: input.scopeUnitId, districtId } })
    : null;
  if (input.scopeUnitId && !scope) throw new NotFoundError(UNIT_LABEL);
  if (input.kind === 'ANNUAL') {
    await refuseSecondAnnual(tx, districtId, input.year, input.group);
  }
  const config = await assessmentConfigOf(tx, districtId);
  const workflowCase = await openCaseIn(writer, roundWorkflow, {
    title: input.title,
  });
  const roundId = workflowCase.id;
  const data = {
    kind: input.kind,
    group: input.group,
    year: input.year,
    title: input.title,
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
    topic: input.topic,
    scopeUnitId: scope?.id ?? null,
    excellentCapPercent: config.excellentCap[input.group].normal,
    ...roundWeights(input.kind, input.group, config),
  };
  await tx.assessmentRound.create({ data: { id: roundId, districtId, ...data } });
  const subjects = DEFAULT_SUBJECTS[input.group];
  await tx.evaluationSubject.createMany({
    data: subjects.map((s) => ({ districtId, roundId, ...s })),
  });
  await tx.evaluationItem.createMany({
    data: DEFAULT_ITEMS.map((item, position) => ({
      districtId,
      roundId,
      ...item,
      position,
    })),
  });
  const cadres = await participantsFor(tx, districtId, input.group, scope?.path ?? null);
  await tx.roundParticipant.createMany({
    data: cadres.map((c) => ({ districtId, roundId, cadreId: c.id, unitId: c.unitId })),
  });
  await audit({
    operation: 'assessment.round.open',
    targetType: 'AssessmentRound',
    targetId: roundId,
    changes: {
      ...changedFields({}, data),
      subjects,
      items: DEFAULT_ITEMS,
      cadreIds: cadres.map((c) => c.id),
    },
  });
  return roundId;
}

export function registerAssessmentRound({ builder, subGraphs, core }: PluginSchemaContext) {
  const Kind = builder.enumType('AssessmentKind', {
    subGraphs,
    values: Object.fromEntries(
      Object.entries(KIND_LABELS).map(([kind, label]) => [kind, { description: label.zh }]),
    ) as Record<AssessmentKind, { description: string }>,
  });

  const Group = builder.enumType('AssessmentGroup', {
    subGraphs,
    description: 'The assessed group: it sets the grade names and the 优秀 cap',
    values: Object.fromEntries(
      Object.entries(GROUP_LABELS).map(([group, label]) => [group, { description: label.zh }]),
    ) as Record<AssessmentGroup, { description: string }>,
  });

  const Stage = builder.enumType('AssessmentRoundStage', {
    subGraphs,
    description: '考核的环节 (the state of the round’s workflow)',
    values: Object.fromEntries(
      STATES.map((stage) => [stage, { description: ROUND_STAGE_LABELS[stage].zh }]),
    ) as Record<RoundStage | 'WITHDRAWN', { description: string }>,
  });

  const stageOf = async (ctx: RequestContext, r: AssessmentRound) =>
    (await workflowCaseOf(ctx, r.id)).state as RoundStage | 'WITHDRAWN';

  const AssessmentRoundRef = builder.prismaNode('AssessmentRound', {
    subGraphs,
    id: { field: 'id' },
    description:
      '考核: an annual (年度), special (专项) or term (任期) assessment of one group, from the ' +
      'setup through scoring by weighted subjects to the grades',
    fields: (t) => ({
      workflowCase: t.field({
        type: core.WorkflowCase,
        description:
          'The round in core: history (全程纪实) and the steps it can take (`transitionCase`: ' +
          'start-scoring, start-allocation, conclude, withdraw)',
        resolve: (r, _args, ctx) => workflowCaseOf(ctx, r.id),
      }),
      stage: t.field({ type: Stage, resolve: (r, _args, ctx) => stageOf(ctx, r) }),
      stageLabel: t.string({
        resolve: async (r, _args, ctx) => ROUND_STAGE_LABELS[await stageOf(ctx, r)][ctx.language],
      }),
      version: t.int({
        description: 'Send it as `expectedVersion` with a step that moves the round',
        resolve: async (r, _args, ctx) => (await workflowCaseOf(ctx, r.id)).version,
      }),
      closed: t.boolean({
        description: 'Concluded or withdrawn',
        resolve: async (r, _args, ctx) => ENDS.has(await stageOf(ctx, r)),
      }),
      kind: t.field({ type: Kind, resolve: (r) => r.kind }),
      kindLabel: t.string({ resolve: (r, _args, ctx) => KIND_LABELS[r.kind][ctx.language] }),
      group: t.field({ type: Group, resolve: (r) => r.group }),
      groupLabel: t.string({ resolve: (r, _args, ctx) => GROUP_LABELS[r.group][ctx.language] }),
      year: t.exposeInt('year'),
      title: t.exposeString('title'),
      periodStart: t.expose('periodStart', { type: 'Date', nullable: true }),
      periodEnd: t.expose('periodEnd', { type: 'Date', nullable: true }),
      topic: t.exposeString('topic', { nullable: true, description: '专项考核的事项, 任期' }),
      scopeUnit: t.field({
        type: core.Unit,
        nullable: true,
        description: 'The unit whose subtree a special or term round assesses; null: the district',
        resolve: (r, _args, ctx) => (r.scopeUnitId ? unitOf(ctx, r.scopeUnitId) : null),
      }),
      excellentCapPercent: t.exposeFloat('excellentCapPercent', {
        description: '优秀 at most this percent of the participants',
      }),
      capApproval: t.exposeString('capApproval', {
        nullable: true,
        description: 'The approval of a cap above the normal one',
      }),
      dailyWeight: t.exposeFloat('dailyWeight', {
        description: 'Percent of the total from the daily assessment (平时考核)',
      }),
      unitResultWeight: t.exposeFloat('unitResultWeight', {
        description: 'Percent of a leader’s total from the unit’s results (单位实绩)',
      }),
      concludedOn: t.expose('concludedOn', { type: 'Date', nullable: true }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      participantCount: t.relationCount('participants'),
    }),
  });

  builder.queryFields((t) => ({
    assessmentRounds: t.prismaConnection(
      {
        type: 'AssessmentRound',
        cursor: 'id',
        subGraphs,
        description: 'Assessment rounds of the viewer’s district, the latest year first',
        authScopes: { permission: P.readRounds },
        complexity: pageCost,
        args: {
          year: t.arg.int({ required: false }),
          kind: t.arg({ type: Kind, required: false }),
          group: t.arg({ type: Group, required: false }),
        },
        totalCount: (_connection, args, ctx) =>
          ctx.prisma.assessmentRound.count({ where: roundWhere(ctx, args) }),
        resolve: (query, _root, args, ctx) =>
          ctx.prisma.assessmentRound.findMany({
            ...query,
            where: roundWhere(ctx, args),
            orderBy: [{ year: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
          }),
      },
      { subGraphs },
      { subGraphs },
    ),
    assessmentRound: t.prismaField({
      type: AssessmentRoundRef,
      nullable: true,
      subGraphs,
      description: 'A round; another district’s id answers null, too',
      authScopes: { permission: P.readRounds },
      args: { id: t.arg.globalID({ for: AssessmentRoundRef }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.assessmentRound.findFirst({
          ...selecting(query),
          where: { id: args.id.id, districtId: districtOf(ctx).id },
        }),
    }),
  }));

  const OpenInput = builder.inputType('OpenAssessmentRoundInput', {
    subGraphs,
    fields: (t) => ({
      kind: t.field({ type: Kind }),
      group: t.field({ type: Group }),
      year: t.int({ description: '考核年度' }),
      title: t.string({ description: 'e.g. 2025年度区管领导干部年度考核' }),
      periodStart: t.field({ type: 'Date', required: false, description: 'Special and term' }),
      periodEnd: t.field({ type: 'Date', required: false, description: 'Special and term' }),
      topic: t.string({ required: false, description: 'Special and term: the matter or the term' }),
      scopeUnitId: t.globalID({
        for: core.Unit,
        required: false,
        description: 'Special and term: the unit whose subtree is assessed; none: the district',
      }),
    }),
  });

  builder.mutationField('openAssessmentRound', (t) =>
    t.prismaField({
      type: AssessmentRoundRef,
      subGraphs,
      description:
        '发起考核: open a round with its defaults (cap, weights, subjects, items 德能勤绩廉 and the ' +
        'group’s serving cadres of the scope). A second annual round of a year and group is ' +
        'refused (ASSESSMENT_ROUND_EXISTS)',
      authScopes: { permission: P.openRound },
      errors: {},
      args: { input: t.arg({ type: OpenInput }) },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(openRoundInput, {
          ...args.input,
          scopeUnitId: args.input.scopeUnitId?.id,
        });
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit, emit) => {
          const roundId = await openRound({ tx, audit, emit, actor: actorOf(ctx) }, input);
          return tx.assessmentRound.findUniqueOrThrow({
            ...selecting(query),
            where: { id: roundId },
          });
        });
      },
    }),
  );

  return { AssessmentRound: AssessmentRoundRef, AssessmentKind: Kind, AssessmentGroup: Group };
}
