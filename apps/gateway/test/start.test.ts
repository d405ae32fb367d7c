import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseEnv, GraphQLClient, type TestDatabase } from '@cadre/testing';
import { Authenticator } from '@cadre/testing';

const bin = fileURLToPath(new URL('../bin/cadre.mjs', import.meta.url));
let db: TestDatabase;
let dataDir: string;

interface Started {
  process: ChildProcessWithoutNullStreams;
  url: string;
  logins: Map<string, string>;
}

/** `cadre start` as `npm start` runs it, on a free port; resolves once the banner is printed. */
function start(): Promise<Started> {
  const env =
    db.target.kind === 'postgres'
      ? { ...databaseEnv(db), CADRE_DEMO: '1' }
      : { DATABASE_URL: '', CADRE_DATA_DIR: dataDir };
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, PORT: '0', ...env },
  });
  let out = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) => reject(new Error(`cadre start exited with ${code}:\n${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(out)?.[1];
      if (ready || !url || !out.includes('ready in')) return;
      ready = true;
      const logins = new Map(
        [...out.matchAll(/^\s{4}(\w+)\s+(Demo[0-9a-f]+)\s/gm)].map((m) => [
          m[1] as string,
          m[2] as string,
        ]),
      );
      child.removeAllListeners('exit');
      resolve({ process: child, url, logins });
    });
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.process.on('exit', (code) => resolve(code));
    started.process.kill('SIGTERM');
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cadre-start-'));
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cadre start (npm start)', () => {
  let logins: Map<string, string>;
  // The demo logins are administrators: they enroll a second factor, then sign in with codes.
  const authenticator = new Authenticator();

  it('migrates, loads the demo city, prints logins and serves GraphQL', async () => {
    const started = await start();
    logins = started.logins;
    expect([...logins.keys()]).toEqual(['donghu', 'xishan', 'city']);
    expect((await fetch(`${started.url}/readyz`)).status).toBe(200);

    const donghu = await authenticator.login(
      new GraphQLClient(started.url),
      'donghu',
      logins.get('donghu') as string,
    );
    const full = await donghu.data<{
      district: { name: string; plugins: { pluginId: string; enabled: boolean }[] };
      cadres: { totalCount: number };
      quotaTotals: { vacant: number; overQuota: number };
      reservePools: { name: string; entryCount: number }[];
      selectionCases: { totalCount: number };
    }>(
      '{ district { name plugins { pluginId enabled } } cadres { totalCount } quotaTotals { vacant overQuota } reservePools { name entryCount } selectionCases { totalCount } }',
    );
    expect(full.district.name).toBe('东湖区');
    expect(full.cadres.totalCount).toBe(1200);
    expect(full.quotaTotals.vacant).toBeGreaterThan(0);
    expect(full.quotaTotals.overQuota).toBeGreaterThan(0);
    expect(full.reservePools.map((p) => p.name).sort()).toEqual(['优秀年轻干部库', '后备干部库']);
    // The selection plugin's demo cases, one at every stage.
    expect(full.selectionCases.totalCount).toBe(13);

    const xishan = await authenticator.login(
      new GraphQLClient(started.url),
      'xishan',
      logins.get('xishan') as string,
    );
    expect(
      (await xishan.data<{ cadres: { totalCount: number } }>('{ cadres { totalCount } }')).cadres
        .totalCount,
    ).toBe(800);

    expect(await stop(started)).toBe(0);
  }, 180_000);

  it('starts again on the same data without seeding twice', async () => {
    const again = await start();
    const client = await authenticator.login(
      new GraphQLClient(again.url),
      'donghu',
      logins.get('donghu') as string,
    );
    expect(
      (await client.data<{ cadres: { totalCount: number } }>('{ cadres { totalCount } }')).cadres
        .totalCount,
    ).toBe(1200);
    expect(await stop(again)).toBe(0);
  }, 120_000);
});
