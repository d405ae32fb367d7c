import type { AuditTargetType } from '../contract/audit.ts';
import type { CadrePlugin, Label } from '../contract/plugin.ts';
import {
  CORE_AUDIT_ACTIONS,
  CORE_AUDIT_FIELDS,
  CORE_AUDIT_TARGETS,
  CORE_AUDIT_VALUES,
} from '../domain/audit-labels.ts';
import { OPEN_TRANSITION, transitionSpec, type WorkflowDefinition } from '../domain/workflow.ts';

// The words of the audit page: core's tables, each installed plugin's `audit` declaration, and
// the steps of every registered workflow. Installed rather than enabled plugins: a record stays
// readable after its plugin is switched off.

export interface AuditVocabulary {
  actions: Map<string, Label>;
  fields: Map<string, Label>;
  targets: Map<string, AuditTargetType>;
  workflows: Map<string, WorkflowDefinition>;
}

const built = new WeakMap<readonly CadrePlugin[], AuditVocabulary>();

/** Built once per plugin list (the gateway's is fixed at start). */
export function auditVocabulary(plugins: readonly CadrePlugin[]): AuditVocabulary {
  const known = built.get(plugins);
  if (known) return known;
  const vocabulary: AuditVocabulary = {
    actions: new Map(Object.entries(CORE_AUDIT_ACTIONS)),
    fields: new Map(Object.entries(CORE_AUDIT_FIELDS)),
    targets: new Map(Object.entries(CORE_AUDIT_TARGETS).map(([type, label]) => [type, { label }])),
    workflows: new Map(),
  };
  for (const plugin of plugins) {
    for (const [action, label] of Object.entries(plugin.audit?.actions ?? {}))
      vocabulary.actions.set(action, label);
    for (const [field, label] of Object.entries(plugin.audit?.fields ?? {}))
      vocabulary.fields.set(field, label);
    for (const [type, target] of Object.entries(plugin.audit?.targets ?? {}))
      vocabulary.targets.set(type, target);
    for (const workflow of plugin.workflows ?? [])
      vocabulary.workflows.set(workflow.caseType, workflow);
  }
  built.set(plugins, vocabulary);
  return vocabulary;
}

/**
 * An operation's name: declared, or a workflow step `<case type>.<transition>` named by its case
 * type and transition ("选拔任用：开始任前公示"); null when nobody names it.
 */
export function actionLabel(vocabulary: AuditVocabulary, operation: string): Label | null {
  const declared = vocabulary.actions.get(operation);
  if (declared) return declared;
  const dot = operation.lastIndexOf('.');
  const workflow = vocabulary.workflows.get(operation.slice(0, dot));
  if (!workflow) return null;
  const step = operation.slice(dot + 1);
  if (step === OPEN_TRANSITION)
    return { zh: `新建${workflow.label.zh}`, en: `${workflow.label.en} opened` };
  const spec = transitionSpec(workflow, step);
  return spec
    ? { zh: `${workflow.label.zh}：${spec.label.zh}`, en: `${workflow.label.en}: ${spec.label.en}` }
    : null;
}

/** One changed field: its name, the values as stored, and their names where known. */
export interface AuditChangeLine {
  field: string;
  label: Label | null;
  before: unknown;
  after: unknown;
  beforeLabel: Label | null;
  afterLabel: Label | null;
}

/**
 * `{ field: [before, after] }` as the trail stores it (a bare value is what was set). `caseType`
 * names the workflow whose states the record's `state` field holds.
 */
export function auditChangeLines(
  vocabulary: AuditVocabulary,
  changes: unknown,
  caseType: string | null,
): AuditChangeLine[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  const states: Record<string, Label> | undefined = caseType
    ? vocabulary.workflows.get(caseType)?.states
    : undefined;
  const valueLabel = (field: string, value: unknown): Label | null => {
    if (typeof value !== 'string') return null;
    const table = field === 'state' && states ? states : CORE_AUDIT_VALUES[field];
    return (table && Object.hasOwn(table, value) ? table[value] : undefined) ?? null;
  };
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) => {
    const [before, after] = Array.isArray(value) && value.length === 2 ? value : [undefined, value];
    return {
      field,
      label: vocabulary.fields.get(field) ?? null,
      before: before ?? null,
      after: after ?? null,
      beforeLabel: valueLabel(field, before),
      afterLabel: valueLabel(field, after),
    };
  });
}
