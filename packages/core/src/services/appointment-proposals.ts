import { z } from 'zod';
import type { AppointmentProposal } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';
import { RuleViolationError } from '../errors/cadre-error.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { changesOf, existing, optionalText } from './archive/records.ts';
import type { WriteScope } from './workflow.ts';

// What a 干部任免审批表 says for one cadre in one case beyond the archive (拟任职务, 拟免职务,
// 任免理由, 呈报单位 and the opinions). A plugin's case proposes it; staff complete it on the form.

const CASE: Label = { zh: '办理事项', en: 'Case' };
const CADRE: Label = { zh: '干部', en: 'Cadre' };

/** A proposal is written in its caller's audited transaction; it causes no event. */
export type ProposalScope = Pick<WriteScope, 'tx' | 'audit' | 'actor'>;

const texts = {
  proposedPost: optionalText({ zh: '拟任职务', en: 'The proposed post' }, 200),
  proposedRemoval: optionalText({ zh: '拟免职务', en: 'The post to be removed from' }, 200),
  reason: optionalText({ zh: '任免理由', en: 'The reason' }, 500),
  reportingUnit: optionalText({ zh: '呈报单位', en: 'The reporting unit' }, 100),
  approvalOpinion: optionalText({ zh: '审批机关意见', en: 'The approving body’s opinion' }, 500),
  appointingOpinion: optionalText(
    { zh: '行政机关任免意见', en: 'The appointing authority’s opinion' },
    500,
  ),
};

export type ProposalField = keyof typeof texts;
export const PROPOSAL_FIELDS = Object.keys(texts) as ProposalField[];

/** What staff write on the form; a field left out stays as it is, blank clears it. */
const formInput = z.object(texts).partial();
export type AppointmentFormInput = { [F in ProposalField]?: string | null };

/** What a plugin's case knows: the post, the post it vacates, why. */
const caseInput = z.object({
  proposedPost: texts.proposedPost,
  proposedRemoval: texts.proposedRemoval,
  reason: texts.reason,
  removeCurrentPost: z.boolean().nullish(),
});

export interface CaseProposal {
  caseId: string;
  cadreId: string;
  /** 拟任职务, e.g. `区水务局副局长`; none for a removal. */
  proposedPost?: string | null;
  /** 拟免职务 as the case words it. */
  proposedRemoval?: string | null;
  /** The cadre's current post becomes 拟免职务 (a promotion or transfer vacates it). */
  removeCurrentPost?: boolean;
  /** 任免理由. */
  reason?: string | null;
}

/** `区水务局一级科员`: the organization, unless the title already names it (as the card writes it). */
export const postText = (organization: string, title: string) =>
  title.startsWith(organization) ? title : `${organization}${title}`;

const ID = { id: true } as const;

/** The case and the cadre, both of the writer's district. */
async function subjectsOf({ tx, actor }: ProposalScope, caseId: string, cadreId: string) {
  const where = (id: string) => ({ where: { id, districtId: actor.districtId }, select: ID });
  const found = await existing(caseId, CASE, (id) => tx.workflowCase.findFirst(where(id)));
  const cadre = await existing(cadreId, CADRE, (id) => tx.cadre.findFirst(where(id)));
  return { caseId: found.id, cadreId: cadre.id };
}

/** The cadre's post held now, in the card's words; null when none is held. */
async function currentPostOf(scope: ProposalScope, cadreId: string): Promise<string | null> {
  const post = await scope.tx.cadrePost.findFirst({
    where: { cadreId, districtId: scope.actor.districtId, endedOn: null },
    orderBy: [{ startedOn: 'desc' }, { id: 'asc' }],
    include: { unit: { select: { name: true } } },
  });
  return post ? postText(post.unit?.name ?? post.organization, post.title) : null;
}

async function write(
  scope: ProposalScope,
  subject: { caseId: string; cadreId: string },
  operation: string,
  data: AppointmentFormInput,
): Promise<AppointmentProposal> {
  const key = { caseId_cadreId: subject };
  const before = await scope.tx.appointmentProposal.findUnique({ where: key });
  const changes = changesOf(before ?? {}, data);
  if (before && Object.keys(changes).length === 0) return before;
  const proposal = await scope.tx.appointmentProposal.upsert({
    where: key,
    create: { ...subject, ...data, districtId: scope.actor.districtId },
    update: data,
  });
  await scope.audit({
    operation,
    targetType: 'Cadre',
    targetId: subject.cadreId,
    changes: { caseId: subject.caseId, proposalId: proposal.id, ...changes },
  });
  return proposal;
}

/**
 * For a plugin's case (selection: a candidate the decision meeting approved): fills the form's
 * proposal in the plugin's transaction. It fills only what is still empty, so what staff wrote
 * on the form for this case is never overwritten when the case runs a step again.
 */
export async function proposeAppointment(
  scope: ProposalScope,
  proposal: CaseProposal,
): Promise<AppointmentProposal> {
  const { removeCurrentPost, ...input } = parseInput(caseInput, proposal, []);
  const subject = await subjectsOf(scope, proposal.caseId, proposal.cadreId);
  const proposed: AppointmentFormInput = {
    ...input,
    proposedRemoval:
      input.proposedRemoval ??
      (removeCurrentPost ? await currentPostOf(scope, subject.cadreId) : null),
  };
  const before = await scope.tx.appointmentProposal.findUnique({
    where: { caseId_cadreId: subject },
  });
  const empty = Object.fromEntries(
    Object.entries(proposed).filter(([field, value]) => value && !before?.[field as ProposalField]),
  );
  return write(scope, subject, 'cadre.appointment-proposal.propose', empty);
}

/** What staff write on the form for a case: the fields given, blank ones cleared. */
export async function saveAppointmentProposal(
  scope: ProposalScope,
  caseId: string,
  cadreId: string,
  raw: AppointmentFormInput,
): Promise<AppointmentProposal> {
  const input = parseInput(formInput, raw);
  const subject = await subjectsOf(scope, caseId, cadreId);
  if (Object.keys(input).length === 0) {
    throw new RuleViolationError('CORE_PROPOSAL_EMPTY', {
      zh: '没有要保存的内容',
      en: 'There is nothing to save',
    });
  }
  return write(scope, subject, 'cadre.appointment-proposal.save', input);
}
