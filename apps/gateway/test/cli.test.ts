import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@cadre/db';
import { createTestDatabase, type TestDatabase, defined } from '@cadre/testing';

const bin = fileURLToPath(new URL('../bin/cadre.mjs', import.meta.url));
let db: TestDatabase;
let dataDir: string;

/** The database the CLI works on: the test's PostgreSQL database, or an embedded one of its own. */
function databaseEnv(): Record<string, string> {
  return db.target.kind === 'postgres'
    ? { DATABASE_URL: db.target.url }
    : { CADRE_DATA_DIR: dataDir };
}

function cadre(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...databaseEnv(), ...env },
    input: '',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cadre-cli-'));
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cadre CLI', () => {
  it('prints the SDL of a variant without a database', () => {
    const { code, out } = cadre(['print-schema'], {
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
    });
    expect(code).toBe(0);
    expect(out).toContain('type Cadre implements Node');
    expect(out).toContain('enablePlugin(pluginId: String!)');
  });

  it('refuses a plugin that is not installed, and unknown commands', () => {
    expect(cadre(['print-schema', '--plugins', 'ghost'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Not installed: ghost'),
    });
    expect(cadre(['frobnicate']).code).toBe(2);
  });

  it('creates districts and users, and answers bad input with a typed error', () => {
    expect(cadre(['migrate']).code).toBe(0);
    expect(
      cadre(['district', 'create', '--code', '3301', '--name', '示范市', '--level', 'CITY']).code,
    ).toBe(0);
    const district = cadre([
      'district',
      'create',
      '--code',
      '330102',
      '--name',
      '上城区',
      '--level',
      'DISTRICT',
      '--parent',
      '3301',
    ]);
    expect(district).toMatchObject({ code: 0, out: expect.stringContaining('330102') });
    const orphan = cadre([
      'district',
      'create',
      '--code',
      '330103',
      '--name',
      '孤区',
      '--level',
      'DISTRICT',
    ]);
    expect(orphan).toMatchObject({
      code: 2,
      err: expect.stringContaining('CORE_DISTRICT_NEEDS_CITY'),
    });
    const unknown = cadre([
      'district',
      'enable-plugin',
      '--district',
      '330102',
      '--plugin',
      'ghost',
    ]);
    expect(unknown).toMatchObject({
      code: 2,
      err: expect.stringContaining('CORE_UNKNOWN_PLUGIN: 未安装插件 ghost'),
    });
    const weak = cadre(
      ['user', 'create', '--district', '330102', '--username', 'clerk', '--name', '科员'],
      { CADRE_PASSWORD: 'short' },
    );
    expect(weak).toMatchObject({ code: 2, err: expect.stringContaining('密码至少 10 位') });
    const user = cadre(
      ['user', 'create', '--district', '330102', '--username', 'clerk', '--name', '科员'],
      { CADRE_PASSWORD: 'Clerk-pass-2026' },
    );
    expect(user).toMatchObject({ code: 0, out: expect.stringContaining('created user clerk') });
    // Seven processes, each starting tsx: slow on a loaded two-core machine.
  }, 240_000);

  it('issues keys, registers trusted documents, and finds a tampered audit record', async () => {
    const key = cadre([
      'api-key',
      'create',
      '--district',
      '330102',
      '--name',
      '信访系统',
      '--permissions',
      'core.cadre.read',
    ]);
    expect(key).toMatchObject({
      code: 0,
      out: expect.stringMatching(/shown this once: ck_\S{43}/),
    });
    const sensitive = cadre([
      'api-key',
      'create',
      '--district',
      '330102',
      '--name',
      '越权',
      '--permissions',
      'core.cadre.read-id-number',
    ]);
    expect(sensitive).toMatchObject({ code: 2, err: expect.stringContaining('不能授予') });
    const file = join(dataDir, 'district.graphql');
    writeFileSync(file, '{ district { code } }');
    expect(cadre(['documents', 'add', '--file', file])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^sha256:[0-9a-f]{64} /),
    });
    expect(cadre(['audit', 'verify'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('330102 上城区: 3 条完好'),
    });

    // As a database superuser would, behind the application's back.
    const target = await openDatabase(
      db.target.kind === 'postgres' ? db.target : { kind: 'pglite', dataDir },
    );
    const [victim] = await target.withChannel((c) =>
      c.query<{ id: string }>(
        `UPDATE core.audit_record SET actor = 'user:nobody'
          WHERE id = (SELECT max(id) FROM core.audit_record) RETURNING id::text`,
      ),
    );
    await target.close();
    expect(cadre(['audit', 'verify'])).toMatchObject({
      code: 1,
      out: expect.stringContaining(`BROKEN at record ${defined(victim).id}`),
    });
  }, 240_000);
});
