import type { Schema } from '@cadre/ui';
import { GROUP_LABELS, KIND_LABELS } from '../rules.ts';

/**
 * The list's view lives in the address (`/assessment/rounds?year=2025&kind=ANNUAL&p=2&after=…`),
 * so a view can be linked, reloaded, and walked with back and forward.
 */
export interface ListView {
  year?: number;
  kind?: Schema.AssessmentKind;
  group?: Schema.AssessmentGroup;
  /** 1-based, as shown. */
  page: number;
  cursor: { after: string } | { before: string } | null;
}

export const PAGE_SIZE = 20;

const oneOf =
  <E extends string>(values: Record<E, unknown>) =>
  (value: string | null): value is E =>
    value !== null && value in values;
const isKind = oneOf<Schema.AssessmentKind>(KIND_LABELS);
const isGroup = oneOf<Schema.AssessmentGroup>(GROUP_LABELS);

export function readView(params: URLSearchParams): ListView {
  const kind = params.get('kind');
  const group = params.get('group');
  const after = params.get('after');
  const before = params.get('before');
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    kind: isKind(kind) ? kind : undefined,
    group: isGroup(group) ? group : undefined,
    page: Math.max(1, Number(params.get('p')) || 1),
    cursor: after ? { after } : before ? { before } : null,
  };
}

export function writeView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.year) params.set('year', String(view.year));
  if (view.kind) params.set('kind', view.kind);
  if (view.group) params.set('group', view.group);
  if (view.page > 1) params.set('p', String(view.page));
  if (view.cursor && 'after' in view.cursor) params.set('after', view.cursor.after);
  if (view.cursor && 'before' in view.cursor) params.set('before', view.cursor.before);
  return params;
}

/** A changed filter starts again at the first page. */
export const withFilter = (view: ListView, filter: Partial<ListView>): ListView => ({
  ...view,
  ...filter,
  page: 1,
  cursor: null,
});

/** The connection's arguments for the view. */
export function pageArguments(view: ListView) {
  const filter = { year: view.year, kind: view.kind, group: view.group };
  if (view.cursor && 'before' in view.cursor)
    return { ...filter, last: PAGE_SIZE, before: view.cursor.before };
  return { ...filter, first: PAGE_SIZE, after: view.cursor?.after };
}
