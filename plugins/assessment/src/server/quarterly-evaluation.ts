import {
  bilingual,
  changedFields,
  InputError,
  isUuid,
  loadWorkingDayCalendar,
  NotFoundError,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  todayInChina,
} from '@cadre/core';
import type { QuarterGrade } from '@cadre/db/client';
import { z } from 'zod';
import { dailyPublicityEnd, quarterStart, type Quarter } from '../domain/daily.ts';
import { needsComment, QUARTER_GRADE_LABELS } from '../domain/daily-terms.ts';
import { assessmentConfigOf } from './config.ts';
import {
  auditDaily,
  cadreOf,
  changesOf,
  DAILY_WRITE,
  lockUnitQuarter,
  recorderOf,
  refuseOtherUnit,
  UNIT_LABEL,
  unitOfWrite,
  type DailyWrite,
  writeDaily,
} from './daily-access.ts';
import { quarterNumber } from './daily-record.ts';
import { assessmentYear, optionalText, pastDay } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { unitOf, userNameOf } from './loaders.ts';

// 季考评: the unit leader's evaluation of a cadre's quarter (领导评鉴), a score and a grade, then
// published within the unit (公示) for the district's `publicityWorkingDays`. A change after
// publication is a correction: it needs its reason (kept in the audit record) and takes the
// evaluation out of the publication, so the corrected result is published again in full.

const quarterInput = z.object({ year: assessmentYear, quarter: quarterNumber });

const begun = (q: Quarter) => quarterStart(q) <= todayInChina();
const NOT_BEGUN = {
  path: ['quarter'],
  message: bilingual('该季度尚未开始', 'That quarter has not begun'),
};

export const evaluationInput = quarterInput
  .extend({
    score: z
      .number()
      .min(0, bilingual('分数应在0–100之间', 'A score is 0–100'))
      .max(100, bilingual('分数应在0–100之间', 'A score is 0–100')),
    grade: z.enum(['GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR']),
    comment: optionalText(2000),
    evaluatedOn: pastDay.nullish().transform((day) => day ?? todayInChina()),
    correctionReason: optionalText(500),
  })
  .refine(begun, NOT_BEGUN)
  .refine((e) => !begun(e) || e.evaluatedOn >= quarterStart(e), {
    path: ['evaluatedOn'],
    message: bilingual('评鉴日期不能早于该季度', 'Evaluated before the quarter began'),
  })
  .refine((e) => !needsComment(e.grade) || e.comment, {
    path: ['comment'],
    message: bilingual('评为“较差”须写明评语', 'A 较差 grade needs a comment'),
  });

export const publishInput = quarterInput
  .extend({ publishedOn: pastDay.nullish().transform((day) => day ?? todayInChina()) })
  .refine(begun, NOT_BEGUN);

export type EvaluationInput = z.infer<typeof evaluationInput>;
export type PublishInput = z.infer<typeof publishInput>;

const correctionReasonMissing = () =>
  new InputError([
    {
      path: 'input.correctionReason',
      code: 'REQUIRED',
      text: {
        zh: '该季考评已公示，修改须说明理由，并重新公示',
        en: 'This evaluation has been published: a change needs its reason, and is published again',
      },
    },
  ]);

/**
 * 季考评 of a cadre, replacing the quarter's earlier one; once published, a change needs its
 * reason and leaves the publication. The mutation's and the demo's.
 */
