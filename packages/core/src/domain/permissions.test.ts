import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, CORE_PERMISSIONS } from './core-permissions.ts';
import { grantCovers, isGrantPattern, PermissionSet } from './permissions.ts';

describe('grant patterns', () => {
  it('take a plugin or a resource as prefix, or an action as suffix', () => {
    expect(['*', 'core.*', 'core.case.*', '*.read'].every(isGrantPattern)).toBe(true);
    expect(
      ['core.case.read', 'core.*.read', '*.case.*', 'core.case.read.*'].some(isGrantPattern),
    ).toBe(false);
    const spec = { zh: '查看', en: 'Read' };
    expect(grantCovers('core.case.*', 'core.case.read', spec)).toBe(true);
    expect(grantCovers('core.case.*', 'core.cadre.read', spec)).toBe(false);
    expect(
      grantCovers('core.case.*', 'core.cadre.read-id-number', { ...spec, sensitive: true }),
    ).toBe(false);
  });

  it('give every built-in role each of its core patterns', () => {
    const catalog = new Map(Object.entries(CORE_PERMISSIONS));
    for (const role of BUILT_IN_ROLES) {
      const held = new PermissionSet(role.grants, catalog);
      for (const grant of role.grants.filter((g) => g.startsWith('core.'))) {
        const covered = [...catalog.keys()].filter((key) =>
          grantCovers(grant, key, catalog.get(key)),
        );
        expect(covered.length, `${role.key}: ${grant}`).toBeGreaterThan(0);
        expect(covered.every((key) => held.has(key))).toBe(true);
      }
    }
  });
});
