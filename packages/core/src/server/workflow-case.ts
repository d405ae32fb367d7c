import type { CaseTransition, WorkflowCase } from '@cadre/db/client';
import type { RequestContext } from '../contract/context.ts';
import type { Label } from '../contract/plugin.ts';
import { stateLabel } from '../domain/workflow.ts';
import {
  type AvailableTransition,
  type CaseRecord,
  type CaseRecordEntry,
  availableTransitions,
  caseRecord,
  findCase,
  recordEntry,
  transitionRows,
} from '../services/case-record.ts';
import { type Attachment, transitionCase, workflowLookup } from '../services/workflow.ts';
import type { Builder } from './builder.ts';
import { groupRows, loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost, NEXT_STEPS_COST } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';

// Cases (办理事项) of every plugin, their steps and the full-process record (全程纪实表). A plugin
// gives its own case type a field of this type; the steps all go through `transitionCase`.

const CASE_READ = 'core.case.read';

/** The case types the request's district can see: those of its enabled plugins. */
export const lookupOf = (ctx: RequestContext) =>
  workflowLookup(ctx.plugins, districtOf(ctx).enabledPlugins);

/** The table a case follows; a row reaches a resolver only once its type was found. */
function definitionOf(ctx: RequestContext, workflowCase: WorkflowCase) {
  const definition = lookupOf(ctx)(workflowCase.caseType);
  if (!definition) throw new Error(`No enabled workflow for ${workflowCase.caseType}`);
  return definition;
}

const say = (ctx: RequestContext, label: Label) => label[ctx.language];

