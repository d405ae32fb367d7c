import {
  districtOf,
  isUuid,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
} from '@cadre/core';
import type { DailyDeduction, DailyRecord, QuarterlyEvaluation } from '@cadre/db/client';
import { z } from 'zod';
import { dailyScore } from '../domain/daily.ts';
import { DAILY_READ, readReach, withinReach } from './daily-access.ts';
import type { DailyRefs } from './daily-refs.ts';
import { assessmentYear } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';

// One cadre's daily assessment of a year, every unit's rows together (a cadre who moved has
// rows in two); a unit assessor sees those of the own unit, for a cadre of it.

interface CadreYear {
  cadreId: string;
  year: number;
  records: DailyRecord[];
  evaluations: QuarterlyEvaluation[];
  deductions: DailyDeduction[];
}

async function cadreYearOf(
  ctx: RequestContext,
  cadreId: string,
  year: number,
): Promise<CadreYear | null> {
  const districtId = districtOf(ctx).id;
  const reach = await readReach(ctx);
  const cadre = isUuid(cadreId)
    ? await ctx.prisma.cadre.findFirst({
        where: { id: cadreId, districtId },
        select: { id: true, unitId: true },
      })
    : null;
  if (!cadre || (!reach.all && cadre.unitId !== reach.unitId)) return null;
  const where = { districtId, cadreId, ...withinReach(reach) };
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const [records, evaluations, deductions] = await Promise.all([
    ctx.prisma.dailyRecord.findMany({
      where: { ...where, periodStart: { gte: yearStart, lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      orderBy: [{ periodStart: 'asc' }, { kind: 'asc' }],
    }),
    ctx.prisma.quarterlyEvaluation.findMany({
      where: { ...where, year },
      orderBy: { quarter: 'asc' },
    }),
    ctx.prisma.dailyDeduction.findMany({
      where: { ...where, year },
      orderBy: [{ recordedOn: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return { cadreId, year, records, evaluations, deductions };
}

export function registerCadreDailyAssessment(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: DailyRefs,
) {
  const CadreYearRef = builder.objectRef<CadreYear>('CadreDailyAssessment').implement({
    subGraphs,
    description: '平时考核 of one cadre in one year',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (c) => c.cadreId }),
      year: t.exposeInt('year'),
      dailyScore: t.float({
        nullable: true,
        description:
          'The mean of the quarters evaluated (平时考核得分); the annual round weighs it by ' +
          'its `dailyWeight`',
        resolve: (c) => dailyScore(c.evaluations.map((e) => e.score)),
      }),
      records: t.field({
        type: [refs.DailyRecord],
        complexity: LIST_COST.recordsOfYear,
        resolve: (c) => c.records,
      }),
      evaluations: t.field({
        type: [refs.QuarterlyEvaluation],
        complexity: LIST_COST.quartersOfYear,
        resolve: (c) => c.evaluations,
      }),
      deductions: t.field({
        type: [refs.DailyDeduction],
        complexity: LIST_COST.deductions,
        description: 'Open, withdrawn and settled',
        resolve: (c) => c.deductions,
      }),
    }),
  });

  builder.queryField('cadreDailyAssessment', (t) =>
    t.field({
      type: CadreYearRef,
      nullable: true,
      subGraphs,
      description:
        'A cadre’s weekly records, self-checks, evaluations and deductions of a year; null for ' +
        'a cadre the viewer does not reach',
      authScopes: DAILY_READ,
      args: { cadreId: t.arg.globalID({ for: core.Cadre }), year: t.arg.int() },
      resolve: (_root, args, ctx) => {
        const { year } = parseInput(z.object({ year: assessmentYear }), args, []);
        return cadreYearOf(ctx, args.cadreId.id, year);
      },
    }),
  );
}
