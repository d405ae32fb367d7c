import type {
  AdminPlugin,
  AdminRoute,
  DashboardWidget,
  NavEntry,
  ProfileSection,
} from '../plugin.ts';

/** The parts of the admin plugins that one viewer sees. */
export interface MountedParts {
  nav: NavEntry[];
  routes: AdminRoute[];
  profileSections: ProfileSection[];
  dashboardWidgets: DashboardWidget[];
}

/**
 * Keeps the plugins enabled in the viewer's district, and of them the parts whose permission the
 * viewer holds, in the order the plugins are listed.
 */
export function mountedParts(
  plugins: readonly AdminPlugin[],
  enabled: ReadonlySet<string>,
  can: (permission?: string) => boolean,
): MountedParts {
  const on = plugins.filter((p) => enabled.has(p.id));
  const allowed = <T extends { permission?: string }>(parts: T[]) =>
    parts.filter((part) => can(part.permission));
  return {
    nav: allowed(on.flatMap((p) => p.nav)),
    routes: allowed(on.flatMap((p) => p.routes)),
    profileSections: allowed(on.flatMap((p) => p.profileSections ?? [])),
    dashboardWidgets: allowed(on.flatMap((p) => p.dashboardWidgets ?? [])),
  };
}
