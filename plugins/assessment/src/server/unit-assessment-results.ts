import {
  districtOf,
  isUuid,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
} from '@cadre/core';
import type {
  AssessmentConsequence,
  AssessmentRound,
  QuarterlyEvaluation,
  Unit,
} from '@cadre/db/client';
import { z } from 'zod';
import { dailyScore } from '../domain/daily.ts';
import { exceedsLossLimit, type UnitResult } from '../domain/indicators.ts';
import { concludedResults, type ResultRefs, type ResultRow } from './assessment-result.ts';
import { assessmentConfigOf } from './config.ts';
import { reaches } from './daily-access.ts';
import { assessmentYear } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { RESULTS_READ, resultsReach } from './result-access.ts';
import { unitScoresOf } from './unit-scores.ts';

// A unit's results of a year (考核结果, "units see their own results"): its cadres' grades in the
// year's concluded rounds, their quarterly evaluations, the unit's standing on its indicators
// against the loss limit (seed 004: 指标失分超过责任分值20%) and what its loss called for. Read in
// a fixed number of statements however many cadres the unit has.

interface UnitCadre {
  cadreId: string;
  results: ResultRow[];
  quarters: QuarterlyEvaluation[];
}

interface Standing extends UnitResult {
  lossLimit: number;
  exceedsLimit: boolean;
}

interface UnitResults {
  unit: Unit;
  year: number;
  rounds: AssessmentRound[];
  cadres: UnitCadre[];
  standing: Standing | null;
  consequences: AssessmentConsequence[];
}

const args = z.object({ year: assessmentYear });

/** The unit's standing on the year's indicators of its category; null when it has no result. */
async function standingOf(ctx: RequestContext, unitId: string, year: number) {
  const districtId = districtOf(ctx).id;
  const [scores, config] = await Promise.all([
    unitScoresOf(ctx.prisma, districtId, year, [unitId]),
    assessmentConfigOf(ctx.prisma, districtId),
  ]);
  const result = scores.get(unitId);
  if (!result) return null;
  const lossLimit = config.indicatorLossLimit;
  return { ...result, lossLimit, exceedsLimit: exceedsLossLimit(result, lossLimit) };
}

/** Each cadre with a result or an evaluation of the unit in the year, by name. */
async function cadresOf(
  ctx: RequestContext,
  results: ResultRow[],
  quarters: QuarterlyEvaluation[],
): Promise<UnitCadre[]> {
  const ids = [...new Set([...results, ...quarters].map((row) => row.cadreId))];
  const cadres = await ctx.prisma.cadre.findMany({
    where: { districtId: districtOf(ctx).id, id: { in: ids } },
    select: { id: true },
    orderBy: [{ namePinyin: 'asc' }, { id: 'asc' }],
  });
  return cadres.map(({ id }) => ({
    cadreId: id,
    results: results.filter((r) => r.cadreId === id),
    quarters: quarters.filter((q) => q.cadreId === id).sort((a, b) => a.quarter - b.quarter),
  }));
}

