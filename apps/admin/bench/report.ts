import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The admin UI's part of docs/benchmarks.md; the gateway's bench keeps it when it rewrites its own. */
export const SECTION = '## Admin UI';

/** Replaces (or appends) this section, leaving the rest of the report as it is. */
export function writeSection(report: string, lines: string[]): void {
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`\n${SECTION}`);
  const rest = start < 0 ? '' : text.slice(start + 1);
  const next = rest.slice(SECTION.length).search(/\n## /);
  const after = start < 0 || next < 0 ? '' : rest.slice(SECTION.length + next + 1);
  const before = start < 0 ? text.trimEnd() : text.slice(0, start).trimEnd();
  writeFileSync(
    report,
    [before, '', ...lines, ...(after ? ['', after.trimEnd()] : []), ''].join('\n'),
  );
}
