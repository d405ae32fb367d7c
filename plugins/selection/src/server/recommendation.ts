import {
  annualGradesOf,
  batchedPrisma,
  changedFields,
  districtOf,
  groupRows,
  loaderFor,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  RuleViolationError,
  todayInChina,
} from '@cadre/core';
import type {
  AnnualGrade,
  RecommendationBallot,
  RecommendationRound,
  RecommendationVote,
  RecommenderCategory,
  SignedRecommendation,
  SignedRecommendationKind,
} from '@cadre/db/client';
import { z } from 'zod';
import {
  type CandidateTally,
  RECOMMENDER_CATEGORIES,
  RECOMMENDER_CATEGORY_LABELS,
  recentAnnualGrades,
  recommendationExpiry,
  type RecommendationTally,
  tallyRecommendations,
} from '../domain/index.ts';
import {
  auditCase,
  type CandidateStep,
  candidateIn,
  candidateOf,
  type CaseStep,
  runCandidateStep,
  runCaseStep,
} from './case-access.ts';
import { count, optionalText, pastDay, text } from './inputs.ts';
import { configOf } from './loaders.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import { LIST_COST } from './list-costs.ts';

// 民主推荐: rounds of meeting and individual-talk recommendation with their tally by recommender
// category, signed recommendations, and the "three combinations" (三个结合) beside each other.

type RoundWithCounts = RecommendationRound & {
  ballots: RecommendationBallot[];
  votes: RecommendationVote[];
};

/** A round's tally at the district's concentration threshold (得票相对集中). */
export function tallyOfRound(round: RoundWithCounts, threshold: number): RecommendationTally {
  return tallyRecommendations(
    {
      ballots: round.ballots.map((b) => ({ category: b.category, participants: b.participants })),
      votes: round.votes.map((v) => ({
        candidateId: v.candidateId,
        category: v.category,
        votes: v.votes,
      })),
    },
    threshold,
  );
}

/** The rounds of a case with their counts, oldest first, loaded once per request and case. */
function roundsOf(ctx: RequestContext, caseId: string): Promise<RoundWithCounts[]> {
  return loaderFor<RoundWithCounts[]>(
    ctx,
    'selection.rounds',
    async (caseIds) =>
      groupRows(
        await ctx.prisma.recommendationRound.findMany({
          where: { districtId: districtOf(ctx).id, caseId: { in: [...caseIds] } },
          include: { ballots: true, votes: true },
          orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
        }),
        (round) => round.caseId,
      ),
    [],
  ).load(caseId);
}

export const roundInput = z.object({
  method: z.enum(['MEETING', 'TALK']),
  heldOn: pastDay,
  note: optionalText(2000),
  ballots: z
    .array(z.object({ category: z.enum(RECOMMENDER_CATEGORIES), participants: count }))
    .min(1),
  votes: z
    .array(
      z.object({ candidateId: z.string(), category: z.enum(RECOMMENDER_CATEGORIES), votes: count }),
    )
    .min(1),
});

export const signedInput = z.object({
  kind: z.enum(['LEADER', 'PARTY_ORG']),
  recommender: text(100),
  reason: text(2000),
  recommendedOn: pastDay,
});

/** 民主推荐: a round with its ballots and votes, refused when the figures cannot be right. */
export const recordRound: CaseStep<z.output<typeof roundInput>> = {
  stages: ['RECOMMENDATION'],
  async run(write, input) {
    const named = [];
    for (const vote of input.votes)
      named.push({ ...vote, name: (await candidateOf(write, vote.candidateId)).name });
    const { problems } = tallyRecommendations({ ...input, votes: named }, 1);
    if (problems.length > 0) {
      throw new RuleViolationError('SELECTION_TALLY_INVALID', {
        zh: problems.map((p) => p.zh).join('；'),
        en: problems.map((p) => p.en).join('; '),
      });
    }
    const { districtId } = write;
    const round = await write.tx.recommendationRound.create({
      data: {
        districtId,
        caseId: write.selectionCase.id,
        method: input.method,
        heldOn: input.heldOn,
        note: input.note,
        ballots: { create: input.ballots.map((b) => ({ ...b, districtId })) },
        votes: { create: input.votes.map((v) => ({ ...v, districtId })) },
        createdAt: write.at,
      },
    });
    await auditCase(write, 'recommendation.record', {
      roundId: round.id,
      ...changedFields({}, { method: input.method, heldOn: input.heldOn, note: input.note }),
      ballots: input.ballots,
      votes: input.votes,
    });
  },
};