async function unitResultsOf(
  ctx: RequestContext,
  unitId: string,
  year: number,
): Promise<UnitResults | null> {
  if (!isUuid(unitId) || !reaches(await resultsReach(ctx), unitId)) return null;
  const districtId = districtOf(ctx).id;
  const unit = await ctx.prisma.unit.findFirst({ where: { id: unitId, districtId } });
  if (!unit) return null;
  const [results, quarters, consequences, standing] = await Promise.all([
    concludedResults(ctx, { unitId, round: { year } }),
    ctx.prisma.quarterlyEvaluation.findMany({ where: { districtId, unitId, year } }),
    ctx.prisma.assessmentConsequence.findMany({
      where: { districtId, unitId, round: { year, concludedOn: { not: null } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    standingOf(ctx, unitId, year),
  ]);
  const rounds = [...new Map(results.map((r) => [r.round.id, r.round])).values()];
  const cadres = await cadresOf(ctx, results, quarters);
  return { unit, year, rounds, cadres, standing, consequences };
}

export function registerUnitAssessmentResults(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: ResultRefs,
) {
  const { AssessmentResult, AssessmentResultRound, AssessmentResultConsequence } = refs;

  const StandingRef = builder.objectRef<Standing>('UnitIndicatorStanding').implement({
    subGraphs,
    description: 'A unit’s standing on the year’s indicators against the loss limit',
    fields: (t) => ({
      responsibility: t.exposeFloat('responsibility', { description: '责任分值' }),
      earned: t.exposeFloat('earned'),
      deducted: t.exposeFloat('deducted', { description: 'By direct-deduction items' }),
      score: t.exposeFloat('score'),
      loss: t.exposeFloat('loss', { description: '失分' }),
      lossShare: t.exposeFloat('lossShare', { description: 'Loss in percent of responsibility' }),
      lossLimit: t.exposeFloat('lossLimit', { description: 'The district’s limit, in percent' }),
      exceedsLimit: t.exposeBoolean('exceedsLimit', {
        description: 'No 评优 for the unit’s team, and a talk for its principal leader',
      }),
    }),
  });

  const CadreRef = builder.objectRef<UnitCadre>('UnitAssessmentCadre').implement({
    subGraphs,
    description: 'One cadre’s year in the unit',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (c) => c.cadreId }),
      results: t.field({
        type: [AssessmentResult],
        complexity: LIST_COST.roundsOfYear,
        resolve: (c) => c.results,
      }),
      quarters: t.prismaField({
        type: ['QuarterlyEvaluation'],
        complexity: LIST_COST.quartersOfYear,
        description: '季考评 recorded in this unit, first quarter first',
        resolve: (_query, c) => c.quarters,
      }),
      dailyScore: t.float({
        nullable: true,
        description: '平时考核得分: the mean of the quarters evaluated',
        resolve: (c) => dailyScore(c.quarters.map((q) => q.score)),
      }),
    }),
  });

  const ResultsRef = builder.objectRef<UnitResults>('UnitAssessmentResults').implement({
    subGraphs,
    description: 'A unit’s results of a year',
    fields: (t) => ({
      unit: t.field({ type: core.Unit, resolve: (r) => r.unit }),
      year: t.exposeInt('year'),
      rounds: t.field({
        type: [AssessmentResultRound],
        complexity: LIST_COST.roundsOfYear,
        description: 'The year’s concluded rounds that assessed cadres of the unit',
        resolve: (r) => r.rounds,
      }),
      cadres: t.field({
        type: [CadreRef],
        complexity: LIST_COST.cadresOfUnit,
        description: 'Cadres with a result or a quarterly evaluation of the unit, by name',
        resolve: (r) => r.cadres,
      }),
      indicatorStanding: t.field({
        type: StandingRef,
        nullable: true,
        description: 'Null when the unit has no indicator result in the year',
        resolve: (r) => r.standing,
      }),
      consequences: t.field({
        type: [AssessmentResultConsequence],
        complexity: LIST_COST.consequencesOfUnit,
        description: 'What the unit’s indicator loss called for (取消评优资格, 约谈)',
        resolve: (r) => r.consequences,
      }),
    }),
  });

  builder.queryField('unitAssessmentResults', (t) =>
    t.field({
      type: ResultsRef,
      nullable: true,
      subGraphs,
      description:
        'A unit’s results of a year; null for a unit the viewer does not reach (a unit’s ' +
        'assessor reaches the own unit) or of another district',
      authScopes: RESULTS_READ,
      args: { unitId: t.arg.globalID({ for: core.Unit }), year: t.arg.int() },
      resolve: (_root, input, ctx) => {
        const { year } = parseInput(args, { year: input.year }, []);
        return unitResultsOf(ctx, input.unitId.id, year);
      },
    }),
  );
}
