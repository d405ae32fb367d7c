import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminModules, serverImportsOf } from '@cadre/testing';

// The pages run in the browser: nothing of the server side may reach them (see `serverImportsOf`).

const ADMIN = dirname(fileURLToPath(import.meta.url));

describe('the admin pages', () => {
  it('import nothing of the server side at run time, also through the shared rules', () => {
    expect(serverImportsOf(ADMIN)).toEqual([]);
  });

  it('do reach the shared rules (the check above looks at them)', () => {
    const files = [...adminModules(ADMIN).keys()];
    expect(files.some((file) => file.endsWith('/domain/quorum.ts'))).toBe(true);
  });
});
