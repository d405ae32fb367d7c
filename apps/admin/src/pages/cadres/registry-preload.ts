import type { Client } from 'urql';
import { CadresQuery } from './registry-query.ts';
import { pageArguments, readView } from './registry-state.ts';

/** When the registry's first page was asked for ahead of the page itself. */
let preloadedAt = 0;

/**
 * Asks for the registry page of an address while the shell still reads the viewer, so the two
 * requests run side by side; the page then finds its rows in the cache.
 */
export function preloadRegistry(client: Client, search: string): void {
  preloadedAt = Date.now();
  void client.query(CadresQuery, pageArguments(readView(new URLSearchParams(search)))).toPromise();
}

/** Whether the page may take the cache as it is: only right after a preload (once). */
export function takePreload(): boolean {
  const fresh = Date.now() - preloadedAt < 10_000;
  preloadedAt = 0;
  return fresh;
}