/** 领导干部署名推荐 or 党组织推荐 of a candidate put forward or listed. */
export const recordSigned: CandidateStep<z.output<typeof signedInput>> = {
  stages: ['MOTION', 'RECOMMENDATION'],
  async run(write, candidate, input) {
    candidateIn(candidate, ['NOMINATED', 'LISTED']);
    const signed = await write.tx.signedRecommendation.create({
      data: {
        ...input,
        districtId: write.districtId,
        caseId: write.selectionCase.id,
        candidateId: candidate.id,
        createdAt: write.at,
      },
    });
    await auditCase(write, 'recommendation.signed', {
      signedRecommendationId: signed.id,
      candidateId: candidate.id,
      ...changedFields({}, input),
    });
  },
};

interface TallyLine extends CandidateTally {
  roundId: string;
}

/** A candidate as the three combinations read it: the case's motion day in China's calendar. */
interface CombinedCandidate {
  id: string;
  caseId: string;
  cadreId: string;
  motionOn: Date;
}

/** The annual grades of a page of candidates' cadres, from core's archive in one read. */
function annualGradesLoaded(ctx: RequestContext, cadreId: string) {
  const districtId = districtOf(ctx).id;
  return loaderFor(
    ctx,
    'selection.annualGrades',
    async (cadreIds) => [...(await annualGradesOf(ctx.prisma, districtId, cadreIds))],
    [],
  ).load(cadreId);
}

