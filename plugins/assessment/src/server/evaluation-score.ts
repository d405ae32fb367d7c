import {
  bilingual,
  InputError,
  type InputIssue,
  isUuid,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  type WriteScope,
} from '@cadre/core';
import type { EvaluationSubjectKind } from '@cadre/db/client';
import { z } from 'zod';
import { SUBJECT_LABELS } from '../domain/round-setup.ts';
import { score } from './inputs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { type LockedRound, reloadRound, wrongStage, writeForRound } from './round-access.ts';
import type { RoundRefs } from './round-refs.ts';

// 测评打分: one subject's scores, 0–100 per participant and item, entered on the page or imported
// from a score sheet. A batch is written whole or not at all: one bad score refuses every row.

/** One score of a batch, by row ids (a participant of the round, an item of the round). */
export interface ScoreRow {
  participantId: string;
  itemId: string;
  score: number;
}

/** A subject scoring every item of a district’s civil servants fits in one batch. */
const MAX_SCORES = 10_000;

const rowsInput = z
  .array(z.object({ participantId: z.string(), itemId: z.string(), score }))
  .min(1, bilingual('没有分数', 'No scores'))
  .max(
    MAX_SCORES,
    bilingual(`一次最多${MAX_SCORES}个分数`, `At most ${MAX_SCORES} scores at a time`),
  )
  .superRefine((rows, issues) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = `${row.participantId}/${row.itemId}`;
      if (seen.has(key)) {
        issues.addIssue({
          code: 'custom',
          path: [i, 'itemId'],
          message: bilingual('同一考核对象的同一评价要素重复打分', 'The same item is scored twice'),
        });
      }
      seen.add(key);
    });
  });

/** Ids of a batch that name no row of the round, each as an issue of its row. */
function strangers(
  rows: readonly ScoreRow[],
  field: 'participantId' | 'itemId',
  known: ReadonlySet<string>,
): InputIssue[] {
  const text =
    field === 'participantId'
      ? { zh: '不是本次考核的考核对象', en: 'Not assessed in this round' }
      : { zh: '不是本次考核的评价要素', en: 'Not an item of this round' };
  return rows.flatMap((row, i) =>
    known.has(row[field]) ? [] : [{ path: `scores.${i}.${field}`, code: 'NOT_FOUND', text }],
  );
}

/**
 * Validates and writes one subject's scores in a round at the scoring stage, inside the caller's
 * audited write (the page's mutation, the score-sheet import): every score 0–100, every
 * participant and item of the round, each pair once; then each score replaces the subject's
 * earlier one. Refuses the whole batch otherwise (issues at `scores.<row>.<field>`). Answers the
 * number of scores written.
 */
export async function writeEvaluationScores(
  write: WriteScope & { districtId: string },
  round: LockedRound,
  subjectKind: EvaluationSubjectKind,
  rows: readonly ScoreRow[],
): Promise<number> {
  if (round.stage !== 'SCORING') throw wrongStage(round.stage, ['SCORING']);
  const scores = parseInput(rowsInput, rows, ['scores']);
  const { tx, districtId } = write;
  const subject = await tx.evaluationSubject.findUnique({
    where: { roundId_kind: { roundId: round.id, kind: subjectKind } },
  });
  if (!subject) {
    throw new RuleViolationError('ASSESSMENT_SUBJECT_NOT_IN_ROUND', {
      zh: `${SUBJECT_LABELS[subjectKind].zh}不是本次考核的评价主体`,
      en: `${SUBJECT_LABELS[subjectKind].en} is not an evaluation subject of this round`,
    });
  }
  const ids = (field: 'participantId' | 'itemId') => [
    ...new Set(scores.map((s) => s[field]).filter(isUuid)),
  ];
  const [participants, items] = await Promise.all([
    tx.roundParticipant.findMany({
      where: { roundId: round.id, id: { in: ids('participantId') } },
      select: { id: true },
    }),
    tx.evaluationItem.findMany({
      where: { roundId: round.id, id: { in: ids('itemId') } },
      select: { id: true },
    }),
  ]);
  const issues = [
    ...strangers(scores, 'participantId', new Set(participants.map((p) => p.id))),
    ...strangers(scores, 'itemId', new Set(items.map((i) => i.id))),
  ];
  if (issues.length > 0) throw new InputError(issues);

  const pair = (s: { participantId: string; itemId: string }) => `${s.participantId}/${s.itemId}`;
  const wanted = new Set(scores.map(pair));
  const earlier = (
    await tx.evaluationScore.findMany({
      where: { subjectId: subject.id, participantId: { in: ids('participantId') } },
    })
  ).filter((s) => wanted.has(pair(s)));
  const was = new Map(earlier.map((s) => [pair(s), s.score]));
  await tx.evaluationScore.deleteMany({ where: { id: { in: earlier.map((s) => s.id) } } });
  await tx.evaluationScore.createMany({
    data: scores.map((s) => ({ districtId, subjectId: subject.id, ...s })),
  });
  await write.audit({
    operation: 'assessment.score.record',
    targetType: 'AssessmentRound',
    targetId: round.id,
    changes: {
      subject: subjectKind,
      scores: scores.map((s) => ({ ...s, was: was.get(pair(s)) ?? null })),
    },
  });
  return scores.length;
}

export function registerEvaluationScore(
  { builder, subGraphs }: PluginSchemaContext,
  refs: Pick<
    RoundRefs,
    'AssessmentRound' | 'EvaluationSubjectKind' | 'RoundParticipant' | 'EvaluationItem'
  >,
) {
  const { AssessmentRound, EvaluationSubjectKind, RoundParticipant, EvaluationItem } = refs;

  const ScoreInput = builder.inputType('EvaluationScoreInput', {
    subGraphs,
    fields: (t) => ({
      participantId: t.globalID({ for: RoundParticipant }),
      itemId: t.globalID({ for: EvaluationItem }),
      score: t.float({ description: '0–100' }),
    }),
  });

  builder.mutationField('recordEvaluationScores', (t) =>
    t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        '测评打分: one subject’s scores (0–100) of participants on items, while the round is ' +
        'scoring; each replaces the subject’s earlier score of the pair. All or nothing: one ' +
        'score out of range, or of a participant or item not in the round, refuses the batch',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        subject: t.arg({ type: EvaluationSubjectKind }),
        scores: t.arg({ type: [ScoreInput] }),
      },
      resolve: (query, _root, args, ctx) =>
        writeForRound(ctx, args.roundId.id, ['SCORING'], async (write) => {
          await writeEvaluationScores(
            write,
            write.round,
            args.subject,
            args.scores.map((s) => ({
              participantId: s.participantId.id,
              itemId: s.itemId.id,
              score: s.score,
            })),
          );
          return reloadRound(write, query);
        }),
    }),
  );
}
