import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillNameKeys } from '@cadre/core';
import { migrateIfBehind, openDatabase, targetFromEnv } from '@cadre/db';
import { checkRuntimeRole } from './runtime-role-check.ts';
import { startGateway } from '../gateway.ts';
import { installedPlugins } from '../plugins.ts';
import { type DemoLogin, demoLoginLines, savedDemoLogins, seedDemo } from './demo.ts';

/** Due items that come due by date are looked for hourly unless CADRE_DEADLINE_INTERVAL_MS says. */
const DEADLINE_INTERVAL_MS = 3_600_000;

/** `CADRE_DEADLINE_INTERVAL_MS`: the pause between deadline runs; 0 turns them off. */
export function deadlineIntervalFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.CADRE_DEADLINE_INTERVAL_MS;
  if (text === undefined || text === '') return DEADLINE_INTERVAL_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`CADRE_DEADLINE_INTERVAL_MS must be a whole number of ms, not "${text}"`);
  }
  return ms;
}

/** The admin app as `npm run build` leaves it (`vite build` in apps/admin), or CADRE_UI_DIR. */
const ADMIN_UI = process.env.CADRE_UI_DIR
  ? `${process.env.CADRE_UI_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../admin/dist/', import.meta.url));

/**
 * `npm start`: the embedded database (or DATABASE_URL), migrated; the demo city on first start
 * of an embedded database (CADRE_DEMO=0 skips it, =1 forces it on PostgreSQL); then the gateway.
 */
export async function start(): Promise<void> {
  const began = Date.now();
  const interval = deadlineIntervalFromEnv();
  const target = targetFromEnv();
  const db = await openDatabase(target);
  const applied = await migrateIfBehind(db);
  if (applied.length > 0) console.log(`已应用迁移 / applied migrations: ${applied.join(', ')}`);
  // Migrated here, so the owner is at hand: names stored before their pinyin keys get them.
  if (applied.length > 0) await fillNameKeys(db);
  await checkRuntimeRole(db, process.env.NODE_ENV === 'production');
  const demo = process.env.CADRE_DEMO ?? (target.kind === 'pglite' ? '1' : '0');
  const logins = (demo === '1' ? await seedDemo(db) : null) ?? savedDemoLogins(db);

  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  const ui = existsSync(`${ADMIN_UI}index.html`) ? ADMIN_UI : undefined;
  const gateway = await startGateway({
    db,
    plugins: installedPlugins,
    port,
    host,
    uiDir: ui,
    deadlines: interval > 0 ? { intervalMs: interval } : false,
  });

  console.log(banner(gateway.url, target.kind, ui !== undefined, logins, Date.now() - began));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: 正在停止 / shutting down`);
    // Whatever still holds the process after the gateway's grace period is not waited for.
    setTimeout(() => process.exit(1), 20_000).unref();
    await gateway.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function banner(
  url: string,
  kind: string,
  ui: boolean,
  logins: DemoLogin[] | null,
  ms: number,
): string {
  const lines = [
    '',
    '干部工作平台 Cadre Platform',
    ui
      ? `  界面 UI:  ${url}/`
      : '  界面 UI:  未构建 not built (npm run build --workspace @cadre/admin)',
    `  GraphQL:  ${url}/graphql`,
    `  数据库 database: ${kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}`,
    `  就绪用时 ready in: ${(ms / 1000).toFixed(1)} s`,
  ];
  if (logins) lines.push(...demoLoginLines(logins));
  return lines.join('\n');
}
