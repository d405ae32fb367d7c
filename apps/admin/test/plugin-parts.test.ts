import { describe, expect, it } from 'vitest';
import { mountedParts, type AdminPlugin, type MountedParts } from '@cadre/ui';
import { adminPlugins } from '../src/plugins.ts';

// What the shell mounts of each installed plugin's admin part, on and off in the viewer's district.
// The browser side of switching (the menu following the switch, in 示范市) is the settings test's;
// switching a district here as well would race with it and with the shell's menu test.

/** Every part of `plugin` among the mounted ones, kind by kind. */
const partsOf = (plugin: AdminPlugin, parts: MountedParts) => ({
  nav: parts.nav.filter((e) => plugin.nav.includes(e)),
  routes: parts.routes.filter((r) => plugin.routes.includes(r)),
  profileSections: parts.profileSections.filter((s) => plugin.profileSections?.includes(s)),
  dashboardWidgets: parts.dashboardWidgets.filter((w) => plugin.dashboardWidgets?.includes(w)),
});

// A viewer holding every permission: what is left out is left out by the district's switch.
const everything = () => true;

describe.each(adminPlugins.map((plugin) => [plugin.id, plugin] as const))(
  'the admin part of %s',
  (id, plugin) => {
    const others = adminPlugins.map((p) => p.id).filter((other) => other !== id);

    it('is mounted whole where the district has the plugin on', () => {
      // A plugin without a menu entry could not be reached from the shell.
      expect(plugin.nav.length).toBeGreaterThan(0);
      const on = mountedParts(adminPlugins, new Set([...others, id]), everything);
      expect(partsOf(plugin, on)).toEqual({
        nav: plugin.nav,
        routes: plugin.routes,
        profileSections: plugin.profileSections ?? [],
        dashboardWidgets: plugin.dashboardWidgets ?? [],
      });
    });

    it('mounts nothing where the district has the plugin off', () => {
      const off = mountedParts(adminPlugins, new Set(others), everything);
      expect(partsOf(plugin, off)).toEqual({
        nav: [],
        routes: [],
        profileSections: [],
        dashboardWidgets: [],
      });
    });
  },
);
