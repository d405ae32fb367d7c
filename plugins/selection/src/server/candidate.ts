import {
  changedFields,
  districtOf,
  loaderFor,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  RuleViolationError,
  todayInChina,
} from '@cadre/core';
import type { SelectionCandidate, SelectionCandidateStatus } from '@cadre/db/client';
import { z } from 'zod';
import { checkEligibility, type EligibilityFailure } from '../domain/index.ts';
import { type CadreFacts, cadreFactsOf } from './cadre-facts.ts';
import {
  auditCase,
  type CandidateStep,
  candidateIn,
  type CaseStep,
  changesOf,
  dayOf,
  runCandidateStep,
  runCaseStep,
} from './case-access.ts';
import { text } from './inputs.ts';
import { selectionConfigOf } from './config.ts';
import { configOf } from './loaders.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import { tallyOfRound } from './recommendation.ts';
import type { registerSelectionCase } from './selection-case.ts';
import { LIST_COST } from './list-costs.ts';

// 人选: cadres put forward in a case, listed for inspection (列为考察对象) once their votes are
// concentrated and they meet the eligibility rules, each failure explained.

const CADRE_LABEL = { zh: '干部', en: 'Cadre' };

const STATUS_LABELS: Record<SelectionCandidateStatus, string> = {
  NOMINATED: '推荐人选',
  LISTED: '考察对象',
  DROPPED: '不再列为考察对象',
  APPROVED: '讨论决定通过',
  REJECTED: '讨论决定未通过',
  DISQUALIFIED: '公示反映问题属实，不予任用',
  APPOINTED: '已任职',
};

/** The archive facts of a page of candidates' cadres, in one read per request. */
function cadreFactsLoaded(ctx: RequestContext, cadreId: string): Promise<CadreFacts | null> {
  const districtId = districtOf(ctx).id;
  return loaderFor<CadreFacts | null>(
    ctx,
    'selection.cadreFacts',
    async (ids) => [...(await cadreFactsOf(ctx.prisma, districtId, ids))],
    null,
  ).load(cadreId);
}

function refuseIneligible(name: string, failures: readonly EligibilityFailure[]) {
  if (failures.length === 0) return;
  throw new RuleViolationError('SELECTION_CANDIDATE_INELIGIBLE', {
    zh: `${name}不符合资格条件：${failures.map((f) => f.zh).join('；')}`,
    en: `${name} does not qualify: ${failures.map((f) => f.en).join('; ')}`,
  });
}

/** 推荐人选: a cadre of the district in service, once per case. */
export const nominateCandidate: CaseStep<{ cadreId: string }, SelectionCandidate> = {
  stages: ['MOTION', 'RECOMMENDATION'],
  async run(write, { cadreId }) {
    const { tx, districtId } = write;
    const cadre = await tx.cadre.findFirst({
      where: { id: cadreId, districtId },
      select: { id: true, name: true, status: true },
    });
    if (!cadre) throw new NotFoundError(CADRE_LABEL);
    if (cadre.status !== 'ACTIVE') {
      throw new RuleViolationError('SELECTION_CADRE_NOT_ACTIVE', {
        zh: `${cadre.name}不在职，不能作为人选`,
        en: `${cadre.name} is not in service and cannot be a candidate`,
      });
    }
    const caseId = write.selectionCase.id;
    if (await tx.selectionCandidate.findFirst({ where: { caseId, cadreId: cadre.id } })) {
      throw new RuleViolationError('SELECTION_ALREADY_CANDIDATE', {
        zh: `${cadre.name}已是本事项的人选`,
        en: `${cadre.name} is already a candidate in this case`,
      });
    }
    const inReservePool = (await tx.reservePoolEntry.count({ where: { cadreId: cadre.id } })) > 0;
    const candidate = await tx.selectionCandidate.create({
      data: { districtId, caseId, cadreId: cadre.id, inReservePool, createdAt: write.at },
    });
    await auditCase(write, 'candidate.nominate', {
      candidateId: candidate.id,
      ...changedFields({}, { cadreId: cadre.id, inReservePool }),
    });
    return candidate;
  },
};

/**
 * 列为考察对象 on the day of the write: for a promotion the latest round's votes concentrated, and
 * the district's eligibility rules met that day.
 */
export const listCandidate: CandidateStep<undefined> = {
  stages: ['RECOMMENDATION'],
  async run(write, candidate) {
    candidateIn(candidate, ['NOMINATED', 'DROPPED']);
    const { tx, districtId, selectionCase } = write;
    const config = await selectionConfigOf(tx, districtId);
    if (selectionCase.adjustmentType === 'PROMOTION') {
      const latest = await tx.recommendationRound.findFirst({
        where: { caseId: selectionCase.id, votes: { some: { candidateId: candidate.id } } },
        orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
        include: { ballots: true, votes: true },
      });
      const line =
        latest &&
        tallyOfRound(latest, config.concentrationThreshold).candidates.find(
          (c) => c.candidateId === candidate.id,
        );
      if (!line?.concentrated) {
        throw new RuleViolationError('SELECTION_VOTES_NOT_CONCENTRATED', {
          zh: `${candidate.name}民主推荐得票不是相对集中的，一律不提`,
          en: `${candidate.name}'s votes in the recommendation are not concentrated; no promotion`,
        });
      }
    }
    const today = dayOf(write);
    const facts = (await cadreFactsOf(tx, districtId, [candidate.cadreId])).get(candidate.cadreId);
    if (facts) {
      refuseIneligible(
        candidate.name,
        checkEligibility(facts, selectionCase.targetRank, config.eligibility, today),
      );
    }
    const data = { status: 'LISTED' as const, listedOn: today };
    await tx.selectionCandidate.update({ where: { id: candidate.id }, data });
    await auditCase(write, 'candidate.list', {
      candidateId: candidate.id,
      ...changesOf(candidate, data),
    });
  },
};

