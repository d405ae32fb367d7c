import type { Transaction } from '@cadre/db';
import type { Label } from '../contract/plugin.ts';

// A case type's state machine (办理流程), declared as a table: the engine in
// `services/workflow.ts` applies it, checks permissions and guards, and records every step.

/** A guard's refusal: the text users read, and a code `<PLUGIN>_<WHAT>` clients can switch on. */
export interface GuardRefusal extends Label {
  code?: string;
}

export interface TransitionSpec<State extends string, Facts> {
  from: readonly State[];
  to: State;
  /** The permission a credential needs to make this transition. */
  permission: string;
  label: Label;
  /**
   * Refuses the transition with a reason (a rule of the domain) when it returns one. A method, so
   * a table with its own facts type still fits the plugin contract's `WorkflowDefinition`.
   */
  guard?(facts: Facts): GuardRefusal | null;
  /** A reason text is required (e.g. for returning or rejecting a case). */
  requiresReason?: boolean;
}

/** The case as the fact loader sees it, inside the transaction that will move it. */
export interface CaseSnapshot {
  id: string;
  districtId: string;
  caseType: string;
  state: string;
  version: number;
}

export interface WorkflowDefinition<
  State extends string = string,
  Transition extends string = string,
  Facts = unknown,
> {
  /** `<plugin>.<case type>`, e.g. `selection.case`. */
  caseType: string;
  label: Label;
  initial: State;
  states: Record<State, Label>;
  transitions: Record<Transition, TransitionSpec<State, Facts>>;
  /**
   * Reads what the guards judge, from the database and never from the client, so a guard cannot
   * be talked past. Without it guards receive `undefined`.
   */
  loadFacts?(tx: Transaction, workflowCase: CaseSnapshot): Promise<Facts>;
}

const CASE_TYPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Checks the table once where it is defined: unknown states are mistakes caught early. */
export function defineWorkflow<State extends string, Transition extends string, Facts = unknown>(
  definition: WorkflowDefinition<State, Transition, Facts>,
): WorkflowDefinition<State, Transition, Facts> {
  // Its events are `<caseType>.<verb>`, so the name must make a valid event type prefix.
  if (!CASE_TYPE.test(definition.caseType))
    throw new Error(`Case type "${definition.caseType}" must be <plugin>.<case type>, kebab-case`);
  const known = new Set(Object.keys(definition.states));
  const check = (state: string, where: string) => {
    if (!known.has(state))
      throw new Error(`${definition.caseType}: unknown state "${state}" in ${where}`);
  };
  check(definition.initial, 'initial');
  for (const [name, spec] of Object.entries<TransitionSpec<State, Facts>>(definition.transitions)) {
    if (name === OPEN_TRANSITION)
      throw new Error(`${definition.caseType}: "${OPEN_TRANSITION}" is the engine's own step`);
    spec.from.forEach((state) => check(state, `transition ${name}`));
    check(spec.to, `transition ${name}`);
  }
  return definition;
}

/** The first step of every case's record: it came into being in the initial state. */
export const OPEN_TRANSITION = 'open';

/** Why a transition cannot be made; the engine turns each into a typed error. */
export type TransitionRefusal =
  | { kind: 'unknown-transition'; transition: string }
  | { kind: 'not-allowed'; transition: string; from: string; label: Label }
  | { kind: 'reason-required'; transition: string; label: Label }
  | { kind: 'guard'; transition: string; label: Label; refusal: GuardRefusal };

export type TransitionPlan<State extends string> =
  | { ok: true; from: State; to: State; permission: string; label: Label }
  | { ok: false; refusal: TransitionRefusal };

/** The spec of a named transition; `Object.hasOwn` keeps `toString` and friends out. */
export function transitionSpec<State extends string, Facts>(
  definition: WorkflowDefinition<State, string, Facts>,
  name: string,
): TransitionSpec<State, Facts> | null {
  const transitions: Record<string, TransitionSpec<State, Facts>> = definition.transitions;
  return (Object.hasOwn(transitions, name) ? transitions[name] : undefined) ?? null;
}

/**
 * Where `transitionName` takes a case in `currentState`, or why it may not: an unknown name, a
 * state it does not start from, a missing reason, or the guard's refusal (checked last, so the
 * cheaper, structural refusals come first). Permissions are the engine's business, not this one's.
 */
export function planTransition<State extends string, Facts>(
  definition: WorkflowDefinition<State, string, Facts>,
  currentState: string,
  transitionName: string,
  facts: Facts,
  reason: string | null = null,
): TransitionPlan<State> {
  const spec = transitionSpec(definition, transitionName);
  if (!spec)
    return { ok: false, refusal: { kind: 'unknown-transition', transition: transitionName } };
  const transition = transitionName;
  if (!(spec.from as readonly string[]).includes(currentState)) {
    return {
      ok: false,
      refusal: { kind: 'not-allowed', transition, from: currentState, label: spec.label },
    };
  }
  if (spec.requiresReason && !reason?.trim()) {
    return { ok: false, refusal: { kind: 'reason-required', transition, label: spec.label } };
  }
  const refusal = spec.guard?.(facts) ?? null;
  if (refusal)
    return { ok: false, refusal: { kind: 'guard', transition, label: spec.label, refusal } };
  return {
    ok: true,
    from: currentState as State,
    to: spec.to,
    permission: spec.permission,
    label: spec.label,
  };
}

/** The transitions that start from `state`, in the order the table declares them. */
export function transitionsFrom<State extends string, Facts>(
  definition: WorkflowDefinition<State, string, Facts>,
  state: string,
): { name: string; spec: TransitionSpec<State, Facts> }[] {
  return Object.entries<TransitionSpec<State, Facts>>(definition.transitions)
    .filter(([, spec]) => (spec.from as readonly string[]).includes(state))
    .map(([name, spec]) => ({ name, spec }));
}

/** A state's label; a state the table no longer knows shows as its key rather than failing. */
export function stateLabel(definition: WorkflowDefinition, state: string): Label;
export function stateLabel(definition: WorkflowDefinition, state: string | null): Label | null;
export function stateLabel(definition: WorkflowDefinition, state: string | null): Label | null {
  if (state === null) return null;
  const known = Object.hasOwn(definition.states, state) ? definition.states[state] : undefined;
  return known ?? { zh: state, en: state };
}

/** A transition's label, including the engine's own `open`. */
export function transitionLabel(definition: WorkflowDefinition, transition: string): Label {
  if (transition === OPEN_TRANSITION) return { zh: '立项', en: 'Opened' };
  return transitionSpec(definition, transition)?.label ?? { zh: transition, en: transition };
}