export async function recordQuarterlyEvaluation(
  write: DailyWrite,
  cadreId: string,
  { correctionReason, ...input }: EvaluationInput,
): Promise<string> {
  const cadre = await cadreOf(write, cadreId);
  const key = { cadreId: cadre.id, year: input.year, quarter: input.quarter };
  const found = () =>
    write.tx.quarterlyEvaluation.findUnique({ where: { cadreId_year_quarter: key } });
  const unitId = await unitOfWrite(write, cadre, await found());
  await lockUnitQuarter(write, unitId, input);
  // Read again under the lock: a publication may have just taken it.
  const existing = await found();
  if (existing?.publishedOn && !correctionReason) throw correctionReasonMissing();
  const data = {
    score: input.score,
    grade: input.grade,
    comment: input.comment ?? '',
    evaluatedOn: input.evaluatedOn,
    evaluatedBy: recorderOf(write),
    publishedOn: null,
    publicityEndsOn: null,
  };
  const evaluation = existing
    ? await write.tx.quarterlyEvaluation.update({ where: { id: existing.id }, data })
    : await write.tx.quarterlyEvaluation.create({
        data: { ...key, ...data, unitId, districtId: write.districtId },
      });
  await auditDaily(
    write,
    'evaluate',
    { type: 'QuarterlyEvaluation', id: evaluation.id },
    {
      ...changesOf(existing, existing ? data : { ...key, ...data }),
      ...(existing?.publishedOn ? { correctionReason: [null, correctionReason] } : {}),
    },
  );
  return evaluation.id;
}

/** 公示 of a unit's evaluations of a quarter not yet published; answers their ids. */
export async function publishQuarterlyEvaluations(
  write: DailyWrite,
  unitId: string,
  { publishedOn, ...q }: PublishInput,
): Promise<string[]> {
  const { tx, districtId } = write;
  const unit = isUuid(unitId)
    ? await tx.unit.findFirst({ where: { id: unitId, districtId } })
    : null;
  if (!unit) throw new NotFoundError(UNIT_LABEL);
  await refuseOtherUnit(write, unit.id);
  await lockUnitQuarter(write, unit.id, q);
  const waiting = await tx.quarterlyEvaluation.findMany({
    where: { districtId, unitId: unit.id, ...q, publishedOn: null },
    select: { id: true, evaluatedOn: true },
  });
  if (waiting.length === 0) {
    throw new RuleViolationError('ASSESSMENT_NOTHING_TO_PUBLISH', {
      zh: `${unit.name}${q.year}年第${q.quarter}季度没有待公示的季考评`,
      en: `${unit.name} has no evaluations of ${q.year} Q${q.quarter} to publish`,
    });
  }
  const latest = Math.max(...waiting.map((e) => e.evaluatedOn.getTime()));
  if (publishedOn.getTime() < latest) {
    throw InputError.ofFields([
      {
        field: 'publishedOn',
        code: 'BEFORE_EVALUATION',
        text: {
          zh: `公示日期不能早于季考评日期（${new Date(latest).toISOString().slice(0, 10)}）`,
          en: `Published before an evaluation was made (${new Date(latest).toISOString().slice(0, 10)})`,
        },
      },
    ]);
  }
  const { publicityWorkingDays } = await assessmentConfigOf(tx, districtId);
  const publicityEndsOn = dailyPublicityEnd(
    publishedOn,
    publicityWorkingDays,
    await loadWorkingDayCalendar(tx),
  );
  const ids = waiting.map((e) => e.id);
  await tx.quarterlyEvaluation.updateMany({
    where: { id: { in: ids } },
    data: { publishedOn, publicityEndsOn },
  });
  await auditDaily(
    write,
    'publish',
    { type: 'Unit', id: unit.id },
    {
      ...changedFields({}, { ...q, publishedOn, publicityEndsOn, publicityWorkingDays }),
      evaluations: [null, ids],
    },
  );
  return ids;
}

