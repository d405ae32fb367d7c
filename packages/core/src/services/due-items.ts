import type { Transaction } from '@cadre/db';
import type { DueItem } from '@cadre/db/client';
import { isPermissionKey } from '../domain/permissions.ts';
import { InputError, type InputIssue, NotFoundError } from '../errors/cadre-error.ts';

// Due items (到期提醒): one list of deadlines that every plugin feeds from its own writes, so a
// staff member sees publicity ends, probation ends, report due dates … in one place.

export interface DueItemKey {
  /** The plugin that owns the deadline, or `core`. */
  source: string;
  /** e.g. `publicity-end`, `probation-end`. */
  kind: string;
  /** The record the deadline belongs to (a case, a cadre …). */
  subjectId: string;
}

export interface NewDueItem extends DueItemKey {
  subjectType: string;
  title: string;
  /** A calendar date (UTC midnight). */
  dueDate: Date;
  /** Where the admin UI opens it. */
  link?: string | null;
  /** Shown to this user only; when empty, to everyone who holds `permission`. */
  assigneeId?: string | null;
  /** Who sees an unassigned item; no permission means everyone in the district. */
  permission?: string | null;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Refuses an item that names no plugin, kind or subject, or a malformed date or permission. */
export function checkDueItem(item: NewDueItem): void {
  const issues: InputIssue[] = [];
  const bad = (path: string, zh: string, en: string) =>
    issues.push({ path: `dueItem.${path}`, code: 'INVALID', text: { zh, en } });
  if (!KEBAB.test(item.source)) bad('source', '来源应为插件标识', 'source must be a plugin id');
  if (!KEBAB.test(item.kind)) bad('kind', '类型应为短横线小写', 'kind must be kebab-case');
  if (!item.subjectId.trim() || !item.subjectType.trim()) {
    bad('subjectId', '缺少所属对象', 'the subject is missing');
  }
  if (!item.title.trim() || item.title.length > 200) {
    bad('title', '标题应为 1–200 个字', 'title must have 1–200 characters');
  }
  if (Number.isNaN(item.dueDate.getTime())) bad('dueDate', '到期日期无效', 'invalid due date');
  if (item.permission && !isPermissionKey(item.permission)) {
    bad('permission', '权限标识格式不正确', 'permission must be <plugin>.<resource>.<action>');
  }
  if (issues.length > 0) throw new InputError(issues);
}

/** The date part only: a due date is a calendar day. */
const calendarDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The stored columns of an item besides its key, as an open item. */
export function dueItemFields(item: NewDueItem) {
  return {
    subjectType: item.subjectType,
    title: item.title.trim(),
    dueDate: calendarDay(item.dueDate),
    link: item.link ?? null,
    assigneeId: item.assigneeId ?? null,
    permission: item.permission ?? null,
    closedAt: null,
  };
}

/**
 * Records a deadline inside the caller's write (its `writeAudited` transaction in `districtId`),
 * so the item exists exactly when the write commits. Recording the same source, kind and
 * subject again updates it and opens it again: a plugin states the deadline as it now stands.
 */
export async function recordDueItem(
  tx: Transaction,
  districtId: string,
  item: NewDueItem,
): Promise<DueItem> {
  checkDueItem(item);
  if (item.assigneeId) {
    const assignee = await tx.user.findFirst({
      where: { id: item.assigneeId, districtId },
      select: { id: true },
    });
    if (!assignee) throw new NotFoundError({ zh: '承办人', en: 'Assignee' });
  }
  const fields = dueItemFields(item);
  const { source, kind, subjectId } = item;
  return tx.dueItem.upsert({
    where: { districtId_source_kind_subjectId: { districtId, source, kind, subjectId } },
    create: { districtId, source, kind, subjectId, ...fields },
    update: fields,
  });
}

/**
 * Closes the open item of `source`, `kind` and `subject` (every kind of the subject when `kind`
 * is left out, e.g. when a case ends). Returns how many were closed; closing again closes none.
 */
export async function closeDueItem(
  tx: Transaction,
  districtId: string,
  key: Omit<DueItemKey, 'kind'> & { kind?: string },
  closedAt: Date = new Date(),
): Promise<number> {
  const { count } = await tx.dueItem.updateMany({
    where: {
      districtId,
      source: key.source,
      subjectId: key.subjectId,
      ...(key.kind ? { kind: key.kind } : {}),
      closedAt: null,
    },
    data: { closedAt },
  });
  return count;
}

export interface DueItemReader {
  dueItem: Pick<Transaction['dueItem'], 'findMany'>;
}

export interface DueItemAudience {
  districtId: string;
  userId: string;
  /** Whether the user holds a permission key (grants are patterns, so this is asked per key). */
  holds: (permission: string) => boolean;
  /** Sources whose items count: core and the plugins enabled in the district. */
  sources: readonly string[];
  includeClosed?: boolean;
}

/**
 * The items one staff member should act on: assigned to them, or unassigned and open to them
 * (no permission named, or one they hold), from core and enabled plugins, by due date.
 */
export async function dueItemsFor(client: DueItemReader, who: DueItemAudience): Promise<DueItem[]> {
  const scope = {
    districtId: who.districtId,
    source: { in: [...who.sources] },
    ...(who.includeClosed ? {} : { closedAt: null }),
  };
  // The few distinct keys named by unassigned items, so the list itself is filtered in SQL.
  const named = await client.dueItem.findMany({
    where: { ...scope, assigneeId: null, permission: { not: null } },
    distinct: ['permission'],
    select: { permission: true },
  });
  const held = named.flatMap((row) =>
    row.permission && who.holds(row.permission) ? [row.permission] : [],
  );
  return client.dueItem.findMany({
    where: {
      ...scope,
      OR: [
        { assigneeId: who.userId },
        { assigneeId: null, permission: null },
        { assigneeId: null, permission: { in: held } },
      ],
    },
    orderBy: [{ dueDate: 'asc' }, { title: 'asc' }, { id: 'asc' }],
  });
}
