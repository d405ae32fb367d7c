import {
  districtOf,
  groupRows,
  loaderFor,
  type PluginSchemaContext,
  type RequestContext,
} from '@cadre/core';
import type {
  AssessmentConsequence,
  AssessmentRound,
  Prisma,
  RoundParticipant,
} from '@cadre/db/client';
import { GROUP_LABELS } from '../domain/grades.ts';
import { CONSEQUENCE_STATUS_LABELS } from '../domain/results.ts';
import { CONSEQUENCE_LABELS, KIND_LABELS } from '../domain/round-labels.ts';
import { LIST_COST } from './list-costs.ts';
import { unitOf } from './loaders.ts';
import type { RoundTypeRefs } from './round-refs.ts';
import { storedLabel } from './stored-label.ts';

// 考核结果: a cadre's result in a concluded round, as the results page and the profile show it —
// to a unit's assessor too. So these types carry what the result says of the round (its title,
// kind, size) and its consequences, never the round itself, whose participants are every unit's.

/** A participant's row with its round, once the round has concluded. */
export type ResultRow = RoundParticipant & { round: AssessmentRound };

/** Results of concluded rounds matching `where`: the latest year, then the latest conclusion, first. */
export function concludedResults(
  ctx: RequestContext,
  where: Prisma.RoundParticipantWhereInput,
): Promise<ResultRow[]> {
  return ctx.prisma.roundParticipant.findMany({
    where: {
      AND: [where, { districtId: districtOf(ctx).id, round: { concludedOn: { not: null } } }],
    },
    include: { round: true },
    orderBy: [
      { round: { year: 'desc' } },
      { round: { concludedOn: 'desc' } },
      { round: { createdAt: 'desc' } },
      { id: 'asc' },
    ],
  });
}

/** How many a round assessed (the n of "rank of n"), for every round of a page in one statement. */
function participantCountOf(ctx: RequestContext, roundId: string): Promise<number> {
  return loaderFor<number>(
    ctx,
    'assessment.participantCount',
    async (ids) =>
      (
        await ctx.prisma.roundParticipant.groupBy({
          by: ['roundId'],
          where: { districtId: districtOf(ctx).id, roundId: { in: [...ids] } },
          _count: { _all: true },
        })
      ).map((row) => [row.roundId, row._count._all]),
    0,
  ).load(roundId);
}

const resultKey = (roundId: string, cadreId: string) => `${roundId}:${cadreId}`;

