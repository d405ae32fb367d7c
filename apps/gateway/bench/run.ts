// `npm run bench`: numbers for docs/benchmarks.md. Needs a PostgreSQL server whose URL is in
// BENCH_DATABASE_URL or TEST_DATABASE_URL (the root `npm run bench` starts a throwaway one).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createUser, insertDemoCity, planDemoCity, DEMO_DISTRICTS } from '@cadre/core';
import { APPLICATION_ROLE, migrate, openDatabase } from '@cadre/db';
import { GraphQLClient } from '@cadre/testing';
import { startGateway } from '../src/gateway.ts';
import { installedPlugins } from '../src/plugins.ts';
import { load } from './load.ts';
import { describeMachine } from './machine.ts';
import { spawnServer } from './processes.ts';

const CADRES = Number(process.env.BENCH_CADRES ?? 50_000);
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PASSWORD = 'Bench-password-2026';
const bin = fileURLToPath(new URL('../bin/cadre.mjs', import.meta.url));
const rawServer = fileURLToPath(new URL('./raw-server.ts', import.meta.url));
const report = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

const PAGE_QUERY = `query Page($unit: ID!, $first: Int!) {
  cadres(first: $first, filter: { unitId: $unit }, orderBy: NAME) {
    edges { node { id name rank unit { name } currentPost { title } } }
  }
}`;

/** The outside probe: every cadre of a page with each post and its unit (nested lists). */
const PROBE_QUERY = `query Probe($first: Int!) {
  cadres(first: $first) { edges { node { posts { title unit { name } } } } }
}`;

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error(
    'npm run bench needs BENCH_DATABASE_URL or TEST_DATABASE_URL (the root script provides one)',
  );
  process.exit(2);
}
const log = (line: string) => console.log(`bench: ${line}`);
const RUNTIME = 'cadre_bench_runtime';

