import {
  batchedPrisma,
  districtOf,
  InputError,
  type PluginSchemaContext,
  runIntegrityCheck,
  type SourcedFinding,
  todayInChina,
  highestEducation,
} from '@cadre/core';
import type { Rank } from '@cadre/db/client';
import {
  type AdjustmentCounts,
  adjustmentStatistics,
  reserveShare,
  teamStructure,
  type TeamStructure,
} from '../domain/index.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';

// Figures the organization department reports (seeds 000–002): adjustments by kind and rank, the
// structure of the appointees, the share of promotions from the reserve pool, and the look-back
// at recent promotions (带病提拔回头看) against what the integrity check finds today.

/** The integrity check takes this many cadres at a time. */
const CHECK_BATCH = 100;

interface Statistics {
  from: Date;
  to: Date;
  total: AdjustmentCounts;
  byRank: (AdjustmentCounts & { rank: string })[];
  appointees: TeamStructure;
  promotions: number;
  fromReservePool: number;
}

interface LookBackLine {
  cadreId: string;
  caseId: string;
  appointedOn: Date;
  findings: SourcedFinding[];
}

function period(from: Date, to: Date) {
  if (from > to) {
    throw new InputError([
      {
        path: 'to',
        code: 'INVALID',
        text: { zh: '截止日期不能早于起始日期', en: 'The period cannot end before it starts' },
      },
    ]);
  }
}

