import type { Schema } from '@cadre/ui';

/**
 * The registry's view lives in the address (`/cadres?q=王&ranks=…&sort=AGE&p=3&after=…`), so a
 * view can be linked, reloaded, and walked with back and forward. A page number without a
 * cursor (`p=3`) is a jump: the server passes over the pages before it.
 */
export interface RegistryView {
  filter: {
    search?: string;
    unitId?: string;
    ranks?: Schema.Rank[];
    educationAtLeast?: Schema.Education;
    gender?: Schema.Gender;
    politicalStatuses?: Schema.PoliticalStatus[];
    statuses?: Schema.CadreStatus[];
    managementAuthorities?: Schema.ManagementAuthority[];
    ageMin?: number;
    ageMax?: number;
    /** Under an influence period (受影响期限制) on this day, `YYYY-MM-DD`. */
    underInfluenceOn?: string;
  };
  orderBy: Schema.CadreOrderField;
  descending: boolean;
  size: number;
  /** 1-based page number, as shown. */
  page: number;
  /** Keyset position: after a cursor, before one, or the last `last` rows; null counts from the start. */
  cursor: { after: string } | { before: string } | { last: number } | null;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const ORDERS: Schema.CadreOrderField[] = ['NAME', 'AGE', 'RANK_SINCE', 'WORK_START', 'POST_ORDER'];

/** The plain registry counts cadres in service (在职), as the dashboard does. */
export const SERVING: Schema.CadreStatus[] = ['ACTIVE'];
export const DEFAULT_FILTER: RegistryView['filter'] = { statuses: SERVING };
/** In the address, the status filter removed: every status. */
const ALL_STATUSES = 'all';

export const servingOnly = (filter: RegistryView['filter']) =>
  filter.statuses?.length === 1 && filter.statuses[0] === 'ACTIVE';

const list = <T extends string>(value: string | null): T[] | undefined =>
  value ? (value.split(',').filter(Boolean) as T[]) : undefined;
const int = (value: string | null): number | undefined =>
  value && /^\d{1,3}$/.test(value) ? Number(value) : undefined;
const day = (value: string | null): string | undefined =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function readView(params: URLSearchParams): RegistryView {
  const size = Number(params.get('size'));
  const after = params.get('after');
  const before = params.get('before');
  const last = int(params.get('last'));
  const order = params.get('sort') as Schema.CadreOrderField | null;
  const status = params.get('status');
  return {
    filter: {
      search: params.get('q')?.trim() || undefined,
      unitId: params.get('unit') || undefined,
      ranks: list(params.get('ranks')),
      educationAtLeast: (params.get('edu') as Schema.Education | null) || undefined,
      gender: (params.get('gender') as Schema.Gender | null) || undefined,
      politicalStatuses: list(params.get('political')),
      statuses: status === null ? SERVING : status === ALL_STATUSES ? undefined : list(status),
      managementAuthorities: list(params.get('authority')),
      ageMin: int(params.get('ageMin')),
      ageMax: int(params.get('ageMax')),
      underInfluenceOn: day(params.get('influenceOn')),
    },
    orderBy: order && ORDERS.includes(order) ? order : 'NAME',
    descending: params.get('desc') === '1',
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
    page: Math.max(1, int(params.get('p')) ?? 1),
    cursor: after ? { after } : before ? { before } : last ? { last } : null,
  };
}

/** The address of a view; defaults are left out, so the plain registry is just `/cadres`. */
export function writeView(view: RegistryView): URLSearchParams {
  const params = new URLSearchParams();
  const f = view.filter;
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('q', f.search);
  set('unit', f.unitId);
  set('ranks', f.ranks?.join(','));
  set('edu', f.educationAtLeast);
  set('gender', f.gender);
  set('political', f.politicalStatuses?.join(','));
  if (!servingOnly(f)) set('status', f.statuses?.length ? f.statuses.join(',') : ALL_STATUSES);
  set('authority', f.managementAuthorities?.join(','));
  set('ageMin', f.ageMin);
  set('ageMax', f.ageMax);
  set('influenceOn', f.underInfluenceOn);
  if (view.orderBy !== 'NAME') set('sort', view.orderBy);
  if (view.descending) set('desc', 1);
  if (view.size !== 50) set('size', view.size);
  if (view.page > 1) set('p', view.page);
  if (view.cursor && 'after' in view.cursor) set('after', view.cursor.after);
  if (view.cursor && 'before' in view.cursor) set('before', view.cursor.before);
  if (view.cursor && 'last' in view.cursor) set('last', view.cursor.last);
  return params;
}

/** The connection arguments of a view. */
export function pageArguments(view: RegistryView) {
  const c = view.cursor;
  return {
    filter: filterArgument(view.filter),
    orderBy: view.orderBy,
    descending: view.descending,
    ...(c && 'before' in c
      ? { last: view.size, before: c.before }
      : c && 'last' in c
        ? { last: c.last }
        : {
            first: view.size,
            ...(c
              ? { after: c.after }
              : view.page > 1
                ? { skip: (view.page - 1) * view.size }
                : {}),
          }),
  };
}

/** The number of the first row of the view's page (序号 run on across pages). */
export const firstRowNumber = (view: RegistryView) => (view.page - 1) * view.size + 1;

/** Only the filters that are set (empty lists would match nothing). */
export function filterArgument(filter: RegistryView['filter']) {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** A changed filter, order or page size starts again at the first page. */
export function withFilter(view: RegistryView, change: Partial<RegistryView>): RegistryView {
  return { ...view, ...change, page: 1, cursor: null };
}

export type PageTurn = 'first' | 'previous' | 'next' | 'last' | { page: number };

/** Where a turn of the page goes, or null when there is no page that way. */
export function targetPage(
  direction: PageTurn,
  view: RegistryView,
  totalCount: number,
  pageInfo: { startCursor?: string | null; endCursor?: string | null },
): Pick<RegistryView, 'page' | 'cursor'> | null {
  const pages = Math.max(1, Math.ceil(totalCount / view.size));
  // A jump by number: no cursor, the server passes over the pages before it.
  if (typeof direction === 'object') {
    const page = Math.min(Math.max(1, Math.trunc(direction.page)), pages);
    return page !== view.page ? { page, cursor: null } : null;
  }
  if (direction === 'first') return view.page > 1 ? { page: 1, cursor: null } : null;
  if (direction === 'previous')
    return pageInfo.startCursor && view.page > 1
      ? {
          page: view.page - 1,
          cursor: view.page === 2 ? null : { before: pageInfo.startCursor },
        }
      : null;
  // Counted from the total: a page reached backwards need not know that more follow.
  if (direction === 'next')
    return pageInfo.endCursor && view.page < pages
      ? { page: view.page + 1, cursor: { after: pageInfo.endCursor } }
      : null;
  // The last page holds the remainder, so pages stay aligned with the first one's.
  return pages > 1 && view.page < pages
    ? { page: pages, cursor: { last: totalCount % view.size || view.size } }
    : null;
}
