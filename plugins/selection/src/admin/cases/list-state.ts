import type { Schema } from '@cadre/ui';
import { STAGES } from '../rules.ts';

/**
 * The list's view lives in the address (`/selection/cases?stage=INSPECTION&q=街道&p=2&after=…`), so
 * a view can be linked, reloaded, and walked with back and forward.
 */
export interface ListView {
  stage?: Schema.SelectionStage;
  unitId?: string;
  search?: string;
  /** 1-based, as shown. */
  page: number;
  cursor: { after: string } | { before: string } | null;
}

export const PAGE_SIZE = 20;

const isStage = (value: string | null): value is Schema.SelectionStage =>
  (STAGES as readonly (string | null)[]).includes(value);

export function readView(params: URLSearchParams): ListView {
  const stage = params.get('stage');
  const after = params.get('after');
  const before = params.get('before');
  return {
    stage: isStage(stage) ? stage : undefined,
    unitId: params.get('unit') || undefined,
    search: params.get('q')?.trim() || undefined,
    page: Math.max(1, Number(params.get('p')) || 1),
    cursor: after ? { after } : before ? { before } : null,
  };
}

export function writeView(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.stage) params.set('stage', view.stage);
  if (view.unitId) params.set('unit', view.unitId);
  if (view.search) params.set('q', view.search);
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
  const filter = { stage: view.stage, unitId: view.unitId, search: view.search };
  if (view.cursor && 'before' in view.cursor)
    return { ...filter, last: PAGE_SIZE, before: view.cursor.before };
  return { ...filter, first: PAGE_SIZE, after: view.cursor?.after };
}