export function registerStatistics(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase } = refs;

  const Counts = builder.objectRef<AdjustmentCounts>('SelectionAdjustmentCounts').implement({
    subGraphs,
    description: '提拔、平职交流、改任非领导职务、免职',
    fields: (t) => ({
      promotion: t.int({ resolve: (c) => c.PROMOTION }),
      lateralTransfer: t.int({ resolve: (c) => c.LATERAL_TRANSFER }),
      nonLeading: t.int({ resolve: (c) => c.NON_LEADING }),
      removal: t.int({ resolve: (c) => c.REMOVAL }),
      total: t.exposeInt('total'),
    }),
  });
  const RankCounts = builder
    .objectRef<AdjustmentCounts & { rank: string }>('SelectionAdjustmentRankCounts')
    .implement({
      subGraphs,
      fields: (t) => ({
        rank: t.field({ type: core.enums.Rank, resolve: (c) => c.rank as Rank }),
        counts: t.field({ type: Counts, resolve: (c) => c }),
      }),
    });
  const AgeBand = builder
    .objectRef<TeamStructure['ageBands'][number]>('SelectionAgeBand')
    .implement({
      subGraphs,
      fields: (t) => ({
        label: t.string({ resolve: (b, _args, ctx) => b.label[ctx.language] }),
        count: t.exposeInt('count'),
      }),
    });
  const Structure = builder.objectRef<TeamStructure>('SelectionTeamStructure').implement({
    subGraphs,
    description: '班子结构 of a group of cadres: age, women, non-party, education',
    fields: (t) => ({
      count: t.exposeInt('count'),
      averageAge: t.exposeFloat('averageAge', { nullable: true }),
      women: t.exposeInt('women'),
      nonParty: t.exposeInt('nonParty', { description: '非中共党员' }),
      universityOrAbove: t.exposeInt('universityOrAbove'),
      universityOrAboveShare: t.exposeFloat('universityOrAboveShare', { nullable: true }),
      ageBands: t.field({ type: [AgeBand], resolve: (s) => s.ageBands }),
    }),
  });
  const StatisticsRef = builder.objectRef<Statistics>('SelectionStatistics').implement({
    subGraphs,
    fields: (t) => ({
      from: t.expose('from', { type: 'Date' }),
      to: t.expose('to', { type: 'Date' }),
      adjustments: t.field({ type: Counts, resolve: (s) => s.total }),
      adjustmentsByRank: t.field({ type: [RankCounts], resolve: (s) => s.byRank }),
      appointees: t.field({
        type: Structure,
        description: 'The cadres appointed in the period, their ages at its end',
        resolve: (s) => s.appointees,
      }),
      promotions: t.exposeInt('promotions'),
      promotionsFromReservePool: t.exposeInt('fromReservePool'),
      reserveShare: t.float({
        nullable: true,
        description: 'Promotions from the reserve pool, 0–1; null without promotions',
        resolve: (s) =>
          reserveShare({ promotions: s.promotions, fromReservePool: s.fromReservePool }),
      }),
    }),
  });

  const Finding = builder.objectRef<SourcedFinding>('SelectionLookBackFinding').implement({
    subGraphs,
    fields: (t) => ({
      code: t.exposeString('code'),
      source: t.exposeString('source', { description: '`core` or the plugin id' }),
      reason: t.string({ resolve: (f, _args, ctx) => f.reason[ctx.language] }),
      reasonZh: t.string({ resolve: (f) => f.reason.zh }),
      reasonEn: t.string({ resolve: (f) => f.reason.en }),
    }),
  });
  const LookBack = builder.objectRef<LookBackLine>('SelectionLookBackLine').implement({
    subGraphs,
    description: 'A promoted cadre about whom the integrity check now finds something blocking',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (l) => l.cadreId }),
      selectionCase: t.prismaField({
        type: SelectionCase,
        resolve: (query, l, _args, ctx) =>
          batchedPrisma(ctx).selectionCase.findUniqueOrThrow({ ...query, where: { id: l.caseId } }),
      }),
      appointedOn: t.expose('appointedOn', { type: 'Date' }),
      findings: t.field({ type: [Finding], resolve: (l) => l.findings }),
    }),
  });

  builder.queryFields((t) => ({
    selectionStatistics: t.field({
      type: StatisticsRef,
      subGraphs,
      description: 'Appointments that took effect from `from` to `to` (inclusive)',
      authScopes: { permission: P.statistics },
      args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
      resolve: async (_root, { from, to }, ctx) => {
        period(from, to);
        const districtId = districtOf(ctx).id;
        const appointments = await ctx.prisma.appointment.findMany({
          where: { districtId, documentNumber: { not: null }, effectiveOn: { gte: from, lte: to } },
          select: {
            fromReservePool: true,
            selectionCase: { select: { adjustmentType: true, targetRank: true } },
            candidate: { select: { cadreId: true } },
          },
        });
        const cadres = await ctx.prisma.cadre.findMany({
          where: { districtId, id: { in: appointments.map((a) => a.candidate.cadreId) } },
          select: {
            birthDate: true,
            gender: true,
            politicalStatus: true,
            fullTimeEducation: true,
            inServiceEducation: true,
          },
        });
        const { total, byRank } = adjustmentStatistics(
          appointments.map((a) => ({
            type: a.selectionCase.adjustmentType,
            rank: a.selectionCase.targetRank,
          })),
        );
        const promotions = appointments.filter(
          (a) => a.selectionCase.adjustmentType === 'PROMOTION',
        );
        const today = todayInChina();
        return {
          from,
          to,
          total,
          byRank,
          appointees: teamStructure(
            cadres.map((c) => ({
              ...c,
              education: highestEducation(c.fullTimeEducation, c.inServiceEducation),
            })),
            to < today ? to : today,
          ),
          promotions: promotions.length,
          fromReservePool: promotions.filter((a) => a.fromReservePool).length,
        };
      },
    }),
    promotionLookBack: t.field({
      type: [LookBack],
      subGraphs,
      description:
        '带病提拔回头看: cadres promoted since `since` about whom the integrity check, run now ' +
        'across core and every enabled plugin, finds something blocking',
      authScopes: { permission: P.statistics },
      args: { since: t.arg({ type: 'Date' }) },
      resolve: async (_root, { since }, ctx) => {
        period(since, todayInChina());
        const district = districtOf(ctx);
        const promoted = await ctx.prisma.appointment.findMany({
          where: {
            districtId: district.id,
            documentNumber: { not: null },
            effectiveOn: { gte: since },
            selectionCase: { adjustmentType: 'PROMOTION' },
          },
          select: { caseId: true, effectiveOn: true, candidate: { select: { cadreId: true } } },
          orderBy: { effectiveOn: 'asc' },
        });
        const cadreIds = [...new Set(promoted.map((p) => p.candidate.cadreId))];
        const findings: SourcedFinding[] = [];
        for (let start = 0; start < cadreIds.length; start += CHECK_BATCH) {
          const check = await runIntegrityCheck(
            {
              db: ctx.db,
              districtId: district.id,
              enabledPlugins: district.enabledPlugins,
              plugins: ctx.plugins,
            },
            cadreIds.slice(start, start + CHECK_BATCH),
          );
          findings.push(...check.findings.filter((f) => f.severity === 'BLOCKING'));
        }
        return promoted.flatMap((p) => {
          const about = findings.filter((f) => f.cadreId === p.candidate.cadreId);
          return about.length > 0 && p.effectiveOn
            ? [
                {
                  cadreId: p.candidate.cadreId,
                  caseId: p.caseId,
                  appointedOn: p.effectiveOn,
                  findings: about,
                },
              ]
            : [];
        });
      },
    }),
  }));
}
