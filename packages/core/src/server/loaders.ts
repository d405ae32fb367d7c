import DataLoader from 'dataloader';
import type { RequestContext } from '../contract/context.ts';

const perRequest = new WeakMap<RequestContext, Map<string, DataLoader<string, unknown>>>();

/**
 * A loader that lives as long as one request: every field asking for the same kind of row in
 * one tick shares one statement. `batch` returns rows with their key; missing keys get `empty`.
 */
export function loaderFor<Row>(
  ctx: RequestContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<[string, Row][]>,
  empty: Row,
): DataLoader<string, Row> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, Row> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Row>(async (keys) => {
      const found = new Map(await batch(keys));
      return keys.map((key) => found.get(key) ?? empty);
    });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Groups rows by a key, for loaders of lists. */
export function groupRows<Row>(rows: Row[], key: (row: Row) => string): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups];
}

/** Rows that belong to cadres (posts, verifications, pool entries), loaded for a page at once. */
export function cadreRowsLoader<Row extends { cadreId: string }>(
  ctx: RequestContext,
  name: string,
  fetch: (cadreIds: string[]) => Promise<Row[]>,
): DataLoader<string, Row[]> {
  return loaderFor<Row[]>(
    ctx,
    name,
    async (ids) => groupRows(await fetch([...ids]), (r) => r.cadreId),
    [],
  );
}