// A database of its own, dropped at the end.
const name = `cadre_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
const postgresVersion =
  (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ??
  '?';

let statements = 0;
const db = await openDatabase({ kind: 'postgres', url }, { onQuery: () => statements++ });
const lines: string[] = [];
try {
  await db.withChannel((c) => migrate(c));
  // The gateway process logs in as production's does (ADR 0014): a member of cadre_app that owns
  // nothing; `cadre start` in production refuses anything else.
  const { rowCount } = await admin.query('SELECT FROM pg_roles WHERE rolname = $1', [RUNTIME]);
  const password = decodeURIComponent(new URL(adminUrl).password).replace(/'/g, "''");
  if (!rowCount) await admin.query(`CREATE ROLE ${RUNTIME} LOGIN PASSWORD '${password}'`);
  await admin.query(`GRANT ${APPLICATION_ROLE} TO ${RUNTIME}`);
  const t = Date.now();
  const plugins = installedPlugins.map((plugin) => plugin.id);
  await insertDemoCity(db, planDemoCity({ cadresPerDistrict: [CADRES, 800], plugins }));
  await db.withChannel((c) => c.exec('ANALYZE'));
  const loadSeconds = (Date.now() - t) / 1000;
  const district = await db.prisma.district.findUniqueOrThrow({
    where: { code: DEMO_DISTRICTS.full.code },
  });
  const posts = await db.forDistrict(district.id).prisma.cadrePost.count();
  log(`loaded ${CADRES} cadres with ${posts} posts in ${loadSeconds.toFixed(0)} s`);
  await createUser(
    db,
    { label: 'operator', userId: null },
    {
      districtCode: district.code,
      username: 'bench',
      displayName: '基准测试',
      password: PASSWORD,
      roleKeys: ['cadre-section'], // a clerk: no second factor to type
    },
  );

  // The unit whose subtree holds the most cadres: a page of 100 is always full.
  const [biggest] = await db.withChannel((c) =>
    c.query<{ id: string; name: string; n: number }>(
      `SELECT r.id, r.name, count(c.id)::int AS n FROM core.unit r
         JOIN core.unit u ON u.path LIKE r.path || '%' JOIN core.cadre c ON c.unit_id = u.id
        WHERE r.district_id = $1 AND r.parent_id IS NULL GROUP BY r.id, r.name ORDER BY n DESC LIMIT 1`,
      [district.id],
    ),
  );
  if (!biggest) throw new Error('no units');
  log(`unit subtree: ${biggest.name} with ${biggest.n} cadres`);

  // SQL statements per request at three page sizes, counted in-process.
  // The count is of this process's statements: the event dispatcher (delivering the demo's
  // outbox in the background) stays off, so only the request's own are counted.
  const gateway = await startGateway({
    db,
    plugins: installedPlugins,
    port: 0,
    eventDispatch: false,
  });
  const client = await new GraphQLClient(gateway.url).login('bench', PASSWORD);
  const unitGlobalId = Buffer.from(`Unit:${biggest.id}`).toString('base64');
  const perPage: string[] = [];
  for (const first of [10, 50, 100]) {
    await client.data(PAGE_QUERY, { unit: unitGlobalId, first });
    statements = 0;
    await client.data(PAGE_QUERY, { unit: unitGlobalId, first });
    perPage.push(`${first} → ${statements}`);
  }
  // The probe's nested lists: one batched read per list field, whatever the page size.
  const probePerPage: string[] = [];
  for (const first of [1, 10, 200]) {
    await client.data(PROBE_QUERY, { first });
    statements = 0;
    const started = performance.now();
    await client.data(PROBE_QUERY, { first });
    probePerPage.push(`${first} → ${statements} (${(performance.now() - started).toFixed(0)} ms)`);
  }
  await gateway.close();
  log(
    `statements per request (page size → statements, incl. the session lookup): ${perPage.join(', ')}`,
  );
  log(`probe (cadres → posts → unit), page size → statements: ${probePerPage.join(', ')}`);

  // Throughput: each server in a process of its own, the load from this one.
  // BENCH_PROFILE=<dir> writes a CPU profile of the gateway under load there.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
    : [];
  const gatewayProcess = await spawnServer(
    [...profile, bin, 'start'],
    // One session drives all the load: lift its per-minute limit, or the run measures 429s.
    {
      DATABASE_URL: Object.assign(new URL(url), { username: RUNTIME }).toString(),
      CADRE_DEMO: '0',
      PORT: '0',
      NODE_ENV: 'production',
      CADRE_SESSION_RATE_LIMIT: '100000000',
    },
    /GraphQL:\s+(http:\/\/\S+)\/graphql/,
  );
  const token = (await new GraphQLClient(gatewayProcess.url).login('bench', PASSWORD)).options
    .token as string;
  const body = JSON.stringify({ query: PAGE_QUERY, variables: { unit: unitGlobalId, first: 100 } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const probeBody = JSON.stringify({ query: PROBE_QUERY, variables: { first: 200 } });
  await load(`${gatewayProcess.url}/graphql`, { method: 'POST', headers, body }, CONNECTIONS, 3);
  const graphql = await load(
    `${gatewayProcess.url}/graphql`,
    { method: 'POST', headers, body },
    CONNECTIONS,
    SECONDS,
  );
  await load(
    `${gatewayProcess.url}/graphql`,
    { method: 'POST', headers, body: probeBody },
    CONNECTIONS,
    3,
  );
  const probe = await load(
    `${gatewayProcess.url}/graphql`,
    { method: 'POST', headers, body: probeBody },
    CONNECTIONS,
    SECONDS,
  );
  await gatewayProcess.stop();

  const raw = await spawnServer(
    ['--import', 'tsx', rawServer],
    { RAW_DATABASE_URL: url, RAW_DISTRICT: district.id, RAW_UNIT: biggest.id, RAW_SIZE: '100' },
    /RAW (http:\/\/\S+)/,
  );
  await load(raw.url, {}, CONNECTIONS, 3);
  const baseline = await load(raw.url, {}, CONNECTIONS, SECONDS);
  await raw.stop();
  const ratio = graphql.requestsPerSecond / baseline.requestsPerSecond;

  // Embedded start to ready: first start (migrate and load the demo city) and a restart.
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-'));
  const embedded = { DATABASE_URL: '', CADRE_DATA_DIR: dataDir, PORT: '0' };
  const first = await spawnServer([bin, 'start'], embedded, /GraphQL:\s+(http:\/\/\S+)\/graphql/);
  await first.stop();
  const restart = await spawnServer([bin, 'start'], embedded, /GraphQL:\s+(http:\/\/\S+)\/graphql/);
  await restart.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const row = (label: string, r: typeof graphql) =>
    `| ${label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`;
  lines.push(
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\`; the numbers are overwritten by each run.`,
    '',
    '## Machine',
    ...describeMachine(`PostgreSQL ${postgresVersion}`),
    '',
    '## Cadre registry page on PostgreSQL',
    '',
    `A district of ${CADRES.toLocaleString('en')} cadres with ${posts.toLocaleString('en')} posts (about five years of`,
    `history each), loaded in ${loadSeconds.toFixed(0)} s. The query: the first 100 cadres of a unit subtree`,
    `(${biggest.name}, ${biggest.n.toLocaleString('en')} cadres) by name, each with unit, rank and current post.`,
    '',
    `SQL round trips per request, by page size: ${perPage.join(', ')}. One is the credential lookup ` +
      '(which also touches the session and counts the request for the rate limit); the page is one ' +
      'statement inside a transaction that names the district for row-level security ' +
      '(`BEGIN; set_config(…)` and `COMMIT` are the other two).',
    '',
    `${CONNECTIONS} concurrent connections for ${SECONDS} s after a 3 s warm-up; each server in its own process.`,
    '',
    '| server | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    row('gateway (GraphQL, production mode)', graphql),
    row('raw `pg` + `node:http`, one SQL statement', baseline),
    '',
    `Ratio of the gateway to the raw handler: **${ratio.toFixed(2)}**.`,
    '',
    '## Nested lists on PostgreSQL',
    '',
    'The query an outside probe sent: `cadres(first: 200) { edges { node { posts { title unit { name } } } } }`,',
    'every post of 200 cadres with its unit. Each list field is one batched read per request, so the',
    `statements do not grow with the page (page size → statements, time of one request): ${probePerPage.join(', ')}.`,
    '',
    '| server | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    row('gateway, the probe at 200 cadres', probe),
    '',
    '## Embedded start to ready',
    '',
    `- First start (migrations and the demo city of 2,000 cadres): ${(first.startMs / 1000).toFixed(1)} s`,
    `- Restart on the same data: ${(restart.startMs / 1000).toFixed(1)} s`,
    '',
  );
  // Sections other benches write (the admin UI's) stay as they were.
  const own = lines.filter((l) => l.startsWith('## '));
  const others = existsSync(report)
    ? readFileSync(report, 'utf8')
        .split(/\n(?=## )/)
        .slice(1)
        .filter((section) => !own.some((heading) => section.startsWith(`${heading}\n`)))
    : [];
  const sections = [lines.join('\n'), ...others].map((s) => s.trimEnd());
  writeFileSync(report, `${sections.join('\n\n')}\n`);
  log(`written to docs/benchmarks.md`);
  console.log(`ratio-to-raw: ${ratio.toFixed(2)}`);
} finally {
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
