import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../../packages/ui/src/generated/', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** Document text → the document node's JSON, read from the generated files (again when they change). */
function documentIndex(): () => Map<string, string> {
  let stamp = -1;
  let index = new Map<string, string>();
  return () => {
    const gql = `${GENERATED}gql.ts`;
    const nodes = `${GENERATED}graphql.ts`;
    const now = statSync(gql).mtimeMs + statSync(nodes).mtimeMs;
    if (now === stamp) return index;
    const json = new Map(
      [
        ...readFileSync(nodes, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm),
      ].map((m) => [m[1], m[2]]),
    );
    const map = readFileSync(gql, 'utf8').split('const documents: Documents = {')[1] ?? '';
    index = new Map(
      [...map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)].flatMap((m) => {
        const node = json.get(m[2] ?? '');
        return node ? [[JSON.parse(m[1] ?? '""') as string, node] as [string, string]] : [];
      }),
    );
    stamp = now;
    return index;
  };
}

/**
 * Puts each `graphql(`…`)` document's node in place of the call, as graphql-codegen's babel plugin
 * does: a page's chunk then carries its own documents, and the generated map of every document
 * (which grows with each page and plugin) stays out of the bundle.
 */
export function inlineDocuments(): Plugin {
  const index = documentIndex();
  return {
    name: 'cadre-inline-documents',
    // In `npm run dev` documents change while editing; the generated map (rewritten on save) serves them.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/generated/') || !/\.tsx?$/.test(id))
        return;
      if (!code.includes('graphql(')) return;
      const documents = index();
      let changed = false;
      const out = code.replace(CALL, (call, source: string) => {
        const node = documents.get(source);
        if (!node) return call;
        changed = true;
        return `(${node})`;
      });
      return changed ? { code: out, map: null } : undefined;
    },
  };
}
