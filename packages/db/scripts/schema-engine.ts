// Loads Prisma's wasm schema engine. Its package entry imports the .wasm file as an ES module,
// which Node cannot do yet, so the module is instantiated here by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
const wasmPath = require
  .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  .replace(/\.js$/, '.wasm');
// Node's WebAssembly global, typed just as far as used here (the DOM typings are not loaded).
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: {
    instantiate(
      bytes: Buffer,
      imports: object,
    ): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};
const { instance } = await wasm.instantiate(readFileSync(wasmPath), {
  './schema_engine_bg.js': bindings,
});
bindings.__wbg_set_wasm(instance.exports);
(instance.exports.__wbindgen_start as () => void)();

export const { SchemaEngine } = bindings;
