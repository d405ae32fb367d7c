import { z } from 'zod';
import type { Database, Prisma, Transaction } from '@cadre/db';
import type { WorkflowCase } from '@cadre/db/client';
import type { Emit } from '../contract/events.ts';
import type { CadrePlugin, Label } from '../contract/plugin.ts';
import {
  OPEN_TRANSITION,
  planTransition,
  stateLabel,
  transitionSpec,
  type CaseSnapshot,
  type TransitionRefusal,
  type WorkflowDefinition,
} from '../domain/workflow.ts';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  RuleViolationError,
} from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { isUuid } from '../domain/ids.ts';
import { type Actor, type Audit, writeAudited } from './audit.ts';

// The workflow engine: every case of every plugin moves through here, one audited transaction per
// step, with optimistic concurrency on the case's version. Its transitions are the full-process
// record (全程纪实) that accountability relies on.

export type { WorkflowCase };

export const CASE: Label = { zh: '办理事项', en: 'Case' };

/** A document a step rests on: a file name and where to find it (a document number, a URL…). */
export interface Attachment {
  name: string;
  reference: string;
}

/** Anything that answers whether a permission is held: the request's `PermissionSet`. */
export interface Permissions {
  has(key: string): boolean;
}

// ------------------------------------------------------------------------------------------------
// The registry: which case types a district can work on.

/** Finds the definition of a case type; null when no plugin enabled in the district declares it. */
export type WorkflowLookup = (caseType: string) => WorkflowDefinition | null;

/**
 * Case types of the plugins that are installed and enabled in the district. A case of a plugin
 * switched off answers as not found, like the rest of that plugin's data, until it is back on.
 */
export function workflowLookup(
  plugins: readonly CadrePlugin[],
  enabledPlugins: readonly string[],
): WorkflowLookup {
  return (caseType) => {
    for (const plugin of plugins) {
      if (!enabledPlugins.includes(plugin.id)) continue;
      const found = plugin.workflows?.find((w) => w.caseType === caseType);
      if (found) return found;
    }
    return null;
  };
}

// ------------------------------------------------------------------------------------------------
// Input

const title = z
  .string()
  .trim()
  .min(2, bilingual('标题至少 2 个字', 'The title needs 2 characters'))
  .max(200, bilingual('标题不能超过 200 个字', 'The title may have 200 characters at most'));

const attachment = z.object({
  name: z
    .string()
    .trim()
    .min(1, bilingual('附件名称不能为空', 'An attachment needs a name'))
    .max(200),
  reference: z
    .string()
    .trim()
    .min(1, bilingual('附件须注明文号或位置', 'An attachment needs a reference'))
    .max(500),
});

export const transitionInput = z.object({
  caseId: z.string(),
  transition: z.string().trim().min(1).max(60),
  expectedVersion: z.number().int().min(1, bilingual('版本号从 1 开始', 'Versions start at 1')),
  reason: z
    .string()
    .trim()
    .max(2000, bilingual('理由不能超过 2000 个字', 'The reason may have 2,000 characters at most'))
    .nullish(),
  attachments: z
    .array(attachment)
    .max(20, bilingual('附件不能超过 20 个', 'At most 20 attachments'))
    .nullish(),
});

/** Attachments as stored; anything else in the column is left out rather than shown wrongly. */
export function attachmentsOf(json: Prisma.JsonValue): Attachment[] {
  const parsed = z.array(attachment).safeParse(json);
  return parsed.success ? parsed.data : [];
}

// ------------------------------------------------------------------------------------------------
// Writes

/** The name the full-process record shows for who acted: it must read well on paper. */
async function actorName(tx: Transaction, actor: Actor): Promise<string> {
  if (actor.name) return actor.name;
  if (actor.userId) {
    const user = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { displayName: true },
    });
    if (user) return user.displayName;
  }
  if (actor.label.startsWith('api-key:')) {
    const key = await tx.apiKey.findUnique({
      where: { id: actor.label.slice('api-key:'.length) },
      select: { name: true },
    });
    if (key) return `接口 ${key.name}`;
  }
  return actor.label === 'operator' ? '系统操作员' : actor.label;
}

