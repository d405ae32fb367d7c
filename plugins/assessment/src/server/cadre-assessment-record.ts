import { districtOf, isUuid, type PluginSchemaContext, type RequestContext } from '@cadre/core';
import type { DailyDeduction, QuarterlyEvaluation } from '@cadre/db/client';
import { dailyScore } from '../domain/daily.ts';
import { type ResultYear, resultYears } from '../domain/results.ts';
import { concludedResults, type ResultRefs, type ResultRow } from './assessment-result.ts';
import { reaches, withinReach } from './daily-access.ts';
import { OPEN_DEDUCTION } from './daily-scores.ts';
import { LIST_COST } from './list-costs.ts';
import { RESULTS_READ, resultsReach } from './result-access.ts';

// A cadre's assessments over the years (the profile's 考核情况, the results page's drill-down):
// each year's concluded rounds with grade, total, rank and explanation, what they called for,
// the year's quarterly evaluations, and the deductions still open. A unit's assessor reads a
// cadre of the own unit, and of them the rows of the own unit, as in the daily assessment.

type Year = ResultYear<ResultRow, QuarterlyEvaluation>;

interface CadreRecord {
  cadreId: string;
  years: Year[];
  openDeductions: DailyDeduction[];
}

async function cadreRecordOf(ctx: RequestContext, cadreId: string): Promise<CadreRecord | null> {
  const districtId = districtOf(ctx).id;
  const reach = await resultsReach(ctx);
  const cadre = isUuid(cadreId)
    ? await ctx.prisma.cadre.findFirst({
        where: { id: cadreId, districtId },
        select: { id: true, unitId: true },
      })
    : null;
  if (!cadre || !reaches(reach, cadre.unitId)) return null;
  const where = { districtId, cadreId, ...withinReach(reach) };
  const [results, quarters, openDeductions] = await Promise.all([
    concludedResults(ctx, where),
    ctx.prisma.quarterlyEvaluation.findMany({ where }),
    ctx.prisma.dailyDeduction.findMany({
      where: { ...where, ...OPEN_DEDUCTION },
      orderBy: [{ year: 'asc' }, { recordedOn: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const dated = results.map((r) => ({ ...r, year: r.round.year }));
  return { cadreId, years: resultYears(dated, quarters), openDeductions };
}

export function registerCadreAssessmentRecord(
  { builder, subGraphs, core }: PluginSchemaContext,
  { AssessmentResult }: Pick<ResultRefs, 'AssessmentResult'>,
) {
  const YearRef = builder.objectRef<Year>('CadreAssessmentYear').implement({
    subGraphs,
    description: 'One year of a cadre’s assessments',
    fields: (t) => ({
      year: t.exposeInt('year'),
      results: t.field({
        type: [AssessmentResult],
        complexity: LIST_COST.roundsOfYear,
        description: 'The year’s concluded rounds, the latest conclusion first',
        resolve: (y) => y.results,
      }),
      quarters: t.prismaField({
        type: ['QuarterlyEvaluation'],
        complexity: LIST_COST.quartersOfYear,
        description: '季考评 of the year, first quarter first',
        resolve: (_query, y) => y.quarters,
      }),
      dailyScore: t.float({
        nullable: true,
        description: '平时考核得分: the mean of the quarters evaluated',
        resolve: (y) => dailyScore(y.quarters.map((q) => q.score)),
      }),
    }),
  });

  const RecordRef = builder.objectRef<CadreRecord>('CadreAssessmentRecord').implement({
    subGraphs,
    description: 'A cadre’s assessments over the years (the profile’s 考核情况)',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (r) => r.cadreId }),
      years: t.field({
        type: [YearRef],
        complexity: LIST_COST.yearsOfCadre,
        description: 'Each year with a concluded round or a quarterly evaluation, the latest first',
        resolve: (r) => r.years,
      }),
      openDeductions: t.prismaField({
        type: ['DailyDeduction'],
        complexity: LIST_COST.deductions,
        description: '平时考核直接扣分 not yet counted by an annual round nor withdrawn',
        resolve: (_query, r) => r.openDeductions,
      }),
    }),
  });

  builder.queryField('cadreAssessmentRecord', (t) =>
    t.field({
      type: RecordRef,
      nullable: true,
      subGraphs,
      description:
        'A cadre’s concluded rounds, quarterly evaluations and open deductions; null for a cadre ' +
        'the viewer does not reach (a unit’s assessor reaches the own unit’s, and its rows)',
      authScopes: RESULTS_READ,
      args: { cadreId: t.arg.globalID({ for: core.Cadre }) },
      resolve: (_root, args, ctx) => cadreRecordOf(ctx, args.cadreId.id),
    }),
  );
}
