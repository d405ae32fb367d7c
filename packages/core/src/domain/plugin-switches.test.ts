import { describe, expect, it } from 'vitest';
import { checkDisable, checkEnable } from './plugin-switches.ts';

const installed = [
  { id: 'selection' },
  { id: 'supervision' },
  { id: 'discipline-rehabilitation', dependsOn: ['supervision'] },
];

describe('plugin switches', () => {
  it('enables a plugin whose dependencies are on', () => {
    expect(
      checkEnable(installed, new Set(['supervision']), 'discipline-rehabilitation'),
    ).toBeNull();
  });

  it('names the dependencies that are off', () => {
    expect(checkEnable(installed, new Set(), 'discipline-rehabilitation')).toEqual({
      code: 'DEPENDENCY_DISABLED',
      pluginId: 'discipline-rehabilitation',
      missing: ['supervision'],
    });
  });

  it('refuses an unknown plugin either way', () => {
    expect(checkEnable(installed, new Set(), 'ghost')?.code).toBe('UNKNOWN_PLUGIN');
    expect(checkDisable(installed, new Set(), 'ghost')?.code).toBe('UNKNOWN_PLUGIN');
  });

  it('refuses to disable what an enabled plugin needs, but not what a disabled one needs', () => {
    expect(
      checkDisable(installed, new Set(['supervision', 'discipline-rehabilitation']), 'supervision'),
    ).toEqual({
      code: 'REQUIRED_BY_ENABLED',
      pluginId: 'supervision',
      requiredBy: ['discipline-rehabilitation'],
    });
    expect(checkDisable(installed, new Set(['supervision']), 'supervision')).toBeNull();
  });
});