/** What a round's conclusion proposed for a cadre, for every result of a page in one statement. */
function consequencesOfResult(ctx: RequestContext, result: ResultRow) {
  return loaderFor<AssessmentConsequence[]>(
    ctx,
    'assessment.resultConsequences',
    async (keys) => {
      const pairs = [...keys].map((key) => key.split(':'));
      const rows = await ctx.prisma.assessmentConsequence.findMany({
        where: {
          districtId: districtOf(ctx).id,
          roundId: { in: pairs.map(([roundId]) => roundId ?? '') },
          cadreId: { in: pairs.map(([, cadreId]) => cadreId ?? '') },
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return groupRows(rows, (c) => resultKey(c.roundId, c.cadreId ?? ''));
    },
    [],
  ).load(resultKey(result.roundId, result.cadreId));
}

export function registerAssessmentResult(
  { builder, subGraphs, core }: PluginSchemaContext,
  { AssessmentKind, AssessmentGroup }: Pick<RoundTypeRefs, 'AssessmentKind' | 'AssessmentGroup'>,
) {
  const ResultRound = builder.objectRef<AssessmentRound>('AssessmentResultRound').implement({
    subGraphs,
    description:
      'A concluded round as its results name it; the round itself (`assessmentRound`) needs ' +
      '`assessment.round.read`',
    fields: (t) => ({
      id: t.globalID({
        description: 'The round’s id (`AssessmentRound`)',
        resolve: (r) => ({ type: 'AssessmentRound', id: r.id }),
      }),
      title: t.exposeString('title'),
      kind: t.field({ type: AssessmentKind, resolve: (r) => r.kind }),
      kindLabel: t.string({ resolve: (r, _args, ctx) => KIND_LABELS[r.kind][ctx.language] }),
      group: t.field({ type: AssessmentGroup, resolve: (r) => r.group }),
      groupLabel: t.string({ resolve: (r, _args, ctx) => GROUP_LABELS[r.group][ctx.language] }),
      year: t.exposeInt('year'),
      concludedOn: t.expose('concludedOn', { type: 'Date', nullable: true }),
      participantCount: t.int({
        description: 'Cadres the round assessed',
        resolve: (r, _args, ctx) => participantCountOf(ctx, r.id),
      }),
    }),
  });

  const ResultConsequence = builder
    .objectRef<AssessmentConsequence>('AssessmentResultConsequence')
    .implement({
      subGraphs,
      description: '考核结果运用 as the result shows it: what it calls for and whether it was done',
      fields: (t) => ({
        kindLabel: t.string({
          resolve: (c, _args, ctx) => CONSEQUENCE_LABELS[c.kind][ctx.language],
        }),
        basis: t.string({ resolve: (c, _args, ctx) => storedLabel(c.basis)[ctx.language] }),
        pending: t.boolean({
          description: 'Not acted on yet',
          resolve: (c) => c.status === 'PENDING',
        }),
        statusLabel: t.string({
          resolve: (c, _args, ctx) => CONSEQUENCE_STATUS_LABELS[c.status][ctx.language],
        }),
        actedOn: t.expose('actedOn', { type: 'Date', nullable: true }),
        actionNote: t.exposeString('actionNote', { nullable: true }),
      }),
    });

  const Result = builder.objectRef<ResultRow>('AssessmentResult').implement({
    subGraphs,
    description:
      'A cadre’s result in a concluded round: grade, total, rank and how they came about',
    fields: (t) => ({
      round: t.field({ type: ResultRound, resolve: (r) => r.round }),
      cadre: t.field({ type: core.Cadre, resolve: (r) => r.cadreId }),
      unit: t.field({
        type: core.Unit,
        description: 'The cadre’s unit when the round began',
        resolve: (r, _args, ctx) => unitOf(ctx, r.unitId),
      }),
      grade: t.field({
        type: core.enums.AnnualGrade,
        nullable: true,
        resolve: (r) => r.grade,
      }),
      total: t.exposeFloat('total', { nullable: true }),
      rank: t.exposeInt('rank', { nullable: true, description: '1 is first' }),
      outOf: t.int({
        description: 'Cadres the round assessed',
        resolve: (r, _args, ctx) => participantCountOf(ctx, r.roundId),
      }),
      evaluationScore: t.exposeFloat('evaluationScore', { nullable: true }),
      dailyScore: t.exposeFloat('dailyScore', { nullable: true }),
      unitScore: t.exposeFloat('unitScore', { nullable: true }),
      deductions: t.exposeFloat('deductions', { nullable: true }),
      explanation: t.string({
        nullable: true,
        description: 'How the total, the rank and the proposed grade came about',
        resolve: (r, _args, ctx) =>
          r.explanation ? storedLabel(r.explanation)[ctx.language] : null,
      }),
      gradeReason: t.exposeString('gradeReason', {
        nullable: true,
        description: 'Why the grade differs from the proposal',
      }),
      consequences: t.field({
        type: [ResultConsequence],
        complexity: LIST_COST.consequencesOfResult,
        resolve: (r, _args, ctx) => consequencesOfResult(ctx, r),
      }),
    }),
  });

  return {
    AssessmentResult: Result,
    AssessmentResultRound: ResultRound,
    AssessmentResultConsequence: ResultConsequence,
  };
}

export type ResultRefs = ReturnType<typeof registerAssessmentResult>;
