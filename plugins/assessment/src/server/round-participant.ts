import {
  bilingual,
  districtOf,
  MAX_PAGE_SIZE,
  NotFoundError,
  pageCost,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  resolveArrayConnection,
  RuleViolationError,
} from '@cadre/core';
import type { EvaluationItem, EvaluationSubject, RoundParticipant } from '@cadre/db/client';
import { z } from 'zod';
import { type ScoreSheet, scoreSheet, someNames, type SubjectLine } from '../domain/score-sheet.ts';
import { toHundredths } from '../domain/weighted-total.ts';
import { LIST_COST } from './list-costs.ts';
import { unitOf } from './loaders.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import {
  auditRound,
  reloadRound,
  roundIdOfRow,
  type RoundWrite,
  writeForRound,
} from './round-access.ts';
import { itemsOf, participantsOf, scoresOf, subjectsOf } from './round-loaders.ts';
import type { RoundSetupRefs } from './round-refs.ts';

// 考核对象: the cadres a round assesses, each with their scores by every subject, the weighted
// score of each subject and the evaluation score over the subjects (seed 004: 赋予不同的权重系数
// … 避免将评价意见简单相加), computed from the scores as they stand.

const CADRE_LABEL = { zh: '干部', en: 'Cadre' };
export const PARTICIPANT_LABEL = { zh: '考核对象', en: 'Participant' };
const MAX_ADDED = 500;

const addInput = z
  .array(z.string())
  .min(1, bilingual('至少选择一名干部', 'Choose at least one cadre'))
  .max(MAX_ADDED, bilingual(`一次最多添加${MAX_ADDED}人`, `At most ${MAX_ADDED} at a time`));

/** A subject's line of a participant's sheet, with the item scores it rests on. */
interface SubjectScoreView {
  line: SubjectLine<EvaluationSubject>;
  itemScores: { item: EvaluationItem; score: number }[];
}

/** The participant's score sheet as the round's subjects, items and scores stand now. */
async function sheetOf(ctx: RequestContext, participant: RoundParticipant) {
  const [subjects, items, scores] = await Promise.all([
    subjectsOf(ctx, participant.roundId),
    itemsOf(ctx, participant.roundId),
    scoresOf(ctx, participant.id),
  ]);
  const sheet = scoreSheet(subjects, items, scores);
  const views = sheet.subjects.map((line): SubjectScoreView => ({
    line,
    itemScores: items.flatMap((item) => {
      const found = scores.find((s) => s.subjectId === line.id && s.itemId === item.id);
      return found ? [{ item, score: found.score }] : [];
    }),
  }));
  return { sheet, views };
}

const shown = (score: number | null) => (score === null ? null : toHundredths(score));

/** Who is assessed changes until the scoring ends. */
export const PARTICIPANTS_CHANGE = ['PREPARATION', 'SCORING'] as const;

/** Takes a cadre out of the round with the scores given them; the mutation's and the demo's. */
export async function removeParticipant(write: RoundWrite, participantId: string): Promise<void> {
  const participant = await write.tx.roundParticipant.findFirst({
    where: { id: participantId, roundId: write.round.id },
    include: { _count: { select: { scores: true } } },
  });
  // Removed meanwhile: as missing.
  if (!participant) throw new NotFoundError(PARTICIPANT_LABEL);
  await write.tx.roundParticipant.delete({ where: { id: participant.id } });
  await auditRound(write, 'participant.remove', {
    participantId: participant.id,
    cadreId: [participant.cadreId, null],
    scores: [participant._count.scores, 0],
  });
}