export function registerWorkflowCase(builder: Builder) {
  const Attachment = builder.objectRef<Attachment>('CaseAttachment').implement({
    description: 'A document a step rests on',
    fields: (t) => ({
      name: t.exposeString('name'),
      reference: t.exposeString('reference', { description: 'Document number, file, or link' }),
    }),
  });

  const Step = builder.objectRef<CaseRecordEntry>('CaseTransition').implement({
    description: 'One step of a case: who, when, from and to which state, why, on what documents',
    fields: (t) => ({
      id: t.exposeID('id'),
      transition: t.exposeString('transition', {
        description: 'The step, e.g. `submit`; `open` first',
      }),
      label: t.string({ resolve: (s, _args, ctx) => say(ctx, s.transitionLabel) }),
      fromState: t.exposeString('fromState', { nullable: true }),
      fromStateLabel: t.string({
        nullable: true,
        resolve: (s, _args, ctx) => (s.fromLabel ? say(ctx, s.fromLabel) : null),
      }),
      toState: t.exposeString('toState'),
      toStateLabel: t.string({ resolve: (s, _args, ctx) => say(ctx, s.toLabel) }),
      version: t.exposeInt('version', { description: 'The case version this step produced' }),
      actorName: t.exposeString('actorName'),
      reason: t.exposeString('reason'),
      attachments: t.field({ type: [Attachment], resolve: (s) => s.attachments }),
      at: t.expose('at', { type: 'DateTime' }),
    }),
  });

  const Available = builder.objectRef<AvailableTransition>('AvailableTransition').implement({
    description: 'A step the viewer holds the permission for, from the current state',
    fields: (t) => ({
      name: t.exposeString('name'),
      label: t.string({ resolve: (a, _args, ctx) => say(ctx, a.label) }),
      requiresReason: t.exposeBoolean('requiresReason'),
      refusal: t.string({
        nullable: true,
        description: 'Why the step would be refused now (its guard); null when it would pass',
        resolve: (a, _args, ctx) => (a.refusal ? say(ctx, a.refusal) : null),
      }),
    }),
  });

  const stepsLoader = (ctx: RequestContext) =>
    loaderFor<CaseTransition[]>(
      ctx,
      'workflowCase.history',
      async (caseIds) =>
        groupRows(await transitionRows(ctx.prisma, districtOf(ctx).id, caseIds), (r) => r.caseId),
      [],
    );

  const WorkflowCaseRef = builder.objectRef<WorkflowCase>('WorkflowCase').implement({
    description: '办理事项: a case of any plugin, a state machine whose every step is recorded',
    fields: (t) => ({
      id: t.globalID({ resolve: (c) => ({ type: 'WorkflowCase', id: c.id }) }),
      caseType: t.exposeString('caseType', { description: '`<plugin>.<case type>`' }),
      caseTypeLabel: t.string({
        resolve: (c, _args, ctx) => say(ctx, definitionOf(ctx, c).label),
      }),
      title: t.exposeString('title'),
      state: t.exposeString('state'),
      stateLabel: t.string({
        description: "The state in the request's language",
        resolve: (c, _args, ctx) => say(ctx, stateLabel(definitionOf(ctx, c), c.state)),
      }),
      version: t.exposeInt('version', {
        description: 'Send it back as `expectedVersion`: a step against an older one is refused',
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
      history: t.field({
        type: [Step],
        description: 'Every step, oldest first: the full-process record',
        complexity: listCost(LIST_BOUNDS.caseSteps),
        resolve: async (c, _args, ctx) => {
          const definition = definitionOf(ctx, c);
          return (await stepsLoader(ctx).load(c.id)).map((row) => recordEntry(definition, row));
        },
      }),
      availableTransitions: t.field({
        type: [Available],
        description: 'The steps the viewer may take now',
        complexity: { field: NEXT_STEPS_COST, multiplier: LIST_BOUNDS.caseNextSteps },
        resolve: (c, _args, ctx) =>
          availableTransitions(
            ctx.db,
            { workflowCase: c, definition: definitionOf(ctx, c) },
            ctx.permissions,
          ),
      }),
    }),
  });

  const CaseRecordRef = builder.objectRef<CaseRecord>('CaseRecord').implement({
    description: '全程纪实表: the case, every step in order, and its stored integrity checks',
    fields: (t) => ({
      case: t.field({ type: WorkflowCaseRef, resolve: (r) => r.workflowCase }),
      entries: t.field({
        type: [Step],
        complexity: listCost(LIST_BOUNDS.caseSteps),
        resolve: (r) => r.entries,
      }),
      printUrl: t.string({
        description: 'The printable page of this record',
        resolve: (r) => `/cases/${r.workflowCase.id}/record.html`,
      }),
    }),
  });

  builder.queryFields((t) => ({
    workflowCase: t.field({
      type: WorkflowCaseRef,
      nullable: true,
      description: 'A case of the viewer’s district; another district’s id answers null, too',
      authScopes: { permission: CASE_READ },
      args: { id: t.arg.globalID() },
      resolve: async (_root, args, ctx) =>
        (await findCase(ctx.prisma, districtOf(ctx).id, lookupOf(ctx), caseIdOf(args.id)))
          ?.workflowCase ?? null,
    }),
    caseRecord: t.field({
      type: CaseRecordRef,
      nullable: true,
      description: 'The full-process record (全程纪实表) of a case',
      authScopes: { permission: CASE_READ },
      args: { id: t.arg.globalID() },
      resolve: (_root, args, ctx) =>
        caseRecord(ctx.prisma, districtOf(ctx).id, lookupOf(ctx), caseIdOf(args.id)),
    }),
  }));

  const AttachmentInput = builder.inputType('CaseAttachmentInput', {
    fields: (t) => ({ name: t.string(), reference: t.string() }),
  });

  const TransitionInput = builder.inputType('TransitionCaseInput', {
    fields: (t) => ({
      caseId: t.globalID(),
      transition: t.string({ description: 'A step from `availableTransitions`' }),
      expectedVersion: t.int({ description: 'The `version` the client last saw' }),
      reason: t.string({ required: false }),
      attachments: t.field({ type: [AttachmentInput], required: false }),
    }),
  });

  builder.mutationField('transitionCase', (t) =>
    t.field({
      type: WorkflowCaseRef,
      description:
        'Take one step of a case. Refused with ConflictError when the case changed since ' +
        '`expectedVersion`, ForbiddenError without the step’s permission, RuleViolationError when ' +
        'the state or a rule does not allow it; a refused step writes nothing',
      authScopes: { signedIn: true },
      errors: {},
      args: { input: t.arg({ type: TransitionInput }) },
      resolve: (_root, { input }, ctx) =>
        transitionCase(ctx.db, actorOf(ctx), {
          definition: lookupOf(ctx),
          caseId: caseIdOf(input.caseId),
          transition: input.transition,
          expectedVersion: input.expectedVersion,
          reason: input.reason ?? null,
          attachments: input.attachments ?? null,
          permissions: ctx.permissions,
        }),
    }),
  );

  return { WorkflowCase: WorkflowCaseRef, CaseRecord: CaseRecordRef };
}

/** The case id inside a global id; an id of another type names no case (and is not found). */
export function caseIdOf(globalId: { typename: string; id: string }): string {
  return globalId.typename === 'WorkflowCase' ? globalId.id : '';
}

export type WorkflowCaseRefs = ReturnType<typeof registerWorkflowCase>;
