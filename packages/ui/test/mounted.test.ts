import { describe, expect, it } from 'vitest';
import { defineAdminPlugin } from '../src/plugin.ts';
import { mountedParts } from '../src/plugins/mounted.ts';

const page = () => Promise.resolve({ default: () => null });
const label = (zh: string) => ({ zh, en: zh });

const alpha = defineAdminPlugin({
  id: 'alpha',
  nav: [
    { key: 'a-list', path: '/alpha', label: label('甲'), permission: 'alpha.case.read' },
    { key: 'a-admin', path: '/alpha/admin', label: label('甲管理'), permission: 'alpha.admin' },
  ],
  routes: [
    { path: '/alpha', load: page, permission: 'alpha.case.read' },
    { path: '/alpha/admin', load: page, permission: 'alpha.admin' },
  ],
  profileSections: [{ key: 'a', title: label('甲记录'), load: page }],
  dashboardWidgets: [{ key: 'a', title: label('甲'), load: page, permission: 'alpha.admin' }],
});
const beta = defineAdminPlugin({
  id: 'beta',
  nav: [{ key: 'b', path: '/beta', label: label('乙') }],
  routes: [{ path: '/beta', load: page }],
});

describe('mountedParts', () => {
  const can = (held: string[]) => (permission?: string) => !permission || held.includes(permission);

  it('mounts only enabled plugins, and of them what the viewer may see', () => {
    const parts = mountedParts([alpha, beta], new Set(['alpha']), can(['alpha.case.read']));
    expect(parts.nav.map((n) => n.key)).toEqual(['a-list']);
    expect(parts.routes.map((r) => r.path)).toEqual(['/alpha']);
    expect(parts.profileSections.map((s) => s.key)).toEqual(['a']);
    expect(parts.dashboardWidgets).toEqual([]);
  });

  it('keeps the order the plugins are listed in', () => {
    const parts = mountedParts([beta, alpha], new Set(['alpha', 'beta']), can(['alpha.admin']));
    expect(parts.nav.map((n) => n.key)).toEqual(['b', 'a-admin']);
  });

  it('mounts nothing of a district without plugins', () => {
    expect(mountedParts([alpha, beta], new Set(), can(['alpha.admin']))).toEqual({
      nav: [],
      routes: [],
      profileSections: [],
      dashboardWidgets: [],
    });
  });
});
