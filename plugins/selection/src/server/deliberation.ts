import {
  changedFields,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
} from '@cadre/core';
import { z } from 'zod';
import { deliberationBlockers } from '../domain/index.ts';
import {
  auditCase,
  candidateOf,
  caseIdOfRow,
  type CaseStep,
  changesOf,
  runCaseStep,
} from './case-access.ts';
import { pastDay, text } from './inputs.ts';
import { SELECTION_PERMISSION as P } from './permissions.ts';
import type { SelectionRefs } from './refs.ts';
import type { Stage } from './stages.ts';
import { LIST_COST } from './list-costs.ts';

// 酝酿: opinions gathered before the meeting and reports (情况反映) to verify. A case with an
// unresolved disagreement, or an unverified report, does not go to the meeting.

const OPINION = { zh: '酝酿意见', en: 'Opinion' };
const REPORT = { zh: '情况反映', en: 'Report' };
const DELIBERATING: readonly Stage[] = ['DELIBERATION'];
const BEFORE_MEETING: readonly Stage[] = ['INSPECTION', 'DELIBERATION'];

export const opinionInput = z.object({
  candidateId: z.string().nullish(),
  source: text(100),
  opinion: text(2000),
  agrees: z.boolean(),
  recordedOn: pastDay,
});
export const resolutionInput = z.object({ resolution: text(2000) });
export const reportInput = z.object({
  candidateId: z.string().nullish(),
  receivedOn: pastDay,
  summary: text(2000),
});
export const verificationInput = z.object({ verification: text(2000), verifiedOn: pastDay });

/** 酝酿: an opinion gathered, about the case or one candidate. */
export const recordOpinion: CaseStep<z.output<typeof opinionInput>> = {
  stages: DELIBERATING,
  async run(write, input) {
    const candidateId = input.candidateId ? (await candidateOf(write, input.candidateId)).id : null;
    const data = { ...input, candidateId };
    const opinion = await write.tx.deliberationOpinion.create({
      data: {
        ...data,
        caseId: write.selectionCase.id,
        districtId: write.districtId,
        createdAt: write.at,
      },
    });
    await auditCase(write, 'deliberation.opinion', {
      opinionId: opinion.id,
      ...changedFields({}, data),
    });
  },
};

/** 分歧已统一: how a dissenting opinion of the case was resolved. */
export const resolveOpinion: CaseStep<{ opinionId: string; resolution: string }> = {
  stages: DELIBERATING,
  async run(write, input) {
    const opinion = await write.tx.deliberationOpinion.findFirstOrThrow({
      where: { id: input.opinionId, caseId: write.selectionCase.id },
    });
    if (opinion.agrees || opinion.resolved) {
      throw new RuleViolationError('SELECTION_OPINION_NOT_OPEN', {
        zh: '该意见不是尚未统一的不同意见',
        en: 'This opinion is not an unresolved dissent',
      });
    }
    const data = { resolved: true, resolution: input.resolution };
    await write.tx.deliberationOpinion.update({ where: { id: opinion.id }, data });
    await auditCase(write, 'deliberation.resolve', {
      opinionId: opinion.id,
      ...changesOf(opinion, data),
    });
  },
};

/** 情况反映 received before the meeting; the case waits until it is verified. */
export const recordReport: CaseStep<z.output<typeof reportInput>> = {
  stages: BEFORE_MEETING,
  async run(write, input) {
    const candidateId = input.candidateId ? (await candidateOf(write, input.candidateId)).id : null;
    const data = { ...input, candidateId };
    const report = await write.tx.deliberationReport.create({
      data: {
        ...data,
        caseId: write.selectionCase.id,
        districtId: write.districtId,
        createdAt: write.at,
      },
    });
    await auditCase(write, 'deliberation.report', {
      reportId: report.id,
      ...changedFields({}, data),
    });
  },
};

/** 审查核实: what the verification of a report of the case found. */
export const verifyReport: CaseStep<z.output<typeof verificationInput> & { reportId: string }> = {
  stages: BEFORE_MEETING,
  async run(write, { reportId, ...input }) {
    const report = await write.tx.deliberationReport.findFirstOrThrow({
      where: { id: reportId, caseId: write.selectionCase.id },
    });
    const data = { verified: true, ...input };
    await write.tx.deliberationReport.update({ where: { id: report.id }, data });
    await auditCase(write, 'deliberation.verify', {
      reportId: report.id,
      ...changesOf(report, data),
    });
  },
};

