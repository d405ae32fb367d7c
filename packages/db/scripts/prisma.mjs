#!/usr/bin/env node
// Runs the Prisma CLI offline. Every Prisma 7 command first tries to download the native schema
// engine; naming any existing file as that engine skips the download. `generate`, `validate` and
// `format` need no engine at all; migrations go through the wasm engine (src/migrations/).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
// Generators are found on PATH (`prisma-pothos-types`), as under `npm run`.
const bins = dirname(dirname(dirname(cli))) + '/.bin';
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    PATH: `${bins}${delimiter}${process.env.PATH ?? ''}`,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
