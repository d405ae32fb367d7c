#!/usr/bin/env node
// `npm test`: runs every workspace's tests once per pass (see PASSES) through turbo, then adds up the vitest
// JSON reports and ends with the line `tests: N passed, N failed[, N skipped]`.
// Plain Node ESM, only built-ins. Usage: node tooling/scripts/test.mjs [pass-name...]  (default: all passes)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS_DIR = '.test-results'; // inside each workspace folder; one <pass>.json per pass

/**
 * The passes, run in this order. To add one, append an entry:
 *   name   file name of the JSON report (.test-results/<name>.json) and the name shown in the summary
 *   label  used in the "skipped" message
 *   env    extra environment for turbo and the tests (turbo.json's globalPassThroughEnv must let it through:
 *          CADRE_* and TEST_DATABASE_URL are)
 *   skip() returns a reason string when the pass cannot run here (printed plainly), else null
 *   only / except  optional package name: the pass runs only that package's tests, or every package's but its
 * The admin app's tests drive Chromium through a real gateway; they run once, in their own pass on PGlite (a
 * second database changes nothing the browser sees), and the database passes leave them out.
 */
const CHROMIUM = process.env.CADRE_TEST_BROWSER || '/usr/lib/chromium/chromium';
const BROWSER_PACKAGE = '@cadre/admin';
const PASSES = [
  {
    name: 'pglite',
    label: 'PGlite',
    env: { CADRE_TEST_DATABASE: 'pglite' },
    skip: () => null,
    except: BROWSER_PACKAGE,
  },
  {
    name: 'browser',
    label: 'Browser',
    env: { CADRE_TEST_DATABASE: 'pglite' },
    skip: () =>
      fs.existsSync(CHROMIUM)
        ? null
        : `${CHROMIUM} is absent, so the admin UI's browser tests did not run (apt-get install -y chromium fonts-noto-cjk, or set CADRE_TEST_BROWSER; bash .ci/run installs them).`,
    only: BROWSER_PACKAGE,
  },
  {
    name: 'postgres',
    label: 'PostgreSQL',
    env: { CADRE_TEST_DATABASE: 'postgres' },
    except: BROWSER_PACKAGE,
    skip: () =>
      process.env.TEST_DATABASE_URL
        ? null
        : 'TEST_DATABASE_URL is not set (bash .ci/run, or tooling/scripts/with-postgres.sh npm test, provides one).',
  },
];

/** Workspace folders from the root package.json ("dir/*" and literal entries), e.g. apps/*, packages/*, plugins/*. */
function workspaceDirs() {
  let patterns = ['apps/*', 'packages/*', 'plugins/*'];
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces?.packages;
    if (Array.isArray(ws) && ws.length) patterns = ws;
  } catch {
    /* keep the defaults */
  }
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = path.join(ROOT, pattern.slice(0, -2));
      let entries = [];
      try {
        entries = fs.readdirSync(parent, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const dir = path.join(parent, e.name);
        if (e.isDirectory() && fs.existsSync(path.join(dir, 'package.json'))) dirs.push(dir);
      }
    } else if (!pattern.includes('*') && fs.existsSync(path.join(ROOT, pattern, 'package.json'))) {
      dirs.push(path.join(ROOT, pattern));
    }
  }
  return [...new Set(dirs)].sort();
}

function packageInfo(dir) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return { name: pkg.name ?? path.relative(ROOT, dir), hasTest: Boolean(pkg.scripts?.test) };
  } catch {
    return { name: path.relative(ROOT, dir), hasTest: false };
  }
}

/** Whether a pass runs a package's tests. */
const inPass = (pass, name) => (pass.only ? name === pass.only : name !== pass.except);

/** turbo's --filter for a pass (`!` excludes). */
const filterArgs = (pass) =>
  pass.only ? [`--filter=${pass.only}`] : pass.except ? [`--filter=!${pass.except}`] : [];

function turboCommand() {
  const local = path.join(ROOT, 'node_modules', '.bin', 'turbo');
  if (fs.existsSync(local)) return [local, []];
  return ['npx', ['--no-install', 'turbo']]; // never download: fails if turbo is not installed (run npm ci)
}

let currentChild = null;
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = signal;
    if (currentChild) currentChild.kill(signal);
    else process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
    currentChild = child;
    child.on('error', (err) => {
      console.error(`test.mjs: could not start ${cmd}: ${err.message}`);
      currentChild = null;
      resolve(127);
    });
    child.on('close', (code, signal) => {
      currentChild = null;
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 1));
    });
  });
}

