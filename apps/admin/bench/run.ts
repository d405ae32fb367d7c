// `npm run bench --workspace @cadre/admin` (part of the root `npm run bench`): the built UI's
// initial JavaScript, and how soon the registry of a 50,000-cadre district is usable in Chromium,
// written into docs/benchmarks.md (section "Admin UI"). Needs PostgreSQL: BENCH_DATABASE_URL or
// TEST_DATABASE_URL, as the gateway's bench.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createUser, DEMO_DISTRICTS, insertDemoCity, planDemoCity } from '@cadre/core';
import { createTestDatabase, GraphQLClient } from '@cadre/testing';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/chromium.ts';
import { spawnGateway } from '../test/gateway-process.ts';
import { bundleSize } from './bundle.ts';
import { timeSearch, visitRegistry } from './registry-timing.ts';
import { SECTION, writeSection } from './report.ts';

const CADRES = Number(process.env.BENCH_CADRES ?? 50_000);
const RUNS = 5;
const PASSWORD = 'Bench-password-2026';
const TARGETS = { initialKb: 400, usableMs: 1500 };
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const report = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
const log = (line: string) => console.log(`bench (admin UI): ${line}`);

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    'npm run bench needs BENCH_DATABASE_URL or TEST_DATABASE_URL (the root script provides one)',
  );
  process.exit(2);
}
// A database of its own on that server, dropped at the end.
process.env.CADRE_TEST_DATABASE = 'postgres';
process.env.TEST_DATABASE_URL = serverUrl;

const assets = join(dist, 'assets');
const bundle = bundleSize(
  dist,
  readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assets, f)),
);
log(`initial JS ${(bundle.initialJsGzip / 1024).toFixed(0)} KiB gzip in ${bundle.files} files`);

const db = await createTestDatabase();
try {
  const began = Date.now();
  await insertDemoCity(db, planDemoCity({ cadresPerDistrict: [CADRES, 800] }));
  await db.withChannel((c) => c.exec('ANALYZE'));
  log(`loaded ${CADRES} cadres in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  await createUser(
    db,
    { label: 'operator', userId: null },
    {
      districtCode: DEMO_DISTRICTS.full.code,
      username: 'bench',
      displayName: '基准测试',
      password: PASSWORD,
      roleKeys: ['cadre-section'], // a clerk: no second factor to type
    },
  );
  if (db.target.kind !== 'postgres') throw new Error('the bench runs on PostgreSQL');
  // One session drives every visit: lift its per-minute limit.
  const gateway = await spawnGateway({
    DATABASE_URL: db.target.url,
    CADRE_DEMO: '0',
    CADRE_SESSION_RATE_LIMIT: '100000',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const token =
      (await new GraphQLClient(gateway.url).login('bench', PASSWORD)).options.token ?? '';
    await visitRegistry(browser, gateway.url, token, 0); // warms the server's caches and the JIT
    const cold: number[] = [];
    const warm: number[] = [];
    let coldJs = 0;
    for (let i = 0; i < RUNS; i++) {
      const [first, again] = await visitRegistry(browser, gateway.url, token, 1);
      if (!first || !again) throw new Error('no visit');
      cold.push(first.usableMs);
      warm.push(again.usableMs);
      coldJs = first.jsBytes;
    }
    const searches: number[] = [];
    for (let i = 0; i < RUNS; i++) searches.push(await timeSearch(browser, gateway.url, token));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    const ok = (good: boolean) => (good ? 'within' : '**over**');
    log(`registry usable: cold ${median(cold).toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms`);
    writeSection(report, [
      SECTION,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (apps/admin/bench), same machine;`,
      `Debian Chromium ${browser.version()} headless, no CPU or network throttling, the gateway on loopback`,
      'in production mode serving the built UI (gzip).',
      '',
      `- Initial JavaScript (the entry and the modules index.html preloads): **${kib(bundle.initialJsGzip)} gzip**`,
      `  (${kib(bundle.initialJsRaw)} raw, ${bundle.files} files); target ≤ ${TARGETS.initialKb} KB: ${ok(bundle.initialJsGzip <= TARGETS.initialKb * 1000)}.`,
      `  Every page's chunks together: ${kib(bundle.allJsGzip)} gzip; pages, plugin pages and exceljs load when opened.`,
      `- JavaScript transferred to open the registry on a first visit: ${kib(coldJs)}.`,
      '',
      `The registry of ${DEMO_DISTRICTS.full.name}, ${CADRES.toLocaleString('en')} cadres: milliseconds from navigation`,
      'start until its first page of 50 rows and the total are on screen (signed in; median of',
      `${RUNS}; the target is ≤ 1.5 s):`,
      '',
      '| visit | median ms | runs |',
      '|---|---|---|',
      `| first visit, empty cache | ${median(cold).toFixed(0)} | ${cold.map((x) => x.toFixed(0)).join(', ')} |`,
      `| reload, assets cached | ${median(warm).toFixed(0)} | ${warm.map((x) => x.toFixed(0)).join(', ')} |`,
      `| search by surname (Enter → new total) | ${median(searches).toFixed(0)} | ${searches.map((x) => x.toFixed(0)).join(', ')} |`,
      '',
      `First visit ${ok(median(cold) <= TARGETS.usableMs)} the 1.5 s target.`,
    ]);
    log('written to docs/benchmarks.md');
  } finally {
    await browser.close();
    await gateway.stop();
  }
} finally {
  await db.destroy();
}
