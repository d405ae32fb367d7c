import {
  ApartmentOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  KeyOutlined,
  SafetyOutlined,
  SettingOutlined,
  StarOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { matchRoutes } from 'react-router-dom';
import type { Client } from 'urql';
import type { AdminRoute, Loader, NavEntry } from '@cadre/ui';
import { preloadRegistry } from './pages/cadres/registry-preload.ts';

// Core pages: `pages/<name>/<name>-page.tsx` with a default export, each imported lazily below
// (one chunk each), so the first screen loads only the shell.

/** Where a core page sits in the menu: the domain group or the system group. */
export type CoreRoute = AdminRoute & {
  nav?: { group: 'work' | 'system'; entry: Omit<NavEntry, 'path' | 'permission' | 'label'> };
  /** Asks for the page's first data ahead of the page (opened by address, not from the menu). */
  preloadData?: (client: Client, search: string) => void;
};

const route = (
  path: string,
  load: Loader,
  title: AdminRoute['title'],
  permission?: string,
  nav?: CoreRoute['nav'],
): CoreRoute => ({ path, load, title, permission, nav });

const work = (key: string, icon: NavEntry['icon']) => ({
  group: 'work' as const,
  entry: { key, icon },
});
const system = (key: string, icon: NavEntry['icon']) => ({
  group: 'system' as const,
  entry: { key, icon },
});

/** Core routes, in menu order, each with the permission its queries need. */
export const coreRoutes: CoreRoute[] = [
  route(
    '/',
    () => import('./pages/dashboard/dashboard-page.tsx'),
    { zh: '工作台', en: 'Dashboard' },
    undefined,
    work('dashboard', <DashboardOutlined />),
  ),
  // A city department's drill-down from its roll-up (市级汇总): a district, one of its 市管干部.
  route(
    '/city/districts/:code',
    () => import('./pages/city/city-district-page.tsx'),
    { zh: '区县情况', en: 'District figures' },
    'core.city.read-aggregates',
  ),
  route(
    '/city/districts/:code/cadres/:id',
    () => import('./pages/city/city-cadre-page.tsx'),
    { zh: '市管干部', en: 'City-managed cadre' },
    'core.city.read-managed-cadres',
  ),
  {
    ...route(
      '/cadres',
      () => import('./pages/cadres/cadres-page.tsx'),
      { zh: '干部名册', en: 'Cadre registry' },
      'core.cadre.read',
      work('cadres', <TeamOutlined />),
    ),
    preloadData: preloadRegistry,
  },
  route(
    '/cadres/:id',
    () => import('./pages/cadres/cadre-page.tsx'),
    { zh: '干部数字档案', en: 'Cadre profile' },
    'core.cadre.read',
  ),
  route(
    '/units',
    () => import('./pages/units/units-page.tsx'),
    { zh: '单位与职数', en: 'Units and quotas' },
    'core.unit.read',
    work('units', <ApartmentOutlined />),
  ),
  route(
    '/reserve-pools',
    () => import('./pages/reserve-pools/reserve-pools-page.tsx'),
    { zh: '后备干部库', en: 'Reserve pools' },
    'core.reserve-pool.read',
    work('reserve-pools', <StarOutlined />),
  ),
  route(
    '/due-items',
    () => import('./pages/due-items/due-items-page.tsx'),
    { zh: '到期提醒', en: 'Due items' },
    'core.due-item.read',
    work('due-items', <ClockCircleOutlined />),
  ),
  route(
    '/users',
    () => import('./pages/users/users-page.tsx'),
    { zh: '用户', en: 'Users' },
    'core.user.manage',
    system('users', <UserOutlined />),
  ),
  route(
    '/roles',
    () => import('./pages/roles/roles-page.tsx'),
    { zh: '角色与权限', en: 'Roles and permissions' },
    'core.user.manage',
    system('roles', <SafetyOutlined />),
  ),
  route(
    '/api-keys',
    () => import('./pages/api-keys/api-keys-page.tsx'),
    { zh: '接口密钥', en: 'API keys' },
    'core.api-key.manage',
    system('api-keys', <KeyOutlined />),
  ),
  route(
    '/audit',
    () => import('./pages/audit/audit-page.tsx'),
    { zh: '审计记录', en: 'Audit records' },
    'core.audit.read',
    system('audit', <AuditOutlined />),
  ),
  route(
    '/settings',
    () => import('./pages/settings/settings-page.tsx'),
    { zh: '插件与设置', en: 'Plugins and settings' },
    'core.district.configure',
    system('settings', <SettingOutlined />),
  ),
];

/** The printable cadre card (任免审批表): no menu or header around it. */
export const cardRoute: AdminRoute = {
  path: '/cadres/:id/card',
  load: () => import('./pages/cadres/cadre-card-page.tsx'),
  title: { zh: '干部任免审批表', en: 'Cadre appointment form' },
  permission: 'core.cadre.read',
};

/**
 * Starts loading the module of the page at an address (core or plugin), and a core page's first
 * data, so both arrive while the shell still reads the viewer instead of after it. Loading a module
 * twice costs nothing: modules are cached.
 */
export function preloadPage(
  location: { pathname: string; search: string },
  pluginRoutes: AdminRoute[],
  client: Client,
): void {
  const routes: CoreRoute[] = [cardRoute, ...coreRoutes, ...pluginRoutes];
  const match = matchRoutes(
    routes.map((r) => ({ path: r.path })),
    location.pathname,
  )?.[0];
  const route = routes.find((r) => r.path === match?.route.path);
  route?.load().catch(() => {
    // The route's own render reports a failed load.
  });
  route?.preloadData?.(client, location.search);
}
