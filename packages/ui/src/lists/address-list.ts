import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type CombinedError, type DocumentInput, useQuery } from 'urql';

/**
 * A list's filter as the address holds it (`?year=2025&kind=ANNUAL`), so that a view can be
 * linked, reloaded, and walked with back and forward.
 */
export interface AddressFilter<F> {
  read(params: URLSearchParams): F;
  /** Sets the filter's parameters on `params`; an unset filter writes nothing. */
  write(filter: F, params: URLSearchParams): void;
}

type Cursor = { after: string } | { before: string } | null;

interface ListView<F> {
  filter: F;
  /** 1-based, as shown. */
  page: number;
  cursor: Cursor;
}

/** The connection's arguments: the filter and a page forward from `after` or back from `before`. */
export type ListArguments<F> = F &
  ({ first: number; after?: string } | { last: number; before: string });

export interface ListConnection<N> {
  totalCount: number;
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
  edges: readonly { node: N }[];
}

/** A page of a list, as its table shows it. */
export interface ListRows<N> {
  rows: N[];
  /** Only until the first page has come: later pages load behind the one shown. */
  loading: boolean;
  error: CombinedError | undefined;
  pager: ListPager;
}

export interface AddressList<F, N> extends ListRows<N> {
  filter: F;
  /** A changed filter starts again at the first page. */
  setFilter: (filter: Partial<F>) => void;
}

export interface ListPager {
  page: number;
  pages: number;
  total: number;
  turn(direction: 'previous' | 'next'): void;
}

const LIST_PAGE_SIZE = 20;

function readView<F>(params: URLSearchParams, filter: AddressFilter<F>): ListView<F> {
  const after = params.get('after');
  const before = params.get('before');
  return {
    filter: filter.read(params),
    page: Math.max(1, Number(params.get('p')) || 1),
    cursor: after ? { after } : before ? { before } : null,
  };
}

function writeView<F>(view: ListView<F>, filter: AddressFilter<F>): URLSearchParams {
  const params = new URLSearchParams();
  filter.write(view.filter, params);
  if (view.page > 1) params.set('p', String(view.page));
  if (view.cursor && 'after' in view.cursor) params.set('after', view.cursor.after);
  if (view.cursor && 'before' in view.cursor) params.set('before', view.cursor.before);
  return params;
}

function pageArguments<F>({ filter, cursor }: ListView<F>): ListArguments<F> {
  if (cursor && 'before' in cursor)
    return { ...filter, last: LIST_PAGE_SIZE, before: cursor.before };
  return { ...filter, first: LIST_PAGE_SIZE, after: cursor?.after };
}

/**
 * A list page's rows, a page at a time from a connection, filtered and paged by the address
 * (`p`, `after`, `before` beside the filter's own parameters).
 */
export function useAddressList<D, F extends Record<string, unknown>, N>({
  filter,
  query,
  connectionOf,
}: {
  filter: AddressFilter<F>;
  /** A connection query taking the filter's fields as arguments. */
  query: DocumentInput<D, ListArguments<NoInfer<F>>>;
  connectionOf: (data: D) => ListConnection<N>;
}): AddressList<F, N> {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params, filter), [params, filter]);
  const go = (next: ListView<F>) => setParams(writeView(next, filter));

  const [{ data, fetching, error }] = useQuery({ query, variables: pageArguments(view) });
  // While the next page loads the last one stays on screen: no flicker, no jump in height.
  const last = useRef(data);
  if (data) last.current = data;
  const shown = data ?? last.current;
  const connection = shown && connectionOf(shown);
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const total = connection?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));

  const turn = (direction: 'previous' | 'next') => {
    const info = connection?.pageInfo;
    if (!info) return;
    if (direction === 'previous' && info.startCursor && view.page > 1)
      go({
        ...view,
        page: view.page - 1,
        cursor: view.page === 2 ? null : { before: info.startCursor },
      });
    if (direction === 'next' && info.endCursor && view.page < pages)
      go({ ...view, page: view.page + 1, cursor: { after: info.endCursor } });
  };

  return {
    filter: view.filter,
    setFilter: (changed) => go({ filter: { ...view.filter, ...changed }, page: 1, cursor: null }),
    rows,
    loading: fetching && !connection,
    error,
    pager: { page: view.page, pages, total, turn },
  };
}
