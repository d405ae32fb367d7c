import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GENERATED = /[\\/]generated[\\/]/;

/**
 * `npm run dev` only: when a saved file holds a `graphql(…)` document, regenerate the typed
 * documents (`npm run build --workspace @cadre/ui`), so a new or changed document works at once.
 */
export function typedDocuments(): Plugin {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const generate = () => {
    if (running) return void (timer = setTimeout(generate, 300));
    running = true;
    const child = spawn('npm', ['run', 'build', '--workspace', '@cadre/ui', '--silent'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('exit', () => (running = false));
  };
  return {
    name: 'cadre-typed-documents',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!/\.tsx?$/.test(file) || GENERATED.test(file)) return;
        if (!readFileSync(file, 'utf8').includes('graphql(')) return;
        clearTimeout(timer);
        timer = setTimeout(generate, 300);
      });
    },
  };
}