function readReport(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const num = (k) => (Number.isFinite(json[k]) ? json[k] : 0);
  // A test file that fails outside any test (import error, failing beforeAll/afterAll) has no failed test;
  // count each such file as one failure so that the closing line does not hide it.
  const fileFailures = (json.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  // Name every failure in the summary: the end of a long log is often all that a reader gets.
  const failures = (json.testResults ?? []).flatMap((r) => {
    const file = path.relative(ROOT, r.name ?? '');
    const tests = (r.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (tests.length === 0 && r.status === 'failed') return [`${file}: ${firstLine(r.message)}`];
    return tests.map((a) => `${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  });
  return {
    failures,
    passed: num('numPassedTests'),
    failed: num('numFailedTests') + fileFailures,
    skipped: num('numPendingTests') + num('numTodoTests'),
    fileFailures,
    noFiles: num('numTotalTestSuites') === 0 && (json.testResults ?? []).length === 0,
    success: json.success !== false,
  };
}

const firstLine = (text) =>
  stripVTControlCharacters(String(text ?? ''))
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 300) ?? '(no message)';

const fmt = (c) =>
  `${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ''}`;

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !PASSES.some((p) => p.name === n));
  if (unknown.length) {
    console.error(
      `test.mjs: unknown pass ${unknown.join(', ')} (known: ${PASSES.map((p) => p.name).join(', ')})`,
    );
    process.exit(2);
  }
  const passes = wanted.length ? PASSES.filter((p) => wanted.includes(p.name)) : PASSES;

  const dirs = workspaceDirs();
  for (const dir of dirs) fs.rmSync(path.join(dir, RESULTS_DIR), { recursive: true, force: true });
  const startedAt = Date.now() - 1000;

  const [turbo, turboPrefix] = turboCommand();
  const results = [];

  for (const pass of passes) {
    const reason = pass.skip?.();
    if (reason) {
      console.log(`\n${pass.label} pass skipped: ${reason}`);
      results.push({ pass, skipped: reason });
      continue;
    }
    const args = [
      ...turboPrefix,
      'run',
      'test',
      '--output-logs=full',
      '--ui=stream',
      '--concurrency=1', // 2 cores: one vitest (with its own workers) at a time, plus PostgreSQL
      '--continue=dependencies-successful', // one failing package does not hide the others' results
      ...filterArgs(pass),
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${RESULTS_DIR}/${pass.name}.json`,
    ];
    const env = {
      ...process.env,
      ...pass.env,
      TURBO_TELEMETRY_DISABLED: '1',
    };
    console.log(
      `\n=== test pass "${pass.name}": ${Object.entries(pass.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    const t0 = Date.now();
    const exitCode = await run(turbo, args, env);
    if (interrupted) process.exit(interrupted === 'SIGINT' ? 130 : 143);
    results.push({ pass, exitCode, seconds: Math.round((Date.now() - t0) / 1000) });
  }

  // Aggregate the reports written by this run.
  const total = { passed: 0, failed: 0, skipped: 0 };
  const problems = [];
  for (const r of results) {
    if (r.skipped) continue;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const from = [];
    for (const dir of dirs) {
      const file = path.join(dir, RESULTS_DIR, `${r.pass.name}.json`);
      const info = packageInfo(dir);
      if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < startedAt) {
        if (info.hasTest && inPass(r.pass, info.name)) {
          console.log(
            `note: no ${RESULTS_DIR}/${r.pass.name}.json from ${info.name} (its test script wrote none)`,
          );
        }
        continue;
      }
      let rep;
      try {
        rep = readReport(file);
      } catch (err) {
        problems.push(
          `${r.pass.name}: unreadable report ${path.relative(ROOT, file)}: ${err.message}`,
        );
        continue;
      }
      counts.passed += rep.passed;
      counts.failed += rep.failed;
      counts.skipped += rep.skipped;
      for (const f of rep.failures) problems.push(`${r.pass.name}: ${f}`);
      if (rep.fileFailures)
        problems.push(
          `${r.pass.name}: ${info.name}: ${rep.fileFailures} test file(s) failed outside any test`,
        );
      else if (!rep.success && rep.failed === 0) {
        const why = rep.noFiles
          ? 'no test files found (vitest fails on that; add tests, remove its test script, or set passWithNoTests)'
          : 'its report says success: false';
        problems.push(`${r.pass.name}: ${info.name}: ${why}`);
      }
      from.push(info.name);
    }
    r.counts = counts;
    r.from = from;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    if (r.exitCode !== 0) problems.push(`${r.pass.name}: turbo exited with code ${r.exitCode}`);
    if (counts.failed > 0) problems.push(`${r.pass.name}: ${counts.failed} test(s) failed`);
  }

  console.log('\n=== test summary');
  for (const r of results) {
    if (r.skipped) {
      console.log(`  ${r.pass.name.padEnd(10)} skipped - ${r.skipped}`);
      continue;
    }
    const c = r.counts;
    console.log(
      `  ${r.pass.name.padEnd(10)} passed ${c.passed} | failed ${c.failed} | skipped ${c.skipped}` +
        ` | turbo exit ${r.exitCode} | ${r.seconds}s | reports from ${r.from.length ? r.from.join(', ') : 'no package'}`,
    );
  }
  if (total.passed + total.failed === 0) {
    problems.push(
      results.some((r) => !r.skipped)
        ? `no test ran: no workspace wrote a ${RESULTS_DIR}/<pass>.json with any test in it`
        : 'no test ran: every pass was skipped',
    );
  }
  for (const p of problems) console.log(`FAILED: ${p}`);
  console.log(`tests: ${fmt(total)}`);
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('tests: 0 passed, 1 failed');
  process.exitCode = 1;
});