/** What a plugin needs to open a case inside a write it is already making (its own row too). */
export interface WriteScope {
  tx: Transaction;
  audit: Audit;
  emit: Emit;
  actor: Actor;
  /**
   * When the write is dated: now (the database's clock) unless given. The demo sets it to the day
   * its story takes each step on.
   */
  at?: Date;
}

/**
 * Opens a case in its initial state inside `scope`'s transaction: a plugin creates its own row
 * for the case in the same write. The record's first line is the `open` step from nothing.
 */
export async function openCaseIn(
  scope: WriteScope,
  definition: WorkflowDefinition,
  input: { title: string },
): Promise<WorkflowCase> {
  const { tx, audit, emit, actor } = scope;
  const data = parseInput(z.object({ title }), input, []);
  const workflowCase = await tx.workflowCase.create({
    data: {
      districtId: actor.districtId,
      caseType: definition.caseType,
      title: data.title,
      state: definition.initial,
      version: 1,
      createdById: actor.userId,
      createdAt: scope.at,
    },
  });
  await tx.caseTransition.create({
    data: {
      districtId: actor.districtId,
      caseId: workflowCase.id,
      transition: OPEN_TRANSITION,
      fromState: null,
      toState: definition.initial,
      version: 1,
      actorId: actor.userId,
      actorName: await actorName(tx, actor),
      reason: '',
      attachments: [],
      at: scope.at,
    },
  });
  await audit({
    operation: `${definition.caseType}.${OPEN_TRANSITION}`,
    targetType: 'WorkflowCase',
    targetId: workflowCase.id,
    changes: { title: [null, data.title], state: [null, definition.initial], version: [null, 1] },
  });
  await emit(`${definition.caseType}.opened`, {
    caseId: workflowCase.id,
    caseType: definition.caseType,
    state: definition.initial,
    version: 1,
  });
  return workflowCase;
}

/** Opens a case in a write of its own. */
export function openCase(
  db: Database,
  actor: Actor,
  definition: WorkflowDefinition,
  input: { title: string },
): Promise<WorkflowCase> {
  return writeAudited(db, actor, (tx, audit, emit) =>
    openCaseIn({ tx, audit, emit, actor }, definition, input),
  );
}

export interface TransitionRequest {
  /** The case type's table, or a lookup by the case's type (the generic GraphQL mutation). */
  definition: WorkflowDefinition | WorkflowLookup;
  caseId: string;
  transition: string;
  /** The version the client saw; a case changed since then is refused (ConflictError). */
  expectedVersion: number;
  reason?: string | null;
  attachments?: Attachment[] | null;
  /** Facts for the guard; by default the definition's `loadFacts` reads them in the transaction. */
  facts?: unknown;
  permissions: Permissions;
}

/** A refusal of the table as the typed error the client receives. */
export function refusalError(
  definition: WorkflowDefinition,
  refusal: TransitionRefusal,
): InputError | RuleViolationError {
  switch (refusal.kind) {
    case 'unknown-transition':
      return new RuleViolationError('CORE_TRANSITION_UNKNOWN', {
        zh: `${definition.label.zh}没有名为“${refusal.transition}”的办理步骤`,
        en: `${definition.label.en} has no step named "${refusal.transition}"`,
      });
    case 'not-allowed': {
      const state = stateLabel(definition, refusal.from);
      return new RuleViolationError('CORE_TRANSITION_NOT_ALLOWED', {
        zh: `处于“${state.zh}”状态的事项不能“${refusal.label.zh}”`,
        en: `A case that is "${state.en}" cannot take the step "${refusal.label.en}"`,
      });
    }
    case 'reason-required':
      return new InputError([
        {
          path: 'input.reason',
          code: 'REQUIRED',
          text: {
            zh: `“${refusal.label.zh}”须填写理由`,
            en: `"${refusal.label.en}" needs a reason`,
          },
        },
      ]);
    case 'guard':
      return new RuleViolationError(refusal.refusal.code ?? 'CORE_TRANSITION_REFUSED', {
        zh: refusal.refusal.zh,
        en: refusal.refusal.en,
      });
  }
}

