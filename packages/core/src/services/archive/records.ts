import { z } from 'zod';
import type { Label } from '../../contract/plugin.ts';
import type { ArchiveRuleViolation } from '../../domain/archive-rules.ts';
import { isUuid } from '../../domain/ids.ts';
import { InputError, NotFoundError, RuleViolationError } from '../../errors/cadre-error.ts';
import { bilingual } from '../../errors/zod-issues.ts';
import { archiveRuleText } from '../archive-rule-text.ts';
import { changedFields } from '../audit.ts';
import type { WriteScope } from '../workflow.ts';

// What the archive's records (rewards, sanctions, annual grades, family members) share: trimmed
// texts with their lengths, the cadre they belong to, and refusals that name the caller's field.

const CADRE: Label = { zh: '干部', en: 'Cadre' };

/** A trimmed text of at most `max` characters; its message names it in both languages. */
const upTo = (name: Label, max: number) =>
  z
    .string()
    .trim()
    .max(
      max,
      bilingual(`${name.zh}不能超过 ${max} 个字`, `${name.en} has at most ${max} characters`),
    );

/** A trimmed text of `min` to `max` characters. */
export const text = (name: Label, max: number, min = 1) =>
  upTo(name, max).min(
    min,
    bilingual(`${name.zh}至少 ${min} 个字`, `${name.en} needs ${min} characters`),
  );

/** A text that may be left out; blank counts as left out. */
export const optionalText = (name: Label, max: number) =>
  upTo(name, max)
    .nullish()
    .transform((value) => value || null);

/** Why a record is corrected, lifted, revoked or removed: kept with its former version. */
export const revisionReason = text({ zh: '理由', en: 'The reason' }, 200, 2);

/** The row `find` reads for a well-formed id in the district; any other id is "not found". */
export async function existing<Row>(
  id: string,
  what: Label,
  find: (id: string) => Promise<Row | null>,
): Promise<Row> {
  const row = isUuid(id) ? await find(id) : null;
  if (!row) throw new NotFoundError(what);
  return row;
}

/** A revoked record stays as it was revoked. */
export function notRevoked<Row extends { revokedAt: Date | null }>(row: Row, what: Label): Row {
  if (row.revokedAt) {
    throw new RuleViolationError('CORE_RECORD_REVOKED', {
      zh: `该${what.zh}已撤销，不能再更改`,
      en: `The ${what.en.toLowerCase()} was revoked and cannot change`,
    });
  }
  return row;
}

/** The cadre a record belongs to, in the writer's district. */
export const cadreOf = ({ tx, actor }: WriteScope, cadreId: string) =>
  existing(cadreId, CADRE, (id) =>
    tx.cadre.findFirst({
      where: { id, districtId: actor.districtId },
      select: { id: true, birthDate: true, workStartDate: true },
    }),
  );

/** A refused field of a record, with the rule's code and text. */
export interface RecordIssue {
  field: string;
  code: string;
  text: Label;
}

/** The archive rules' violations with their texts. */
export const archiveIssues = (violations: readonly ArchiveRuleViolation[]): RecordIssue[] =>
  violations.map((v) => ({ ...v, text: archiveRuleText(v.code) }));

/**
 * Refuses the issues, the first of each field, naming the field as the caller wrote it: under
 * `prefix` (`input.decisionDate`), or alone for an argument of its own (`liftedOn`).
 */
export function refuse(issues: readonly RecordIssue[], prefix = 'input'): void {
  const first = issues.filter((v, i) => issues.findIndex((w) => w.field === v.field) === i);
  if (first.length === 0) return;
  throw new InputError(
    first.map((v) => ({
      path: prefix ? `${prefix}.${v.field}` : v.field,
      code: v.code,
      text: v.text,
    })),
  );
}

/** The fields of `after` that differ from the stored row, as an audit record lists them. */
export function changesOf(before: object, after: Record<string, unknown>) {
  const stored = before as Record<string, unknown>;
  return changedFields(Object.fromEntries(Object.keys(after).map((k) => [k, stored[k]])), after);
}
