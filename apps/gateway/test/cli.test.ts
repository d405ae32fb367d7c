import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@cadre/db';
import {
  createTestDatabase,
  databaseEnv as postgresEnv,
  GraphQLClient,
  type TestDatabase,
  defined,
} from '@cadre/testing';
import { DEMO_DISTRICTS } from '@cadre/core';
import { startGateway } from '../src/gateway.ts';
import { installedPlugins } from '../src/plugins.ts';
import { Authenticator } from '@cadre/testing';

const bin = fileURLToPath(new URL('../bin/cadre.mjs', import.meta.url));
let db: TestDatabase;
let dataDir: string;

/** The database the CLI works on: the test's PostgreSQL database, or an embedded one of its own. */
function databaseEnv(): Record<string, string> {
  return db.target.kind === 'postgres' ? postgresEnv(db) : { CADRE_DATA_DIR: dataDir };
}

function cadre(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...databaseEnv(), ...env },
    input: '',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A statement as a superuser on the database the CLI works on. */
async function asSuperuser<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
  if (db.target.kind === 'postgres') return db.asSuperuser<Row>(sql, params);
  const embedded = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await embedded.withChannel((c) => c.query<Row>(sql, params));
  } finally {
    await embedded.close();
  }
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

    // A checkpoint kept outside the database finds the newest record removed, head and all.
    const checkpoint = join(dataDir, 'checkpoint.json');
    expect(cadre(['audit', 'checkpoint', '--out', checkpoint])).toMatchObject({ code: 0 });
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as {
      districts: { code: string; seq: string }[];
    };
    expect(saved.districts.find((d) => d.code === '330102')?.seq).toBe('3');
    await asSuperuser(
      `WITH gone AS (DELETE FROM core.audit_record r USING core.district d
                      WHERE d.id = r.district_id AND d.code = '330102' AND r.seq = 3
                     RETURNING r.district_id)
       UPDATE core.audit_chain_head h SET seq = p.seq, hash = p.hash
         FROM core.audit_record p, gone
        WHERE h.district_id = gone.district_id AND p.district_id = gone.district_id AND p.seq = 2`,
    );
    expect(cadre(['audit', 'verify'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('330102 上城区: 2 条完好'),
    });
    expect(cadre(['audit', 'verify', '--checkpoint', checkpoint])).toMatchObject({
      code: 1,
      out: expect.stringContaining('330102 上城区: 审计链断裂 / BROKEN at seq 3: TRUNCATED'),
    });
    writeFileSync(file, '{ "kind": "something else" }');
    expect(cadre(['audit', 'verify', '--checkpoint', file])).toMatchObject({
      code: 2,
      err: expect.stringContaining('is not an audit checkpoint'),
    });

    // As a database superuser would, behind the application's back.
    const tamper = `UPDATE core.audit_record SET actor = 'user:nobody'
                     WHERE id = (SELECT max(id) FROM core.audit_record) RETURNING id::text`;
    const [victim] = await asSuperuser<{ id: string }>(tamper);
    expect(cadre(['audit', 'verify'])).toMatchObject({
      code: 1,
      out: expect.stringContaining(`BROKEN at record ${defined(victim).id}`),
    });
  }, 240_000);

  it('seeds the demo city into an empty database and prints its logins, which sign in', async () => {
    // A database of its own: the one above is not empty any more.
    const empty = await createTestDatabase();
    const emptyDir = mkdtempSync(join(tmpdir(), 'cadre-seed-'));
    try {
      const env =
        empty.target.kind === 'postgres' ? postgresEnv(empty) : { CADRE_DATA_DIR: emptyDir };
      const seeded = cadre(['seed'], env);
      expect(seeded.code).toBe(0);
      const logins = [...seeded.out.matchAll(/^\s{4}(\w+)\s+(Demo[0-9a-f]+)\s/gm)];
      expect(logins.map((m) => m[1])).toEqual(['donghu', 'xishan', 'city']);
      // What was printed is the password: signed in with it, the administrator is asked to enroll.
      const db =
        empty.target.kind === 'postgres'
          ? empty
          : await openDatabase({ kind: 'pglite', dataDir: emptyDir });
      const gateway = await startGateway({ db, plugins: installedPlugins, port: 0 });
      try {
        const signIn = await new Authenticator().login(
          new GraphQLClient(gateway.url),
          'donghu',
          defined(logins[0]?.[2]),
        );
        expect(await signIn.data('{ district { name } }')).toEqual({
          district: { name: '东湖区' },
        });
        // The demo switches on installed plugins only: all of them in 东湖区.
        const switched = await db.asOwner((tx) =>
          tx.districtPlugin.findMany({
            select: { pluginId: true, district: { select: { code: true } } },
          }),
        );
        const installed = installedPlugins.map((p) => p.id);
        expect(switched.every((row) => installed.includes(row.pluginId))).toBe(true);
        expect(
          switched
            .filter((row) => row.district.code === DEMO_DISTRICTS.full.code)
            .map((row) => row.pluginId)
            .sort(),
        ).toEqual([...installed].sort());
      } finally {
        await gateway.close();
        if (db !== empty) await db.close();
      }
      expect(cadre(['seed'], env).out).toContain('database not empty, demo data skipped');
    } finally {
      await empty.destroy();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  }, 240_000);
});
