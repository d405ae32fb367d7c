import type { Database, Prisma, PrismaClient } from '@cadre/db';
import type { CaseTransition, WorkflowCase } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';
import { isUuid } from '../domain/ids.ts';
import {
  stateLabel,
  transitionLabel,
  transitionsFrom,
  type WorkflowDefinition,
} from '../domain/workflow.ts';
import {
  type Attachment,
  attachmentsOf,
  type Permissions,
  type WorkflowLookup,
} from './workflow.ts';

// Reads of cases: the case as the district sees it, its full-process record (全程纪实) and the
// steps the viewer may take next.

/** A case with the table it follows, when the district can see it. */
export interface CaseWithDefinition {
  workflowCase: WorkflowCase;
  definition: WorkflowDefinition;
}

/** Reads within the district: `prisma` is the request's district-scoped client. */
export async function findCase(
  prisma: PrismaClient,
  districtId: string,
  lookup: WorkflowLookup,
  caseId: string,
): Promise<CaseWithDefinition | null> {
  if (!isUuid(caseId)) return null;
  const workflowCase = await prisma.workflowCase.findFirst({ where: { id: caseId, districtId } });
  const definition = workflowCase && lookup(workflowCase.caseType);
  return workflowCase && definition ? { workflowCase, definition } : null;
}

/** One line of the full-process record (全程纪实表): who did what, when, from/to, and why. */
export interface CaseRecordEntry {
  id: string;
  transition: string;
  transitionLabel: Label;
  fromState: string | null;
  fromLabel: Label | null;
  toState: string;
  toLabel: Label;
  version: number;
  actorId: string | null;
  actorName: string;
  reason: string;
  attachments: Attachment[];
  at: Date;
}

/** The stored steps of cases, oldest first. */
export function transitionRows(
  prisma: PrismaClient,
  districtId: string,
  caseIds: readonly string[],
) {
  return prisma.caseTransition.findMany({
    where: { districtId, caseId: { in: [...caseIds] } },
    orderBy: [{ caseId: 'asc' }, { version: 'asc' }, { at: 'asc' }],
  });
}

/** A stored step as a line of the record, labelled by its case's table. */
export function recordEntry(definition: WorkflowDefinition, row: CaseTransition): CaseRecordEntry {
  return {
    id: row.id,
    transition: row.transition,
    transitionLabel: transitionLabel(definition, row.transition),
    fromState: row.fromState,
    fromLabel: stateLabel(definition, row.fromState),
    toState: row.toState,
    toLabel: stateLabel(definition, row.toState),
    version: row.version,
    actorId: row.actorId,
    actorName: row.actorName,
    reason: row.reason,
    attachments: attachmentsOf(row.attachments),
    at: row.at,
  };
}

/** A stored integrity check, as the record prints it. */
export interface CaseIntegrityCheck {
  id: string;
  cadreIds: string[];
  sources: string[];
  findings: Prisma.JsonValue;
  checkedAt: Date;
}

/** The full-process record (全程纪实表) of one case: its facts, every step, its integrity checks. */
export interface CaseRecord extends CaseWithDefinition {
  entries: CaseRecordEntry[];
  integrityChecks: CaseIntegrityCheck[];
}

export async function caseRecord(
  prisma: PrismaClient,
  districtId: string,
  lookup: WorkflowLookup,
  caseId: string,
): Promise<CaseRecord | null> {
  const found = await findCase(prisma, districtId, lookup, caseId);
  if (!found) return null;
  const [steps, integrityChecks] = await Promise.all([
    transitionRows(prisma, districtId, [found.workflowCase.id]),
    prisma.integrityCheckRecord.findMany({
      where: { districtId, caseId: found.workflowCase.id },
      orderBy: { checkedAt: 'asc' },
      select: { id: true, cadreIds: true, sources: true, findings: true, checkedAt: true },
    }),
  ]);
  return {
    ...found,
    entries: steps.map((row) => recordEntry(found.definition, row)),
    integrityChecks,
  };
}

/** A step the viewer could take now, with the guard's refusal if the facts stand against it. */
export interface AvailableTransition {
  name: string;
  label: Label;
  requiresReason: boolean;
  /** Why the guard would refuse it at the moment; null when it would pass. */
  refusal: Label | null;
}

/**
 * The steps from the case's current state whose permission the viewer holds. Guards are asked
 * with facts read now, so a client can grey a step out with its reason; the transition itself
 * asks again in its own transaction.
 */
export async function availableTransitions(
  db: Database,
  found: CaseWithDefinition,
  permissions: Permissions,
): Promise<AvailableTransition[]> {
  const { workflowCase, definition } = found;
  const steps = transitionsFrom(definition, workflowCase.state).filter(({ spec }) =>
    permissions.has(spec.permission),
  );
  if (steps.length === 0) return [];
  const needsFacts = steps.some(({ spec }) => spec.guard) && definition.loadFacts;
  const facts = needsFacts
    ? await db.transaction(workflowCase.districtId, async (tx) =>
        definition.loadFacts?.(tx, {
          id: workflowCase.id,
          districtId: workflowCase.districtId,
          caseType: workflowCase.caseType,
          state: workflowCase.state,
          version: workflowCase.version,
        }),
      )
    : undefined;
  return steps.map(({ name, spec }) => {
    const refusal = spec.guard?.(facts) ?? null;
    return {
      name,
      label: spec.label,
      requiresReason: spec.requiresReason ?? false,
      refusal: refusal && { zh: refusal.zh, en: refusal.en },
    };
  });
}