export function registerRoundParticipant(
  { builder, subGraphs, core }: PluginSchemaContext,
  refs: Pick<
    RoundSetupRefs,
    'AssessmentRound' | 'EvaluationSubject' | 'EvaluationSubjectKind' | 'EvaluationItem'
  >,
) {
  const { AssessmentRound, EvaluationSubject, EvaluationSubjectKind, EvaluationItem } = refs;

  const ItemScore = builder
    .objectRef<SubjectScoreView['itemScores'][number]>('ParticipantItemScore')
    .implement({
      subGraphs,
      description: 'One item’s score by one subject',
      fields: (t) => ({
        item: t.field({ type: EvaluationItem, resolve: (s) => s.item }),
        score: t.exposeFloat('score'),
      }),
    });

  const SubjectScore = builder.objectRef<SubjectScoreView>('ParticipantSubjectScore').implement({
    subGraphs,
    description: 'What one subject gave a participant: the items scored and their weighted sum',
    fields: (t) => ({
      subject: t.field({ type: EvaluationSubject, resolve: (v) => v.line }),
      score: t.float({
        nullable: true,
        description:
          'Σ item score × item weight / 100, in hundredths; null until every item is scored',
        resolve: (v) => shown(v.line.score),
      }),
      scoredItems: t.int({ resolve: (v) => v.line.scoredItems }),
      complete: t.boolean({ resolve: (v) => v.line.complete }),
      itemScores: t.field({
        type: [ItemScore],
        complexity: LIST_COST.itemScores,
        resolve: (v) => v.itemScores,
      }),
    }),
  });

  const Evaluation = builder
    .objectRef<ScoreSheet['evaluation']>('ParticipantEvaluation')
    .implement({
      subGraphs,
      description:
        '测评得分: the subjects’ scores weighted by their coefficients, over the subjects that ' +
        'scored every item; one that did not is left out (not counted as 0) and named',
      fields: (t) => ({
        score: t.float({ nullable: true, resolve: (e) => shown(e.score) }),
        weightUsed: t.exposeFloat('weightUsed', {
          description: 'The percent of the subjects’ weight the score rests on',
        }),
        missingSubjects: t.field({
          type: [EvaluationSubjectKind],
          complexity: LIST_COST.subjects,
          resolve: (e) => e.missing as EvaluationSubject['kind'][],
        }),
      }),
    });

  const Participant = builder.prismaNode('RoundParticipant', {
    subGraphs,
    id: { field: 'id' },
    description: '考核对象: a cadre assessed in a round, with their scores',
    fields: (t) => ({
      round: t.relation('round'),
      cadre: t.field({ type: core.Cadre, resolve: (p) => p.cadreId }),
      unit: t.field({
        type: core.Unit,
        description: 'The cadre’s unit when they were added to the round',
        resolve: (p, _args, ctx) => unitOf(ctx, p.unitId),
      }),
      subjectScores: t.field({
        type: [SubjectScore],
        complexity: LIST_COST.subjectScores,
        description: 'Per subject of the round, in the subjects’ order',
        resolve: async (p, _args, ctx) => (await sheetOf(ctx, p)).views,
      }),
      evaluation: t.field({
        type: Evaluation,
        resolve: async (p, _args, ctx) => (await sheetOf(ctx, p)).sheet.evaluation,
      }),
      complete: t.boolean({
        description: 'Scored on every item by at least one subject: ready for the grades',
        resolve: async (p, _args, ctx) => (await sheetOf(ctx, p)).sheet.complete,
      }),
      total: t.exposeFloat('total', {
        nullable: true,
        description: 'The total of the last allocation (evaluation, daily, unit, deductions)',
      }),
      grade: t.field({
        type: core.enums.AnnualGrade,
        nullable: true,
        description: 'The grade given (确定等次)',
        resolve: (p) => p.grade,
      }),
    }),
  });

  builder.prismaObjectFields(AssessmentRound, (t) => ({
    participants: t.connection(
      {
        type: Participant,
        description:
          'By unit, then by name; a page of a round as large as a district’s civil servants',
        complexity: pageCost,
        resolve: async (r, args, ctx) =>
          resolveArrayConnection(
            { args, defaultSize: 50, maxSize: MAX_PAGE_SIZE },
            await participantsOf(ctx, r.id),
          ),
      },
      { subGraphs },
      { subGraphs },
    ),
  }));

  builder.queryField('cadreAssessments', (t) =>
    t.prismaField({
      type: [Participant],
      subGraphs,
      description: 'The rounds a cadre was assessed in, the latest first (the profile section)',
      authScopes: { permission: P.readRounds },
      complexity: LIST_COST.roundsOfCadre,
      args: { cadreId: t.arg.globalID({ for: core.Cadre }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.roundParticipant.findMany({
          ...query,
          where: { districtId: districtOf(ctx).id, cadreId: args.cadreId.id },
          orderBy: [{ round: { year: 'desc' } }, { round: { createdAt: 'desc' } }, { id: 'asc' }],
        }),
    }),
  );

  builder.mutationFields((t) => ({
    addRoundParticipants: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        'Add serving cadres to a round (in preparation or scoring), all or none: a cadre not in ' +
        'service (ASSESSMENT_CADRE_NOT_SERVING) or already assessed in it ' +
        '(ASSESSMENT_ALREADY_PARTICIPANT) refuses the whole list',
      authScopes: { permission: P.openRound },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        cadreIds: t.arg.globalIDList({ for: core.Cadre }),
      },
      resolve: (query, _root, args, ctx) => {
        const ids = [
          ...new Set(
            parseInput(
              addInput,
              args.cadreIds.map((c) => c.id),
              ['cadreIds'],
            ),
          ),
        ];
        return writeForRound(ctx, args.roundId.id, PARTICIPANTS_CHANGE, async (write) => {
          const { tx, districtId, round } = write;
          const cadres = await tx.cadre.findMany({
            where: { districtId, id: { in: ids } },
            select: { id: true, name: true, status: true, unitId: true },
          });
          if (cadres.length !== ids.length) throw new NotFoundError(CADRE_LABEL);
          const away = cadres.filter((c) => c.status !== 'ACTIVE');
          if (away.length > 0) {
            const names = someNames(away.map((c) => c.name));
            throw new RuleViolationError('ASSESSMENT_CADRE_NOT_SERVING', {
              zh: `不在职，不能作为考核对象：${names.zh}`,
              en: `Not in service, so not assessed: ${names.en}`,
            });
          }
          const present = await tx.roundParticipant.findMany({
            where: { roundId: round.id, cadreId: { in: ids } },
            select: { cadreId: true },
          });
          if (present.length > 0) {
            const taken = new Set(present.map((p) => p.cadreId));
            const names = someNames(cadres.filter((c) => taken.has(c.id)).map((c) => c.name));
            throw new RuleViolationError('ASSESSMENT_ALREADY_PARTICIPANT', {
              zh: `已是本次考核的考核对象：${names.zh}`,
              en: `Already assessed in this round: ${names.en}`,
            });
          }
          await tx.roundParticipant.createMany({
            data: cadres.map((c) => ({
              districtId,
              roundId: round.id,
              cadreId: c.id,
              unitId: c.unitId,
            })),
          });
          await auditRound(write, 'participant.add', { cadreIds: [null, ids] });
          return reloadRound(write, query);
        });
      },
    }),
    removeRoundParticipant: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        'Take a cadre out of a round (in preparation or scoring), with the scores given them',
      authScopes: { permission: P.openRound },
      errors: {},
      args: { participantId: t.arg.globalID({ for: Participant }) },
      resolve: async (query, _root, args, ctx) => {
        const roundId = await roundIdOfRow(ctx, args.participantId.id, PARTICIPANT_LABEL, (where) =>
          ctx.prisma.roundParticipant.findFirst({ where, select: { roundId: true } }),
        );
        return writeForRound(ctx, roundId, PARTICIPANTS_CHANGE, async (write) => {
          await removeParticipant(write, args.participantId.id);
          return reloadRound(write, query);
        });
      },
    }),
  }));

  return { RoundParticipant: Participant };
}
