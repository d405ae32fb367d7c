import { defineConfig } from 'vitest/config';

/**
 * Test settings every workspace shares. graphql 16 ships CommonJS (`main`) and ESM (`module`)
 * builds; Node loads the first for the libraries, Vite would pick the second for the tests, and
 * two copies of graphql refuse each other's types. Pin the one Node uses.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Each file starts its own database (and gateway); two at a time suit a two-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