/** 不再列为考察对象, with the reason. */
export const dropCandidate: CandidateStep<{ reason: string }> = {
  stages: ['RECOMMENDATION', 'INSPECTION', 'DELIBERATION'],
  async run(write, candidate, { reason }) {
    candidateIn(candidate, ['NOMINATED', 'LISTED']);
    const data = { status: 'DROPPED' as const };
    await write.tx.selectionCandidate.update({ where: { id: candidate.id }, data });
    await auditCase(write, 'candidate.drop', {
      candidateId: candidate.id,
      ...changesOf(candidate, data),
      reason,
    });
  },
};

export function registerCandidate(
  { builder, subGraphs, core }: PluginSchemaContext,
  { SelectionCase }: Pick<ReturnType<typeof registerSelectionCase>, 'SelectionCase'>,
) {
  const Status = builder.enumType('SelectionCandidateStatus', {
    subGraphs,
    values: Object.fromEntries(
      Object.entries(STATUS_LABELS).map(([status, zh]) => [status, { description: zh }]),
    ) as Record<SelectionCandidateStatus, { description: string }>,
  });

  const Failure = builder.objectRef<EligibilityFailure>('SelectionEligibilityFailure').implement({
    subGraphs,
    description: 'A qualification the candidate does not meet, explained',
    fields: (t) => ({
      rule: t.exposeString('rule', {
        description: 'WORK_YEARS, GRASS_ROOTS_YEARS, DEPUTY_TENURE, EDUCATION, INFLUENCE_PERIOD …',
      }),
      required: t.exposeString('required', {
        description: 'Language-neutral: P5Y, an education code, a date',
      }),
      actual: t.exposeString('actual'),
      message: t.string({ resolve: (f, _args, ctx) => f[ctx.language] }),
      messageZh: t.exposeString('zh'),
      messageEn: t.exposeString('en'),
    }),
  });

  const Candidate = builder.prismaNode('SelectionCandidate', {
    subGraphs,
    id: { field: 'id' },
    description: '人选: a cadre put forward in a selection case',
    fields: (t) => ({
      selectionCase: t.relation('selectionCase'),
      cadre: t.field({ type: core.Cadre, resolve: (c) => c.cadreId }),
      status: t.field({ type: Status, resolve: (c) => c.status }),
      inReservePool: t.exposeBoolean('inReservePool', {
        description:
          'In a reserve pool when put forward; if not, flagged (没有列入后备干部队伍的一律不用)',
      }),
      listedOn: t.expose('listedOn', { type: 'Date', nullable: true }),
      eligibility: t.field({
        type: [Failure],
        complexity: LIST_COST.eligibility,
        description:
          'The district’s eligibility rules the cadre does not meet today for the case’s ' +
          'target rank, each explained; empty when eligible',
        select: { selectionCase: { select: { targetRank: true } } },
        resolve: async (c, _args, ctx) => {
          const facts = await cadreFactsLoaded(ctx, c.cadreId);
          if (!facts) return [];
          const { eligibility } = await configOf(ctx);
          return checkEligibility(facts, c.selectionCase.targetRank, eligibility, todayInChina());
        },
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });

  builder.prismaObjectField(SelectionCase, 'candidates', (t) =>
    t.relation('candidates', {
      complexity: LIST_COST.candidates,
      // Candidates put forward together share a time: the id keeps the order the same.
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    }),
  );

  builder.mutationFields((t) => ({
    nominateSelectionCandidate: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: 'Put a cadre forward as a candidate (推荐人选), at the motion or recommendation',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        cadreId: t.arg.globalID({ for: core.Cadre }),
      },
      resolve: (query, _root, args, ctx) =>
        runCaseStep(ctx, args.caseId.id, nominateCandidate, { cadreId: args.cadreId.id }, query),
    }),
    listSelectionCandidate: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '列为考察对象. For a promotion the latest recommendation must have concentrated votes ' +
        '(SELECTION_VOTES_NOT_CONCENTRATED); every candidate must meet the eligibility rules ' +
        '(SELECTION_CANDIDATE_INELIGIBLE, each failure explained)',
      authScopes: { permission: P.record },
      errors: {},
      args: { candidateId: t.arg.globalID({ for: Candidate }) },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(ctx, args.candidateId.id, listCandidate, undefined, query),
    }),
    dropSelectionCandidate: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: 'No longer consider a candidate (不再列为考察对象), with the reason',
      authScopes: { permission: P.record },
      errors: {},
      args: { candidateId: t.arg.globalID({ for: Candidate }), reason: t.arg.string() },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          dropCandidate,
          parseInput(z.object({ reason: text(2000) }), args, []),
          query,
        ),
    }),
  }));

  return { Candidate };
}
