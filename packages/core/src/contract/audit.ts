import type { PrismaClient } from '@cadre/db';
import type { Label } from './plugin.ts';

// How the audit page (审计记录) names what a plugin's records are about. Workflow steps need
// nothing here: they are labeled from the plugin's `workflows`.

/** A type a plugin's audit records name as their target (`SelectionCase`). */
export interface AuditTargetType {
  label: Label;
  /** Rows that extend a workflow case of this type: their `state` is named by its states. */
  caseType?: string;
  /**
   * The names of the rows with these ids, read through the request's district-scoped client: one
   * statement for every record of a page. Ids not returned show as the type and a short id.
   */
  names?(prisma: PrismaClient, ids: readonly string[]): Promise<[id: string, name: string][]>;
}

export interface AuditVocabulary {
  /** Every operation the plugin audits, `<plugin>.<what>`, e.g. `selection.decision.record`. */
  actions: Record<string, Label>;
  /** The fields its records change, e.g. `postTitle`; core's own are known already. */
  fields?: Record<string, Label>;
  targets?: Record<string, AuditTargetType>;
}
