import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// A plugin's admin pages run in the browser: what they import at run time, however indirectly (a
// shared rule of ../domain), ends up in their chunks. Packages of the server side would bring the
// database driver and the schema builder along, megabytes that cannot run there anyway.

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

/** Every module reachable from the admin folder's sources through relative imports, with its imports. */
export function adminModules(adminDir: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = sources(adminDir);
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    const imports = runtimeImports(readFileSync(file, 'utf8'));
    seen.set(file, imports);
    for (const spec of imports) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
  }
  return seen;
}

/** `file → specifier` for each server-side import the admin folder reaches; empty when browser-safe. */
export function serverImportsOf(adminDir: string): string[] {
  const root = dirname(adminDir);
  return [...adminModules(adminDir)].flatMap(([file, imports]) =>
    imports
      .filter((spec) => SERVER_ONLY.some((pattern) => pattern.test(spec)))
      .map((spec) => `${file.slice(root.length + 1)} → ${spec}`),
  );
}
