import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../tooling/vitest.shared.ts';

// Browser tests: one gateway for the whole run (global-setup.ts), a Chromium per test file. A page
// may take a few seconds to settle on a loaded machine: `expect.poll` waits up to ten.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/global-setup.ts'],
      expect: { poll: { timeout: 10_000 } },
    },
  }),
);
