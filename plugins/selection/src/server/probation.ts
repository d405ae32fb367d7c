import {
  closeDueItem,
  changedFields,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  todayInChina,
  transitionCaseIn,
} from '@cadre/core';
import type { ProbationResult } from '@cadre/db/client';
import { z } from 'zod';
import { selectionWorkflow } from '../workflow.ts';
import { PROBATION_DUE_KIND } from './appointment.ts';
import { changeCadrePost } from './cadre-history.ts';
import { auditCase, type CandidateStep, candidateIn, runCandidateStep } from './case-access.ts';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { expectedVersion, pastDay, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import { LIST_COST } from './list-costs.ts';

// 试用期: a year for a promotion; at its end an assessment. Pass: formal appointment. Fail: the
// trial post ends and the cadre returns to the former rank, with a line in the post history.

export const concludeInput = z.object({
  result: z.enum(['PASS', 'FAIL']),
  assessment: text(2000),
  concludedOn: pastDay,
  expectedVersion,
});

/** The post-history line of a cadre returned to the former rank. */
const REVERTED_POST_TITLE = '试用期满考核不合格，免去试用职务，按原职级安排';

/**
 * 试用期满考核 of one appointee, on or after the last day of probation; FAIL returns the cadre to
 * the former rank. The last conclusion ends the case: FORMAL if anyone passed, else REVERTED.
 */
export const concludeProbation: CandidateStep<z.output<typeof concludeInput>> = {
  stages: ['PROBATION'],
  async run(write, candidate, input) {
    candidateIn(candidate, ['APPOINTED']);
    const { tx, districtId, selectionCase } = write;
    const probation = await tx.probation.findUniqueOrThrow({
      where: { candidateId: candidate.id },
    });
    if (probation.result) {
      throw new RuleViolationError('SELECTION_PROBATION_CONCLUDED', {
        zh: `${candidate.name}的试用期满考核已完成`,
        en: `${candidate.name}'s probation has been concluded`,
      });
    }
    if (input.concludedOn < probation.endsOn) {
      throw new RuleViolationError('SELECTION_PROBATION_RUNNING', {
        zh: `${candidate.name}的试用期至${probation.endsOn.toISOString().slice(0, 10)}，期满后方可考核`,
        en: `${candidate.name}'s probation runs until ${probation.endsOn.toISOString().slice(0, 10)}`,
      });
    }
    const data = {
      result: input.result,
      assessment: input.assessment,
      concludedOn: input.concludedOn,
    };
    await tx.probation.update({ where: { id: probation.id }, data });
    if (input.result === 'FAIL') {
      const appointment = await tx.appointment.findUniqueOrThrow({
        where: { candidateId: candidate.id },
      });
      const cadre = await tx.cadre.findFirstOrThrow({
        where: { id: candidate.cadreId, districtId },
        select: { unitId: true },
      });
      const unit = await tx.unit.findFirstOrThrow({
        where: { id: cadre.unitId, districtId },
      });
      await changeCadrePost(tx, write.audit, districtId, {
        cadreId: candidate.cadreId,
        endHeldPosts: true,
        newPost: { unit, title: REVERTED_POST_TITLE },
        unitId: unit.id,
        rank: appointment.formerRank ?? selectionCase.targetRank,
        rankSince: appointment.formerRankSince ?? probation.startsOn,
        on: input.concludedOn,
        operation: 'selection.probation.revert-cadre',
      });
    }
    await closeDueItem(
      tx,
      districtId,
      { source: SELECTION_PLUGIN_ID, kind: PROBATION_DUE_KIND, subjectId: candidate.id },
      write.at,
    );
    await auditCase(write, 'probation.conclude', {
      candidateId: candidate.id,
      ...changedFields({}, data),
    });
    await write.emit('selection.probation.concluded', {
      caseId: selectionCase.id,
      candidateId: candidate.id,
      cadreId: candidate.cadreId,
      result: input.result,
      concludedOn: input.concludedOn.toISOString().slice(0, 10),
    });
    const open = await tx.probation.count({
      where: { caseId: selectionCase.id, result: null },
    });
    if (open === 0) {
      const passed = await tx.probation.count({
        where: { caseId: selectionCase.id, result: 'PASS' },
      });
      await transitionCaseIn(write, {
        definition: selectionWorkflow,
        caseId: selectionCase.id,
        transition: passed > 0 ? 'confirm' : 'revert',
        expectedVersion: input.expectedVersion,
        permissions: write.permissions,
      });
    }
  },
};

export function registerProbation(
  { builder, subGraphs }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  const Result = builder.enumType('ProbationResult', {
    subGraphs,
    values: {
      PASS: { description: '胜任，正式任职' },
      FAIL: { description: '不胜任，免去试用职务' },
    } satisfies Record<ProbationResult, { description: string }>,
  });

  builder.prismaObject('Probation', {
    subGraphs,
    description: '试用期: one year from the appointment, then an assessment',
    fields: (t) => ({
      candidate: t.relation('candidate'),
      startsOn: t.expose('startsOn', { type: 'Date' }),
      endsOn: t.expose('endsOn', { type: 'Date' }),
      ended: t.boolean({
        description: 'The year is over (today in China)',
        resolve: (p) => p.endsOn < todayInChina(),
      }),
      result: t.field({ type: Result, nullable: true, resolve: (p) => p.result }),
      assessment: t.exposeString('assessment', { nullable: true }),
      concludedOn: t.expose('concludedOn', { type: 'Date', nullable: true }),
    }),
  });

  builder.prismaObjectField(SelectionCase, 'probations', (t) =>
    t.relation('probations', { complexity: LIST_COST.probations }),
  );
  builder.prismaObjectField(Candidate, 'probation', (t) =>
    t.relation('probation', { nullable: true }),
  );

  const ConcludeInput = builder.inputType('ProbationConclusionInput', {
    subGraphs,
    fields: (t) => ({
      result: t.field({ type: Result }),
      assessment: t.string({ description: '试用期满考核 findings' }),
      concludedOn: t.field({ type: 'Date' }),
      expectedVersion: t.int({
        description: 'The case’s `version`; the last conclusion moves the case to its end',
      }),
    }),
  });

  builder.mutationField('concludeSelectionProbation', (t) =>
    t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '试用期满考核 of one appointee, on or after the last day of probation ' +
        '(SELECTION_PROBATION_RUNNING before). FAIL returns the cadre to the former rank. When ' +
        'every appointee is assessed the case ends: FORMAL if anyone passed, else REVERTED',
      authScopes: { permission: P.appoint },
      errors: {},
      args: {
        candidateId: t.arg.globalID({ for: Candidate }),
        input: t.arg({ type: ConcludeInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(concludeInput, args.input);
        return runCandidateStep(ctx, args.candidateId.id, concludeProbation, input, query);
      },
    }),
  );
}
