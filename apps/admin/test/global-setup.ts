// Once per browser-test run: the real gateway as `npm start` runs it (production mode, serving the
// built UI from apps/admin/dist) on a fresh embedded database with the demo city. Test files reach
// it through `useBrowser()` in ./browser.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium.ts';
import { spawnGateway } from './gateway-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the gateway serves the UI and /graphql. */
    adminUrl: string;
    /** Demo username → password, as the start banner printed them. */
    demoLogins: Record<string, string>;
  }
}

const BUILT_UI = fileURLToPath(new URL('../dist/index.html', import.meta.url));

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
  });
  const logins = Object.fromEntries(
    [...gateway.output.matchAll(/^\s{4}(\w+)\s+(Demo[0-9a-f]+)\s/gm)].map((m) => [m[1], m[2]]),
  );
  project.provide('adminUrl', gateway.url);
  project.provide('demoLogins', logins);

  return async () => {
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
