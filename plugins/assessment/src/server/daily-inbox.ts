import {
  districtOf,
  isUuid,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  todayInChina,
} from '@cadre/core';
import type { DailyDeduction, DailyRecord, QuarterlyEvaluation, Unit } from '@cadre/db/client';
import { z } from 'zod';
import {
  missingPeriods,
  monthsOf,
  type Quarter,
  quarterEnd,
  quarterStart,
  weeksOf,
} from '../domain/daily.ts';
import { assessmentConfigOf } from './config.ts';
import { DAILY_READ, readReach, reaches } from './daily-access.ts';
import { quarterNumber } from './daily-record.ts';
import { OPEN_DEDUCTION } from './daily-scores.ts';
import type { DailyRefs } from './daily-refs.ts';
import { assessmentYear } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';

// A unit's inbox of a quarter (平时考核): for each of its cadres the weeks recorded and missing,
// the monthly self-checks, the quarter's evaluation and the open deductions, read in a constant
// number of statements however many cadres the unit has.

interface Inbox extends Quarter {
  unit: Unit;
}

interface InboxRow {
  cadreId: string;
  weeklyRecords: DailyRecord[];
  missingWeeks: Date[];
  monthlySelfChecks: DailyRecord[];
  missingMonths: Date[];
  evaluation: QuarterlyEvaluation | null;
  openDeductions: DailyDeduction[];
}

const inboxArgs = z.object({ year: assessmentYear, quarter: quarterNumber });

/**
 * The unit's cadres in service and anyone with a record of the unit in the quarter (who has
 * left since), by name, each with the quarter's rows.
 */
async function rowsOf(ctx: RequestContext, { unit, ...q }: Inbox): Promise<InboxRow[]> {
  const districtId = districtOf(ctx).id;
  const where = { districtId, unitId: unit.id };
  const [records, evaluations, deductions] = await Promise.all([
    ctx.prisma.dailyRecord.findMany({
      where: { ...where, periodStart: { gte: quarterStart(q), lte: quarterEnd(q) } },
      orderBy: { periodStart: 'asc' },
    }),
    ctx.prisma.quarterlyEvaluation.findMany({ where: { ...where, ...q } }),
    ctx.prisma.dailyDeduction.findMany({
      where: { ...where, year: q.year, ...OPEN_DEDUCTION },
      orderBy: [{ recordedOn: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const cadres = await ctx.prisma.cadre.findMany({
    where: {
      districtId,
      OR: [
        { unitId: unit.id, status: 'ACTIVE' },
        { id: { in: [...records, ...evaluations, ...deductions].map((r) => r.cadreId) } },
      ],
    },
    select: { id: true },
    orderBy: [{ namePinyin: 'asc' }, { id: 'asc' }],
  });
  const today = todayInChina();
  const [weeks, months] = [weeksOf(q), monthsOf(q)];
  return cadres.map(({ id }) => {
    const own = records.filter((r) => r.cadreId === id);
    const weekly = own.filter((r) => r.kind === 'WEEKLY_RECORD');
    const monthly = own.filter((r) => r.kind === 'MONTHLY_SELF_CHECK');
    const starts = (rows: DailyRecord[]) => rows.map((r) => r.periodStart);
    return {
      cadreId: id,
      weeklyRecords: weekly,
      missingWeeks: missingPeriods('WEEKLY_RECORD', weeks, starts(weekly), today),
      monthlySelfChecks: monthly,
      missingMonths: missingPeriods('MONTHLY_SELF_CHECK', months, starts(monthly), today),
      evaluation: evaluations.find((e) => e.cadreId === id) ?? null,
      openDeductions: deductions.filter((d) => d.cadreId === id),
    };
  });
}

export function registerDailyInbox(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: DailyRefs,
) {
  const Row = builder.objectRef<InboxRow>('DailyAssessmentInboxRow').implement({
    subGraphs,
    description: 'One cadre’s quarter in the unit’s inbox',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (r) => r.cadreId }),
      weeklyRecords: t.field({
        type: [refs.DailyRecord],
        complexity: LIST_COST.weeksOfQuarter,
        description: '周记实 of the quarter’s weeks, by week',
        resolve: (r) => r.weeklyRecords,
      }),
      missingWeeks: t.field({
        type: ['Date'],
        complexity: LIST_COST.weeksOfQuarter,
        description: 'Mondays of the weeks over without a 周记实',
        resolve: (r) => r.missingWeeks,
      }),
      monthlySelfChecks: t.field({
        type: [refs.DailyRecord],
        complexity: LIST_COST.monthsOfQuarter,
        resolve: (r) => r.monthlySelfChecks,
      }),
      missingMonths: t.field({
        type: ['Date'],
        complexity: LIST_COST.monthsOfQuarter,
        description: 'Firsts of the months over without a 月自查',
        resolve: (r) => r.missingMonths,
      }),
      evaluation: t.field({
        type: refs.QuarterlyEvaluation,
        nullable: true,
        description: 'The quarter’s 季考评 recorded in this unit',
        resolve: (r) => r.evaluation,
      }),
      openDeductions: t.field({
        type: [refs.DailyDeduction],
        complexity: LIST_COST.deductions,
        description: 'Deductions of the year recorded in this unit, still open',
        resolve: (r) => r.openDeductions,
      }),
    }),
  });

  const InboxRef = builder.objectRef<Inbox>('DailyAssessmentInbox').implement({
    subGraphs,
    description: '平时考核 of a unit for a quarter',
    fields: (t) => ({
      unit: t.field({ type: core.Unit, resolve: (i) => i.unit }),
      year: t.exposeInt('year'),
      quarter: t.exposeInt('quarter'),
      weeks: t.field({
        type: ['Date'],
        complexity: LIST_COST.weeksOfQuarter,
        description: 'Mondays of the quarter’s weeks (a week belongs to the quarter of its Monday)',
        resolve: (i) => weeksOf(i),
      }),
      months: t.field({
        type: ['Date'],
        complexity: LIST_COST.monthsOfQuarter,
        resolve: (i) => monthsOf(i),
      }),
      publicityWorkingDays: t.int({
        description: 'How long a publication runs, in working days (the district’s setting)',
        resolve: async (_i, _args, ctx) =>
          (await assessmentConfigOf(ctx.prisma, districtOf(ctx).id)).publicityWorkingDays,
      }),
      rows: t.field({
        type: [Row],
        complexity: LIST_COST.cadresOfUnit,
        resolve: (i, _args, ctx) => rowsOf(ctx, i),
      }),
    }),
  });

  builder.queryField('dailyAssessmentInbox', (t) =>
    t.field({
      type: InboxRef,
      nullable: true,
      subGraphs,
      description:
        'A unit’s daily assessment of a quarter; null for a unit the viewer does not reach (a ' +
        'unit assessor reaches their own) or of another district',
      authScopes: DAILY_READ,
      args: {
        unitId: t.arg.globalID({ for: core.Unit }),
        year: t.arg.int(),
        quarter: t.arg.int({ description: '1–4' }),
      },
      resolve: async (_root, args, ctx) => {
        const q = parseInput(inboxArgs, args, []);
        const unitId = args.unitId.id;
        if (!isUuid(unitId) || !reaches(await readReach(ctx), unitId)) return null;
        const unit = await ctx.prisma.unit.findFirst({
          where: { id: unitId, districtId: districtOf(ctx).id },
        });
        return unit && { unit, ...q };
      },
    }),
  );
}
