import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The admin pages run in the browser: what they import at run time, however indirectly (a shared
// rule of ../domain), ends up in their chunks. Packages of the server side would bring the database
// driver and the schema builder along, megabytes that cannot run there anyway.

const ADMIN = dirname(fileURLToPath(import.meta.url));
const SERVER_ONLY = [/^@cadre\/(core|db|testing)(\/|$)/, /^node:/, /^zod$/, /^@pothos\//];

/** Specifiers imported at run time: `import type` and `export type` lines do not count. */
function runtimeImports(source: string): string[] {
  const statements = source.matchAll(
    /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
  );
  return [...statements].filter((m) => !m[2]).map((m) => m[4] ?? '');
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every module reachable from `start` through relative imports, with what it imports. */
function reachable(start: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...start];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    const imports = runtimeImports(readFileSync(file, 'utf8'));
    seen.set(file, imports);
    for (const spec of imports) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
  }
  return seen;
}

describe('the admin pages', () => {
  it('import nothing of the server side at run time, also through the shared rules', () => {
    const offending = [...reachable(sources(ADMIN))].flatMap(([file, imports]) =>
      imports
        .filter((spec) => SERVER_ONLY.some((pattern) => pattern.test(spec)))
        .map((spec) => `${file.slice(ADMIN.length - 'admin'.length)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('do reach the shared rules (the check above looks at them)', () => {
    const files = [...reachable(sources(ADMIN)).keys()];
    expect(files.some((file) => file.endsWith('/domain/quorum.ts'))).toBe(true);
  });
});