export function registerDeliberation(
  { builder, subGraphs }: PluginSchemaContext,
  refs: SelectionRefs,
) {
  const { SelectionCase, Candidate } = refs;

  const Opinion = builder.prismaNode('DeliberationOpinion', {
    subGraphs,
    id: { field: 'id' },
    description: '酝酿意见: whose opinion, whether it agrees, and how a dissent was resolved',
    fields: (t) => ({
      candidate: t.relation('candidate', { nullable: true }),
      source: t.exposeString('source', { description: '分管领导, 纪委监委, 信访部门 …' }),
      opinion: t.exposeString('opinion'),
      agrees: t.exposeBoolean('agrees'),
      resolved: t.exposeBoolean('resolved', { description: '分歧已统一' }),
      resolution: t.exposeString('resolution', { nullable: true }),
      recordedOn: t.expose('recordedOn', { type: 'Date' }),
    }),
  });

  const Report = builder.prismaNode('DeliberationReport', {
    subGraphs,
    id: { field: 'id' },
    description: '情况反映 received before the meeting, and its verification (审查核实)',
    fields: (t) => ({
      candidate: t.relation('candidate', { nullable: true }),
      receivedOn: t.expose('receivedOn', { type: 'Date' }),
      summary: t.exposeString('summary'),
      verified: t.exposeBoolean('verified'),
      verification: t.exposeString('verification', { nullable: true }),
      verifiedOn: t.expose('verifiedOn', { type: 'Date', nullable: true }),
    }),
  });

  builder.prismaObjectFields(SelectionCase, (t) => ({
    opinions: t.relation('opinions', {
      complexity: LIST_COST.opinions,
      query: { orderBy: { createdAt: 'asc' } },
    }),
    reports: t.relation('reports', {
      complexity: LIST_COST.reports,
      query: { orderBy: { createdAt: 'asc' } },
    }),
    deliberationBlockers: t.stringList({
      description: 'Why the case may not go to the meeting yet (分歧未统一, 情况反映未核实)',
      select: {
        opinions: { select: { agrees: true, resolved: true } },
        reports: { select: { verified: true } },
      },
      resolve: (c, _args, ctx) => deliberationBlockers(c).map((blocker) => blocker[ctx.language]),
    }),
  }));

  const OpinionInput = builder.inputType('DeliberationOpinionInput', {
    subGraphs,
    fields: (t) => ({
      candidateId: t.globalID({ for: Candidate, required: false }),
      source: t.string(),
      opinion: t.string(),
      agrees: t.boolean(),
      recordedOn: t.field({ type: 'Date' }),
    }),
  });
  const ReportInput = builder.inputType('DeliberationReportInput', {
    subGraphs,
    fields: (t) => ({
      candidateId: t.globalID({ for: Candidate, required: false }),
      receivedOn: t.field({ type: 'Date' }),
      summary: t.string(),
    }),
  });
  const VerificationInput = builder.inputType('DeliberationReportVerificationInput', {
    subGraphs,
    fields: (t) => ({ verification: t.string(), verifiedOn: t.field({ type: 'Date' }) }),
  });

  builder.mutationFields((t) => ({
    recordDeliberationOpinion: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description:
        '酝酿: an opinion gathered; a dissent keeps the case from the meeting until resolved',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        input: t.arg({ type: OpinionInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(opinionInput, {
          ...args.input,
          candidateId: args.input.candidateId?.id,
        });
        return runCaseStep(ctx, args.caseId.id, recordOpinion, input, query);
      },
    }),
    resolveDeliberationOpinion: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: 'Record how a dissenting opinion was resolved (分歧已统一)',
      authScopes: { permission: P.record },
      errors: {},
      args: { opinionId: t.arg.globalID({ for: Opinion }), resolution: t.arg.string() },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(resolutionInput, args, []);
        const caseId = await caseIdOfRow(ctx, args.opinionId.id, OPINION, (where) =>
          ctx.prisma.deliberationOpinion.findFirst({ where, select: { caseId: true } }),
        );
        return runCaseStep(
          ctx,
          caseId,
          resolveOpinion,
          { opinionId: args.opinionId.id, resolution: input.resolution },
          query,
        );
      },
    }),
    recordDeliberationReport: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: '情况反映 received before the meeting; the case waits until it is verified',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        caseId: t.arg.globalID({ for: SelectionCase }),
        input: t.arg({ type: ReportInput }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(reportInput, {
          ...args.input,
          candidateId: args.input.candidateId?.id,
        });
        return runCaseStep(ctx, args.caseId.id, recordReport, input, query);
      },
    }),
    verifyDeliberationReport: t.prismaField({
      type: SelectionCase,
      subGraphs,
      description: '审查核实: what the verification of a report found',
      authScopes: { permission: P.record },
      errors: {},
      args: {
        reportId: t.arg.globalID({ for: Report }),
        input: t.arg({ type: VerificationInput }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(verificationInput, args.input);
        const caseId = await caseIdOfRow(ctx, args.reportId.id, REPORT, (where) =>
          ctx.prisma.deliberationReport.findFirst({ where, select: { caseId: true } }),
        );
        return runCaseStep(
          ctx,
          caseId,
          verifyReport,
          { ...input, reportId: args.reportId.id },
          query,
        );
      },
    }),
  }));
}