/**
 * Moves a case one step, or writes nothing at all. In order: the case must exist in the actor's
 * district (another district's id answers exactly like a missing one), the step must exist, the
 * credential must hold the step's permission, the client must have seen the current version, the
 * table must allow the step from the current state (reason, guard); then the version-checked
 * update, the transition row, the audit record and the event commit together.
 */
export function transitionCase(
  db: Database,
  actor: Actor,
  request: TransitionRequest,
): Promise<WorkflowCase> {
  // Checked before the transaction opens: a malformed request costs no connection.
  parseInput(transitionInput, requestInput(request));
  return writeAudited(db, actor, (tx, audit, emit) =>
    transitionCaseIn({ tx, audit, emit, actor }, request),
  );
}

const requestInput = (request: TransitionRequest) => ({
  caseId: request.caseId,
  transition: request.transition,
  expectedVersion: request.expectedVersion,
  reason: request.reason,
  attachments: request.attachments,
});

/**
 * `transitionCase` inside a write the caller is already making: a plugin records a step's own
 * rows (a publicity's dates, an appointment's document) and moves the case in one transaction.
 * The guard's facts are loaded after the caller's writes, so it judges them too; a refusal throws
 * and the caller's writes roll back with it.
 */
export async function transitionCaseIn(
  scope: WriteScope,
  request: TransitionRequest,
): Promise<WorkflowCase> {
  const { tx, audit, emit, actor } = scope;
  const input = parseInput(transitionInput, requestInput(request));
  const reason = input.reason ?? '';
  const attachments = input.attachments ?? [];
  const found = isUuid(input.caseId)
    ? await tx.workflowCase.findFirst({
        where: { id: input.caseId, districtId: actor.districtId },
      })
    : null;
  const definition =
    found &&
    (typeof request.definition === 'function'
      ? request.definition(found.caseType)
      : request.definition);
  // A plugin moving another plugin's case, or a case of a plugin switched off, finds nothing.
  if (!found || !definition || definition.caseType !== found.caseType)
    throw new NotFoundError(CASE);

  const spec = transitionSpec(definition, input.transition);
  if (!spec) {
    throw refusalError(definition, { kind: 'unknown-transition', transition: input.transition });
  }
  if (!request.permissions.has(spec.permission)) throw new ForbiddenError(spec.permission);
  if (found.version !== input.expectedVersion) throw new ConflictError(CASE);

  const snapshot: CaseSnapshot = {
    id: found.id,
    districtId: found.districtId,
    caseType: found.caseType,
    state: found.state,
    version: found.version,
  };
  const facts =
    request.facts !== undefined ? request.facts : await definition.loadFacts?.(tx, snapshot);
  const plan = planTransition(definition, found.state, input.transition, facts, reason);
  if (!plan.ok) throw refusalError(definition, plan.refusal);

  // The version in the WHERE clause is the lock: of concurrent steps from one version, the
  // first to commit wins and the others update no row.
  const version = input.expectedVersion + 1;
  const { count } = await tx.workflowCase.updateMany({
    where: { id: found.id, districtId: actor.districtId, version: input.expectedVersion },
    data: { state: plan.to, version },
  });
  if (count !== 1) throw new ConflictError(CASE);

  const step = await tx.caseTransition.create({
    data: {
      districtId: actor.districtId,
      caseId: found.id,
      transition: input.transition,
      fromState: plan.from,
      toState: plan.to,
      version,
      actorId: actor.userId,
      actorName: await actorName(tx, actor),
      reason,
      attachments: attachments as unknown as Prisma.InputJsonValue,
      at: scope.at,
    },
  });
  await audit({
    operation: `${found.caseType}.${input.transition}`,
    targetType: 'WorkflowCase',
    targetId: found.id,
    changes: {
      state: [plan.from, plan.to],
      version: [input.expectedVersion, version],
      reason,
      ...(attachments.length > 0 ? { attachments } : {}),
    },
  });
  await emit(`${found.caseType}.transitioned`, {
    caseId: found.id,
    caseType: found.caseType,
    transition: input.transition,
    from: plan.from,
    to: plan.to,
    version,
    transitionId: step.id,
  });
  return tx.workflowCase.findUniqueOrThrow({ where: { id: found.id } });
}
