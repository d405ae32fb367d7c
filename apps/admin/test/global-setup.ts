// Once per browser-test run: the real gateway as `npm start` runs it (production mode, serving the
// built UI from apps/admin/dist) on a fresh embedded database with the demo city. Test files reach
// it through `useBrowser()` in ./browser.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { GraphQLClient } from '@cadre/testing';
import { CHROMIUM } from './chromium.ts';
import { spawnGateway } from './gateway-process.ts';
import { Authenticator } from '@cadre/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the gateway serves the UI and /graphql. */
    adminUrl: string;
    /** Demo username → password, as the start banner printed them. */
    demoLogins: Record<string, string>;
    /**
     * Demo username → the session every test file shares, the authenticator secret enrolled here,
     * and the time step of the last code the server accepted for that user.
     */
    demoAccounts: Record<string, { session: string; secret: string; lastStep: number }>;
  }
}

// The gateway serves CADRE_UI_DIR when set (a UI built elsewhere), else apps/admin/dist.
const BUILT_UI = process.env.CADRE_UI_DIR
  ? join(process.env.CADRE_UI_DIR, 'index.html')
  : fileURLToPath(new URL('../dist/index.html', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(BUILT_UI))
    throw new Error('Browser tests need the built UI: npm run build --workspace @cadre/admin');

  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-admin-'));
  const gateway = await spawnGateway({
    DATABASE_URL: '',
    CADRE_DATA_DIR: dataDir,
    CADRE_DEMO: '1',
    // Every test signs in from this one address and works in one shared session per demo user
    // (below); the limits themselves are the gateway tests' subject.
    CADRE_LOGIN_CLIENT_LIMIT: '1000',
    CADRE_SESSION_RATE_LIMIT: '100000',
  });
  const logins: Record<string, string> = Object.fromEntries(
    [...gateway.output.matchAll(/^\s{4}(\w+)\s+(Demo[0-9a-f]+)\s/gm)].map((m) => [m[1], m[2]]),
  );
  // Every demo user is an administrator: the first sign-in enrolls an authenticator, and each
  // later one needs a code of a new 30-second step. So they sign in once here, and the tests share
  // these sessions; only the tests of signing in itself use the form and fresh codes.
  const authenticator = new Authenticator();
  const accounts: Record<string, { session: string; secret: string; lastStep: number }> = {};
  try {
    for (const [username, password] of Object.entries(logins)) {
      const client = await authenticator.login(new GraphQLClient(gateway.url), username, password);
      const session = client.options.token;
      const secret = authenticator.secrets.get(username);
      if (!session || !secret) throw new Error(`${username} did not sign in`);
      accounts[username] = { session, secret, lastStep: authenticator.lastStep(username) };
    }
  } catch (error) {
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('adminUrl', gateway.url);
  project.provide('demoLogins', logins);
  project.provide('demoAccounts', accounts);

  return async () => {
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
