import type { ComponentType, ReactNode } from 'react';
import type { Label } from './i18n/label.ts';

/** A lazily loaded module whose default export is the component: `() => import('./page.tsx')`. */
export type Loader<P = object> = () => Promise<{ default: ComponentType<P> }>;

/** An entry of the side menu. */
export interface NavEntry {
  key: string;
  /** Where it leads, e.g. `/selection/cases`. */
  path: string;
  label: Label;
  icon?: ReactNode;
  /** Shown only to viewers holding this permission key. */
  permission?: string;
}

/** A page at an absolute path (react-router syntax, e.g. `/cases/:id`). */
export interface AdminRoute {
  path: string;
  load: Loader;
  /** The browser tab's title while the page is open; pages may refine it with `usePageTitle`. */
  title?: Label;
  /** Viewers without it see a "no permission" page instead. */
  permission?: string;
}

/** What the cadre profile (干部数字档案) mounts for a plugin: one section per entry. */
export interface ProfileSection {
  key: string;
  title: Label;
  load: Loader<{ cadreId: string }>;
  permission?: string;
}

/** A card on the dashboard. */
export interface DashboardWidget {
  key: string;
  title: Label;
  load: Loader;
  permission?: string;
}

/**
 * The admin part of a plugin. The shell mounts it only in districts that enable the plugin, and
 * of it only what the viewer's permissions allow.
 */
export interface AdminPlugin {
  /** The server plugin's id (also its sub-graph), e.g. `selection`. */
  id: string;
  nav: NavEntry[];
  routes: AdminRoute[];
  profileSections?: ProfileSection[];
  dashboardWidgets?: DashboardWidget[];
}

/** `export default defineAdminPlugin({ … })` in a plugin's `src/admin/index.ts`. */
export function defineAdminPlugin(plugin: AdminPlugin): AdminPlugin {
  return plugin;
}