export function registerRecommendation(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  const Method = builder.enumType('RecommendationMethod', {
    subGraphs,
    values: {
      MEETING: { description: '会议推荐' },
      TALK: { description: '个别谈话推荐' },
    },
  });
  const Category = builder.enumType('RecommenderCategory', {
    subGraphs,
    values: Object.fromEntries(
      RECOMMENDER_CATEGORIES.map((c) => [c, { description: RECOMMENDER_CATEGORY_LABELS[c].zh }]),
    ) as Record<RecommenderCategory, { description: string }>,
  });
  const SignedKind = builder.enumType('SignedRecommendationKind', {
    subGraphs,
    values: {
      LEADER: { description: '领导干部署名推荐' },
      PARTY_ORG: { description: '党组织推荐' },
    } satisfies Record<SignedRecommendationKind, { description: string }>,
  });

  const CategoryCount = builder
    .objectRef<{ category: RecommenderCategory; count: number }>('RecommenderCategoryCount')
    .implement({
      subGraphs,
      fields: (t) => ({
        category: t.field({ type: Category, resolve: (c) => c.category }),
        label: t.string({
          resolve: (c, _args, ctx) => RECOMMENDER_CATEGORY_LABELS[c.category][ctx.language],
        }),
        count: t.exposeInt('count'),
      }),
    });

  const Line = builder.objectRef<TallyLine>('RecommendationTallyLine').implement({
    subGraphs,
    description: 'One candidate in a round: votes by category, overall, and whether concentrated',
    fields: (t) => ({
      candidate: t.prismaField({
        type: 'SelectionCandidate',
        resolve: (query, line, _args, ctx) =>
          batchedPrisma(ctx).selectionCandidate.findUniqueOrThrow({
            ...query,
            where: { id: line.candidateId },
          }),
      }),
      votesByCategory: t.field({
        type: [CategoryCount],
        complexity: LIST_COST.categories,
        resolve: (line) =>
          RECOMMENDER_CATEGORIES.flatMap((category) => {
            const votes = line.votesByCategory[category];
            return votes === undefined ? [] : [{ category, count: votes }];
          }),
      }),
      total: t.exposeInt('total'),
      share: t.exposeFloat('share', { description: 'Votes over all ballots cast, 0–1' }),
      rank: t.exposeInt('rank', { description: '1 for the most votes; ties share a rank' }),
      concentrated: t.exposeBoolean('concentrated', {
        description: '得票相对集中: at or above the district’s threshold; below it, not promoted',
      }),
    }),
  });

  const Tally = builder
    .objectRef<RecommendationTally & { roundId: string; threshold: number }>('RecommendationTally')
    .implement({
      subGraphs,
      fields: (t) => ({
        participants: t.exposeInt('participants', { description: 'Ballots cast' }),
        threshold: t.exposeFloat('threshold', {
          description: 'The district’s concentration share',
        }),
        candidates: t.field({
          type: [Line],
          complexity: LIST_COST.candidates,
          resolve: (tally) => tally.candidates.map((c) => ({ ...c, roundId: tally.roundId })),
        }),
        problems: t.stringList({
          description: 'Figures that cannot be right; a tally with problems is not used',
          resolve: (tally, _args, ctx) => tally.problems.map((p) => p[ctx.language]),
        }),
      }),
    });

  builder.prismaNode('RecommendationRound', {
    subGraphs,
    id: { field: 'id' },
    description: '民主推荐: one round of meeting or individual-talk recommendation',
    fields: (t) => ({
      method: t.field({ type: Method, resolve: (r) => r.method }),
      heldOn: t.expose('heldOn', { type: 'Date' }),
      validUntil: t.field({
        type: 'Date',
        description: 'The result may be used until this day (one year)',
        resolve: (r) => recommendationExpiry(r.heldOn),
      }),
      note: t.exposeString('note', { nullable: true }),
      ballots: t.field({
        type: [CategoryCount],
        complexity: LIST_COST.categories,
        description: 'Recommenders who took part, by category',
        select: { ballots: true },
        resolve: (r) => r.ballots.map((b) => ({ category: b.category, count: b.participants })),
      }),
      tally: t.field({
        type: Tally,
        select: { ballots: true, votes: true },
        resolve: async (r, _args, ctx) => {
          const threshold = (await configOf(ctx)).concentrationThreshold;
          return { ...tallyOfRound(r, threshold), roundId: r.id, threshold };
        },
      }),
    }),
  });

  const Signed = builder.prismaNode('SignedRecommendation', {
    subGraphs,
    id: { field: 'id' },
    description: '领导干部署名推荐 or 党组织推荐',
    fields: (t) => ({
      candidate: t.relation('candidate'),
      kind: t.field({ type: SignedKind, resolve: (s) => s.kind }),
      recommender: t.exposeString('recommender'),
      reason: t.exposeString('reason'),
      recommendedOn: t.expose('recommendedOn', { type: 'Date' }),
    }),
  });

  builder.prismaObjectFields(SelectionCase, (t) => ({
    rounds: t.relation('rounds', {
      complexity: LIST_COST.rounds,
      query: { orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }] },
    }),
    signedRecommendations: t.relation('signedRecommendations', {
      complexity: LIST_COST.signedRecommendations,
      query: { orderBy: { recommendedOn: 'asc' } },
    }),
  }));

  const RoundResult = builder
    .objectRef<TallyLine & { round: RecommendationRound }>('SelectionCandidateRoundResult')
    .implement({
      subGraphs,
      fields: (t) => ({
        round: t.prismaField({
          type: 'RecommendationRound',
          resolve: (query, r, _args, ctx) =>
            batchedPrisma(ctx).recommendationRound.findUniqueOrThrow({
              ...query,
              where: { id: r.roundId },
            }),
        }),
        heldOn: t.field({ type: 'Date', resolve: (r) => r.round.heldOn }),
        total: t.exposeInt('total'),
        share: t.exposeFloat('share'),
        rank: t.exposeInt('rank'),
        concentrated: t.exposeBoolean('concentrated'),
      }),
    });

  /** The candidate's line in each round of one method. */
  const resultsOf = async (
    ctx: RequestContext,
    candidate: { id: string; caseId: string },
    method: RecommendationRound['method'],
  ) => {
    const threshold = (await configOf(ctx)).concentrationThreshold;
    return (await roundsOf(ctx, candidate.caseId))
      .filter((round) => round.method === method)
      .flatMap((round) => {
        const line = tallyOfRound(round, threshold).candidates.find(
          (c) => c.candidateId === candidate.id,
        );
        return line ? [{ ...line, roundId: round.id, round }] : [];
      });
  };

  const RecentGrade = builder
    .objectRef<{ year: number; grade: AnnualGrade }>('SelectionRecentAnnualGrade')
    .implement({
      subGraphs,
      description: 'A year’s grade in the cadre’s archive (年度考核结果, A15)',
      fields: (t) => ({
        year: t.exposeInt('year'),
        grade: t.field({ type: core.enums.AnnualGrade, resolve: (g) => g.grade }),
      }),
    });

  const ThreeCombinations = builder
    .objectRef<CombinedCandidate>('SelectionThreeCombinations')
    .implement({
      subGraphs,
      description:
        '三个结合: meeting votes beside individual talks, beside the recommendations of leaders ' +
        'and party organizations, and beside the recent annual grades (never votes alone). ' +
        'Stage-work results join here once core records them',
      fields: (t) => ({
        meeting: t.field({
          type: [RoundResult],
          complexity: LIST_COST.rounds,
          description: '会议推荐',
          resolve: (c, _args, ctx) => resultsOf(ctx, c, 'MEETING'),
        }),
        talk: t.field({
          type: [RoundResult],
          complexity: LIST_COST.rounds,
          description: '个别谈话推荐',
          resolve: (c, _args, ctx) => resultsOf(ctx, c, 'TALK'),
        }),
        signed: t.field({
          type: [Signed],
          complexity: LIST_COST.signedRecommendations,
          description: '领导干部署名推荐 and 党组织推荐',
          resolve: (c, _args, ctx) =>
            loaderFor<SignedRecommendation[]>(
              ctx,
              'selection.signedOfCandidate',
              async (candidateIds) =>
                groupRows(
                  await ctx.prisma.signedRecommendation.findMany({
                    where: {
                      candidateId: { in: [...candidateIds] },
                      districtId: districtOf(ctx).id,
                    },
                    orderBy: [{ recommendedOn: 'asc' }, { id: 'asc' }],
                  }),
                  (s) => s.candidateId,
                ),
              [],
            ).load(c.id),
        }),
        // Read as the cadre's record reads them: core asks no permission beyond the record's
        // for annual grades (unlike sanctions), so the case's readers see them here.
        recentGrades: t.field({
          type: [RecentGrade],
          complexity: LIST_COST.recentGrades,
          description:
            '近三年年度考核结果: the grades of the three years before the year of the motion, ' +
            'oldest first; a year without a grade is left out',
          resolve: async (c, _args, ctx) =>
            recentAnnualGrades(await annualGradesLoaded(ctx, c.cadreId), c.motionOn),
        }),
      }),
    });

  builder.prismaObjectFields(Candidate, (t) => ({
    threeCombinations: t.field({
      type: ThreeCombinations,
      select: { selectionCase: { select: { createdAt: true } } },
      resolve: (c) => ({
        id: c.id,
        caseId: c.caseId,
        cadreId: c.cadreId,
        // The motion opened the case; its year is the one in China, where the motion was made.
        motionOn: todayInChina(c.selectionCase.createdAt),
      }),
    }),
  }));

  const BallotInput = builder.inputType('RecommendationBallotInput', {
    subGraphs,
    fields: (t) => ({ category: t.field({ type: Category }), participants: t.int() }),
  });
  const VoteInput = builder.inputType('RecommendationVoteInput', {
    subGraphs,
    fields: (t) => ({
      candidateId: t.globalID({ for: Candidate }),
      category: t.field({ type: Category }),
      votes: t.int(),
    }),
  });
  const RoundInput = builder.inputType('RecommendationRoundInput', {
    subGraphs,
    fields: (t) => ({
      method: t.field({ type: Method }),
      heldOn: t.field({ type: 'Date' }),
      note: t.string({ required: false }),
      ballots: t.field({ type: [BallotInput], description: 'Participants per category' }),
      votes: t.field({ type: [VoteInput], description: 'Votes per candidate and category' }),
    }),
  });

  builder.mutationField('recordRecommendationRound', (t) =>
    t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '民主推荐: record a round with its ballots and votes. Refused with ' +
        'SELECTION_TALLY_INVALID when the figures cannot be right (more votes than ballots …)',
      authScopes: { permission: P.record },
      errors: {},
      args: { caseId: t.arg.globalID({ for: SelectionCase }), input: t.arg({ type: RoundInput }) },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(roundInput, {
          ...args.input,
          votes: args.input.votes.map((v) => ({ ...v, candidateId: v.candidateId.id })),
        });
        return runCaseStep(ctx, args.caseId.id, recordRound, input, query);
      },
    }),
  );

  const SignedInput = builder.inputType('SignedRecommendationInput', {
    subGraphs,
    fields: (t) => ({
      kind: t.field({ type: SignedKind }),
      recommender: t.string({ description: 'The leader (name and post) or the organization' }),
      reason: t.string(),
      recommendedOn: t.field({ type: 'Date' }),
    }),
  });

  builder.mutationField('recordSignedRecommendation', (t) =>
    t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: '领导干部署名推荐 or 党组织推荐 of a candidate',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: SignedInput }),
      },
      resolve: (query, _root, args, ctx) =>
        runCandidateStep(
          ctx,
          args.candidateId.id,
          recordSigned,
          parseInput(signedInput, args.input),
          query,
        ),
    }),
  );
}
