import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** The entry module and the modules index.html preloads: what every first visit loads. */
  initialJsGzip: number;
  initialJsRaw: number;
  files: number;
  /** Every JS chunk of the build, gzipped: what a visit to every page would load. */
  allJsGzip: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Sizes of the built app as the gateway serves it (gzip, level 9). */
export function bundleSize(dist: string, allChunks: string[]): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => join(dist, m[1] ?? ''));
  return {
    initialJsGzip: initial.reduce((sum, f) => sum + gzipped(f), 0),
    initialJsRaw: initial.reduce((sum, f) => sum + readFileSync(f).length, 0),
    files: initial.length,
    allJsGzip: allChunks.reduce((sum, f) => sum + gzipped(f), 0),
  };
}
