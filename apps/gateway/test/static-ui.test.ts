import { get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@cadre/testing';
import { startGateway, type Gateway } from '../src/gateway.ts';

let db: TestDatabase;
let gateway: Gateway;
const ui = mkdtempSync(join(tmpdir(), 'cadre-ui-'));
const INDEX = '<!doctype html><div id="root"></div>';
const SCRIPT = 'console.log("app");'.repeat(50);

beforeAll(async () => {
  mkdirSync(join(ui, 'assets'));
  writeFileSync(join(ui, 'index.html'), INDEX);
  writeFileSync(join(ui, 'assets', 'index-a1b2c3.js'), SCRIPT);
  writeFileSync(join(ui, 'favicon.svg'), '<svg/>');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'not for the web');
  db = await createTestDatabase();
  gateway = await startGateway({ db, plugins: [], port: 0, uiDir: ui, eventDispatch: false });
});
afterAll(async () => {
  await gateway?.close();
  await db?.destroy();
  rmSync(ui, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${gateway.url}${path}`, { headers: { accept: 'text/html', ...headers } });

describe('the admin UI on the gateway’s port', () => {
  it('answers every page address with index.html (history routing), never cached', async () => {
    for (const path of ['/', '/cadres', '/cadres/Q2FkcmU6MQ', '/cases/42?tab=record']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('keeps hashed assets a year, gzipped when asked', async () => {
    const response = await get('/assets/index-a1b2c3.js', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(SCRIPT); // fetch inflates it
    // As sent: node:http does not inflate.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      httpGet(
        `${gateway.url}/assets/index-a1b2c3.js`,
        { headers: { 'accept-encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        },
      ).on('error', reject);
    });
    expect(raw.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(raw).toString()).toBe(SCRIPT);
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing asset or file, and never leaves the folder', async () => {
    expect((await get('/assets/index-gone.js')).status).toBe(404);
    expect((await get('/robots.txt')).status).toBe(404);
    expect((await get('/../secret.txt')).status).not.toBe(200);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('leaves the API and the probes as they were', async () => {
    expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${gateway.url}/cadres`, { method: 'POST' })).status).toBe(404);
  });
});
