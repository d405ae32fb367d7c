import {
  bilingual,
  changedFields,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
} from '@cadre/core';
import type { EvaluationSubjectKind } from '@cadre/db/client';
import { z } from 'zod';
import { SUBJECT_LABELS } from '../domain/round-setup.ts';
import { optionalText, weight } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { auditRound, reloadRound, type RoundWrite, writeForRound } from './round-access.ts';
import { subjectsOf } from './round-loaders.ts';
import type { RoundTypeRefs } from './round-refs.ts';

// 多元评价主体 (seed 004): who evaluates the participants, each with a weight coefficient, and the
// third-party satisfaction survey with its counts (seed 004: 问卷1190份, 电话1489个).

const KINDS = Object.keys(SUBJECT_LABELS) as [EvaluationSubjectKind, ...EvaluationSubjectKind[]];

const subjectsInput = z
  .array(z.object({ kind: z.enum(KINDS), weight, note: optionalText(500) }))
  .min(1, bilingual('至少设置一个评价主体', 'Set at least one evaluation subject'))
  .max(KINDS.length)
  .superRefine((subjects, issues) => {
    subjects.forEach((subject, i) => {
      if (subjects.findIndex((s) => s.kind === subject.kind) < i) {
        issues.addIssue({
          code: 'custom',
          path: [i, 'kind'],
          message: bilingual(
            `${SUBJECT_LABELS[subject.kind].zh}重复`,
            `${SUBJECT_LABELS[subject.kind].en} is listed twice`,
          ),
        });
      }
    });
  });

const count = z
  .number()
  .int(bilingual('应为整数', 'Must be a whole number'))
  .min(0, bilingual('不能小于0', 'Cannot be below 0'))
  .max(1_000_000);

export const surveyInput = z.object({
  questionnaires: count,
  phoneCalls: count,
  note: optionalText(500),
});
export type SurveyInput = z.infer<typeof surveyInput>;

/** The survey's counts are entered before and while the subjects score. */
export const SURVEY_STAGES = ['PREPARATION', 'SCORING'] as const;

/** 第三方满意度测评's counts on the round's survey subject; the mutation's and the demo's. */
export async function recordSurvey(write: RoundWrite, input: SurveyInput): Promise<void> {
  const survey = await write.tx.evaluationSubject.findUnique({
    where: { roundId_kind: { roundId: write.round.id, kind: 'SATISFACTION_SURVEY' } },
  });
  if (!survey) {
    throw new RuleViolationError('ASSESSMENT_NO_SURVEY_SUBJECT', {
      zh: '评价主体中没有满意度测评，请先将其设为评价主体并赋予权重',
      en: 'The satisfaction survey is not one of the subjects; add it with a weight first',
    });
  }
  await write.tx.evaluationSubject.update({ where: { id: survey.id }, data: input });
  await auditRound(write, 'subject.survey', {
    subjectId: survey.id,
    ...changedFields(
      {
        questionnaires: survey.questionnaires,
        phoneCalls: survey.phoneCalls,
        note: survey.note,
      },
      input,
    ),
  });
}

export function registerEvaluationSubject(
  { builder, subGraphs }: PluginSchemaContext,
  { AssessmentRound }: Pick<RoundTypeRefs, 'AssessmentRound'>,
) {
  const Kind = builder.enumType('EvaluationSubjectKind', {
    subGraphs,
    description: '多元评价主体, and the third-party satisfaction survey',
    values: Object.fromEntries(
      KINDS.map((kind) => [kind, { description: SUBJECT_LABELS[kind].zh }]),
    ) as Record<EvaluationSubjectKind, { description: string }>,
  });

  const Subject = builder.prismaNode('EvaluationSubject', {
    subGraphs,
    id: { field: 'id' },
    description: '评价主体: who scores the participants, with a weight coefficient',
    fields: (t) => ({
      kind: t.field({ type: Kind, resolve: (s) => s.kind }),
      label: t.string({ resolve: (s, _args, ctx) => SUBJECT_LABELS[s.kind][ctx.language] }),
      weight: t.exposeFloat('weight', {
        description: 'Weight coefficient in percent; a round’s subjects sum to 100',
      }),
      questionnaires: t.exposeInt('questionnaires', {
        nullable: true,
        description: 'Satisfaction survey: questionnaires returned',
      }),
      phoneCalls: t.exposeInt('phoneCalls', {
        nullable: true,
        description: 'Satisfaction survey: phone calls made',
      }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

  builder.prismaObjectFields(AssessmentRound, (t) => ({
    subjects: t.field({
      type: [Subject],
      complexity: LIST_COST.subjects,
      resolve: (r, _args, ctx) => subjectsOf(ctx, r.id),
    }),
    satisfactionSurvey: t.field({
      type: Subject,
      nullable: true,
      description: 'The satisfaction survey among the subjects, with its counts; null: none',
      resolve: async (r, _args, ctx) =>
        (await subjectsOf(ctx, r.id)).find((s) => s.kind === 'SATISFACTION_SURVEY') ?? null,
    }),
  }));

  const SubjectInput = builder.inputType('EvaluationSubjectInput', {
    subGraphs,
    fields: (t) => ({
      kind: t.field({ type: Kind }),
      weight: t.float({ description: 'Percent; the subjects must sum to 100 when scoring starts' }),
      note: t.string({ required: false }),
    }),
  });

  builder.mutationFields((t) => ({
    setEvaluationSubjects: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        'The round’s subjects and their weight coefficients, replacing the set (in preparation). ' +
        'Each weight is checked now; that they sum to 100% when scoring starts (ASSESSMENT_WEIGHTS)',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        subjects: t.arg({ type: [SubjectInput] }),
      },
      resolve: (query, _root, args, ctx) => {
        const subjects = parseInput(subjectsInput, args.subjects, ['subjects']);
        return writeForRound(ctx, args.roundId.id, ['PREPARATION'], async (write) => {
          const { tx, districtId, round } = write;
          const before = await tx.evaluationSubject.findMany({
            where: { roundId: round.id },
            orderBy: { kind: 'asc' },
            select: { kind: true, weight: true, note: true },
          });
          await tx.evaluationSubject.deleteMany({
            where: { roundId: round.id, kind: { notIn: subjects.map((s) => s.kind) } },
          });
          for (const { kind, ...values } of subjects) {
            // The survey's counts stay with its subject.
            await tx.evaluationSubject.upsert({
              where: { roundId_kind: { roundId: round.id, kind } },
              create: { districtId, roundId: round.id, kind, ...values },
              update: values,
            });
          }
          await auditRound(write, 'subject.set', changedFields({ subjects: before }, { subjects }));
          return reloadRound(write, query);
        });
      },
    }),
    recordSatisfactionSurvey: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        '第三方满意度测评: the questionnaires returned and the phone calls made, entered or ' +
        'imported; its scores are entered as the SATISFACTION_SURVEY subject’s. Refused when the ' +
        'round has no such subject (ASSESSMENT_NO_SURVEY_SUBJECT)',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        questionnaires: t.arg.int(),
        phoneCalls: t.arg.int(),
        note: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(surveyInput, args, []);
        return writeForRound(ctx, args.roundId.id, SURVEY_STAGES, async (write) => {
          await recordSurvey(write, input);
          return reloadRound(write, query);
        });
      },
    }),
  }));

  return { EvaluationSubject: Subject, EvaluationSubjectKind: Kind };
}
