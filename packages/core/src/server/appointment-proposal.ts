import type { AppointmentProposal, WorkflowCase } from '@cadre/db/client';
import type { RequestContext } from '../contract/context.ts';
import { NotFoundError } from '../errors/cadre-error.ts';
import {
  PROPOSAL_FIELDS,
  type ProposalField,
  saveAppointmentProposal,
} from '../services/appointment-proposals.ts';
import { writeAudited } from '../services/audit.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import { writeArchive } from './archive/write.ts';
import { cadreRowsLoader, loaderFor } from './loaders.ts';
import { actorOf, districtOf } from './scope.ts';
import { auditSensitiveRead } from './sensitive-reads.ts';
import { caseIdOf, type WorkflowCaseRefs } from './workflow-case.ts';

// The 干部任免审批表 (cadre card) beyond the archive: what a case proposes for a cadre, the form's
// read (recorded like every sensitive read) and its print, and staff's edits of the proposal.

const READ = { permission: 'core.cadre.read' };
const WRITE = { permission: 'core.cadre.write' };

/** A cadre's proposals, latest first, for every cadre of a request in one statement. */
const proposalsOf = (ctx: RequestContext, cadreId: string) =>
  cadreRowsLoader(ctx, 'cadre.appointmentProposals', (cadreIds) =>
    ctx.prisma.appointmentProposal.findMany({
      where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    }),
  ).load(cadreId);

/** The cases of the proposals a request shows, in one statement. */
const caseOf = (ctx: RequestContext, caseId: string) =>
  loaderFor<WorkflowCase | null>(
    ctx,
    'appointmentProposal.case',
    async (ids) =>
      (
        await ctx.prisma.workflowCase.findMany({
          where: { districtId: districtOf(ctx).id, id: { in: [...ids] } },
        })
      ).map((c) => [c.id, c]),
    null,
  )
    .load(caseId)
    .then((found) => found ?? Promise.reject(new Error(`case ${caseId} not found`)));

interface Form {
  cadreId: string;
  caseId: string | null;
}

export function registerAppointmentProposal(
  builder: Builder,
  { Cadre, WorkflowCase }: { Cadre: CadreRef; WorkflowCase: WorkflowCaseRefs['WorkflowCase'] },
) {
  const Proposal = builder.prismaNode('AppointmentProposal', {
    id: { field: 'id' },
    description:
      'What a 干部任免审批表 says for a cadre in one case beyond the archive: proposed by the ' +
      'case (e.g. for an approved candidate), completed by staff on the form',
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (p) => p.cadreId }),
      case: t.field({ type: WorkflowCase, resolve: (p, _args, ctx) => caseOf(ctx, p.caseId) }),
      proposedPost: t.exposeString('proposedPost', { nullable: true, description: '拟任职务' }),
      proposedRemoval: t.exposeString('proposedRemoval', {
        nullable: true,
        description: '拟免职务',
      }),
      reason: t.exposeString('reason', { nullable: true, description: '任免理由' }),
      reportingUnit: t.exposeString('reportingUnit', {
        nullable: true,
        description: '呈报单位, when it is not the district’s department',
      }),
      approvalOpinion: t.exposeString('approvalOpinion', {
        nullable: true,
        description: '审批机关意见',
      }),
      appointingOpinion: t.exposeString('appointingOpinion', {
        nullable: true,
        description: '行政机关任免意见',
      }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    }),
  });

  builder.objectField(Cadre, 'appointmentProposals', (t) =>
    t.field({
      type: [Proposal],
      description: 'What cases proposed for the cadre (拟任, 拟免, 任免理由), latest first',
      resolve: (cadre, _args, ctx) => proposalsOf(ctx, cadre.id),
    }),
  );

  const AppointmentForm = builder.objectRef<Form>('AppointmentForm').implement({
    description: '干部任免审批表 of a cadre, for one case',
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (f) => f.cadreId }),
      proposal: t.field({
        type: Proposal,
        nullable: true,
        description: 'The asked case’s proposal; without a case, the latest',
        resolve: async (f, _args, ctx): Promise<AppointmentProposal | null> => {
          const all = await proposalsOf(ctx, f.cadreId);
          return (f.caseId ? all.find((p) => p.caseId === f.caseId) : all[0]) ?? null;
        },
      }),
      proposals: t.field({
        type: [Proposal],
        description: 'Every case’s proposal for the cadre, latest first: the form’s cases',
        resolve: (f, _args, ctx) => proposalsOf(ctx, f.cadreId),
      }),
    }),
  });

  builder.queryField('appointmentForm', (t) =>
    t.field({
      type: AppointmentForm,
      nullable: true,
      description:
        'The cadre card (干部任免审批表) for a case, or the latest case without one. Reading it is ' +
        'recorded (`cadre.card.view`) as every read of sensitive fields is; another district’s ' +
        'cadre answers null',
      authScopes: READ,
      args: {
        cadreId: t.arg.globalID({ for: Cadre }),
        caseId: t.arg.globalID({ required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const cadre = await ctx.prisma.cadre.findFirst({
          where: { id: args.cadreId.id, districtId: districtOf(ctx).id },
          select: { id: true },
        });
        if (!cadre) return null;
        await auditSensitiveRead(ctx, 'cadre.card.view', 'Cadre', cadre.id);
        return { cadreId: cadre.id, caseId: args.caseId ? caseIdOf(args.caseId) : null };
      },
    }),
  );

  const ProposalInput = builder.inputType('AppointmentProposalInput', {
    description: 'The form’s cells; a field left out stays as it is, blank clears it',
    fields: (t) =>
      Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, t.string({ required: false })])) as Record<
        ProposalField,
        ReturnType<typeof t.string>
      >,
  });

  builder.mutationFields((t) => ({
    saveAppointmentProposal: t.field({
      type: Proposal,
      description:
        'Write the cells of the cadre card for one case: 拟任职务, 拟免职务, 任免理由, 呈报单位 and ' +
        'the opinions (what the case proposed is kept where not given)',
      authScopes: WRITE,
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: Cadre }),
        caseId: t.arg.globalID(),
        input: t.arg({ type: ProposalInput }),
      },
      resolve: (_root, args, ctx) =>
        writeArchive(ctx, (scope) =>
          saveAppointmentProposal(scope, caseIdOf(args.caseId), args.cadreId.id, args.input),
        ),
    }),
    recordCardPrint: t.boolean({
      description: 'Record that the cadre card was printed (`cadre.card.print`), before it prints',
      authScopes: READ,
      errors: {},
      args: {
        cadreId: t.arg.globalID({ for: Cadre }),
        caseId: t.arg.globalID({ required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        await writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const cadre = await tx.cadre.findFirst({
            where: { id: args.cadreId.id, districtId },
            select: { id: true },
          });
          if (!cadre) throw new NotFoundError({ zh: '干部', en: 'Cadre' });
          const caseId = args.caseId ? caseIdOf(args.caseId) : null;
          await audit({
            operation: 'cadre.card.print',
            targetType: 'Cadre',
            targetId: cadre.id,
            changes: { caseId },
          });
        });
        return true;
      },
    }),
  }));
}
