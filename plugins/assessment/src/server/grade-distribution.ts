import { districtOf, parseInput, type PluginSchemaContext, type RequestContext } from '@cadre/core';
import { z } from 'zod';
import { type GradeCount, gradeDistribution, type UnitGrades } from '../domain/results.ts';
import { withinReach } from './daily-access.ts';
import { assessmentYear } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { unitOf } from './loaders.ts';
import { RESULTS_READ, resultsReach } from './result-access.ts';

// 年度考核等次分布: the grades a year's concluded annual rounds gave, counted by the unit each cadre
// was in when the round began — every unit for whoever reads the rounds, the own unit for a unit's
// assessor. Without a year, the last one concluded (the dashboard's card).

interface Distribution {
  year: number | null;
  units: UnitGrades[];
}

const args = z.object({ year: assessmentYear.nullish() });

/** The latest year with a concluded annual round; null before the first. */
async function lastConcludedYear(ctx: RequestContext, districtId: string) {
  const round = await ctx.prisma.assessmentRound.findFirst({
    where: { districtId, kind: 'ANNUAL', concludedOn: { not: null } },
    orderBy: { year: 'desc' },
    select: { year: true },
  });
  return round?.year ?? null;
}

async function distributionOf(ctx: RequestContext, asked: number | null): Promise<Distribution> {
  const districtId = districtOf(ctx).id;
  const year = asked ?? (await lastConcludedYear(ctx, districtId));
  if (year === null) return { year, units: [] };
  const rows = await ctx.prisma.roundParticipant.groupBy({
    by: ['unitId', 'grade'],
    where: {
      districtId,
      grade: { not: null },
      ...withinReach(await resultsReach(ctx)),
      round: { kind: 'ANNUAL', year, concludedOn: { not: null } },
    },
    _count: { _all: true },
  });
  return {
    year,
    units: gradeDistribution(
      rows.flatMap(({ unitId, grade, _count }) =>
        grade ? [{ unitId, grade, count: _count._all }] : [],
      ),
    ),
  };
}

export function registerGradeDistribution({ builder, subGraphs, core }: PluginSchemaContext) {
  const CountRef = builder.objectRef<GradeCount>('AnnualGradeCount').implement({
    subGraphs,
    fields: (t) => ({
      grade: t.field({ type: core.enums.AnnualGrade, resolve: (c) => c.grade }),
      count: t.exposeInt('count'),
    }),
  });

  const UnitRef = builder.objectRef<UnitGrades>('UnitGradeDistribution').implement({
    subGraphs,
    fields: (t) => ({
      unit: t.field({ type: core.Unit, resolve: (u, _args, ctx) => unitOf(ctx, u.unitId) }),
      total: t.exposeInt('total', { description: 'Cadres graded' }),
      counts: t.field({
        type: [CountRef],
        complexity: LIST_COST.grades,
        description: 'The grades given, best first; a grade nobody got is left out',
        resolve: (u) => u.counts,
      }),
    }),
  });

  const DistributionRef = builder.objectRef<Distribution>('AssessmentGradeDistribution').implement({
    subGraphs,
    description: '年度考核等次 of a year by unit',
    fields: (t) => ({
      year: t.exposeInt('year', {
        nullable: true,
        description: 'The year counted; null when no annual round has concluded yet',
      }),
      units: t.field({
        type: [UnitRef],
        complexity: LIST_COST.unitScores,
        description: 'The units with most cadres graded first',
        resolve: (d) => d.units,
      }),
    }),
  });

  builder.queryField('assessmentGradeDistribution', (t) =>
    t.field({
      type: DistributionRef,
      subGraphs,
      description:
        'The grades of a year’s concluded annual rounds by unit (the last year concluded ' +
        'without `year`); a unit’s assessor sees the own unit',
      authScopes: RESULTS_READ,
      args: { year: t.arg.int({ required: false }) },
      resolve: (_root, input, ctx) => {
        const { year } = parseInput(args, { year: input.year }, []);
        return distributionOf(ctx, year ?? null);
      },
    }),
  );
}