export function registerQuarterlyEvaluation({ builder, subGraphs, core }: PluginSchemaContext) {
  const Grade = builder.enumType('QuarterGrade', {
    subGraphs,
    values: Object.fromEntries(
      Object.entries(QUARTER_GRADE_LABELS).map(([grade, l]) => [grade, { description: l.zh }]),
    ) as Record<QuarterGrade, { description: string }>,
  });

  const QuarterlyEvaluationRef = builder.prismaNode('QuarterlyEvaluation', {
    subGraphs,
    id: { field: 'id' },
    description: '季考评: a cadre’s quarter, scored and graded by the unit leader (领导评鉴)',
    fields: (t) => ({
      cadre: t.field({ type: core.Cadre, resolve: (e) => e.cadreId }),
      unit: t.field({ type: core.Unit, resolve: (e, _args, ctx) => unitOf(ctx, e.unitId) }),
      year: t.exposeInt('year'),
      quarter: t.exposeInt('quarter'),
      score: t.exposeFloat('score', { description: '0–100' }),
      grade: t.field({ type: Grade, resolve: (e) => e.grade }),
      comment: t.exposeString('comment', { description: 'Empty when none was written' }),
      evaluatorName: t.string({
        nullable: true,
        description: 'Who recorded the evaluation',
        resolve: (e, _args, ctx) => userNameOf(ctx, e.evaluatedBy),
      }),
      evaluatedOn: t.expose('evaluatedOn', { type: 'Date' }),
      publishedOn: t.expose('publishedOn', {
        type: 'Date',
        nullable: true,
        description: '公示 within the unit; null until published (again, after a correction)',
      }),
      publicityEndsOn: t.expose('publicityEndsOn', {
        type: 'Date',
        nullable: true,
        description: 'The last working day of the publicity',
      }),
      publicityRunning: t.boolean({
        description: 'Published and the publicity not over (today in China)',
        resolve: (e) =>
          e.publicityEndsOn !== null &&
          e.publishedOn !== null &&
          e.publishedOn <= todayInChina() &&
          todayInChina() <= e.publicityEndsOn,
      }),
    }),
  });

  const EvaluationInput = builder.inputType('QuarterlyEvaluationInput', {
    subGraphs,
    fields: (t) => ({
      year: t.int(),
      quarter: t.int({ description: '1–4; a quarter that has begun' }),
      score: t.float({ description: '0–100' }),
      grade: t.field({ type: Grade }),
      comment: t.string({ required: false, description: 'Required for 较差' }),
      evaluatedOn: t.field({ type: 'Date', required: false, description: 'Today by default' }),
      correctionReason: t.string({
        required: false,
        description: 'Required to change an evaluation already published',
      }),
    }),
  });

  const PublishInput = builder.inputType('QuarterlyEvaluationPublishInput', {
    subGraphs,
    fields: (t) => ({
      year: t.int(),
      quarter: t.int(),
      publishedOn: t.field({ type: 'Date', required: false, description: 'Today by default' }),
    }),
  });

  builder.mutationFields((t) => ({
    recordQuarterlyEvaluation: t.prismaField({
      type: QuarterlyEvaluationRef,
      subGraphs,
      description:
        '季考评 of a cadre for a quarter that has begun; recording it again replaces it. Once ' +
        'published, a change needs `correctionReason` and is taken out of the publication to be ' +
        'published again. A unit assessor evaluates the own unit only (ASSESSMENT_NOT_OWN_UNIT)',
      authScopes: DAILY_WRITE,
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: core.Cadre }),
        input: t.arg({ type: EvaluationInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(evaluationInput, args.input);
        return writeDaily(ctx, async (write) => {
          const id = await recordQuarterlyEvaluation(write, args.cadreId.id, input);
          return write.tx.quarterlyEvaluation.findUniqueOrThrow({ ...query, where: { id } });
        });
      },
    }),
    publishQuarterlyEvaluations: t.prismaField({
      type: [QuarterlyEvaluationRef],
      subGraphs,
      complexity: LIST_COST.cadresOfUnit,
      description:
        '公示: publishes a unit’s evaluations of a quarter not yet published, on `publishedOn` ' +
        '(not before any of them was made), for the district’s `publicityWorkingDays` counted ' +
        'on the working-day calendar. ASSESSMENT_NOTHING_TO_PUBLISH when every one is published',
      authScopes: DAILY_WRITE,
      errors: {},
      args: { unitId: t.arg.globalID({ for: core.Unit }), input: t.arg({ type: PublishInput }) },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(publishInput, args.input);
        return writeDaily(ctx, async (write) => {
          const ids = await publishQuarterlyEvaluations(write, args.unitId.id, input);
          return write.tx.quarterlyEvaluation.findMany({
            ...query,
            where: { id: { in: ids } },
            orderBy: { cadreId: 'asc' },
          });
        });
      },
    }),
  }));

  return { QuarterlyEvaluation: QuarterlyEvaluationRef, QuarterGrade: Grade };
}
