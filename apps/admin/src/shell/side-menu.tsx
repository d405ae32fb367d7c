import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { type NavEntry, useLabel, useMountedPlugins, useViewer } from '@cadre/ui';
import { coreRoutes } from '../routes.tsx';
import { useShellMessages } from './messages.ts';

type Item = NonNullable<MenuProps['items']>[number];

/** The entry whose path is the longest prefix of the address (`/` only for itself). */
function selectedKey(entries: { key: string; path: string }[], pathname: string): string[] {
  const match = entries
    .filter((e) =>
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.key] : [];
}

/** Core entries the viewer may open, then the enabled plugins' entries, then administration. */
export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const m = useShellMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { nav: pluginNav } = useMountedPlugins();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const core = (group: 'work' | 'system'): NavEntry[] =>
    coreRoutes.flatMap((r) =>
      r.nav?.group === group && r.title && can(r.permission)
        ? [{ ...r.nav.entry, path: r.path, label: r.title }]
        : [],
    );
  const groups: [string, NavEntry[]][] = [
    [m.groupWork, core('work')],
    [m.groupPlugins, pluginNav],
    [m.groupSystem, core('system')],
  ];
  const entries = groups.flatMap(([, list]) => list);
  // Menu keys are paths: one entry per page, and a click knows where to go.
  const items: Item[] = groups
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => ({
      type: 'group',
      key: label,
      label: collapsed ? null : label,
      children: list.map((e) => ({
        key: e.path,
        icon: e.icon,
        label: t(e.label),
        title: t(e.label),
      })),
    }));

  return (
    <nav aria-label={m.mainMenu}>
      <Menu
        mode="inline"
        theme="dark"
        items={items}
        selectedKeys={selectedKey(
          entries.map((e) => ({ key: e.path, path: e.path })),
          pathname,
        )}
        onClick={({ key }) => {
          if (key !== pathname) navigate(key);
        }}
      />
    </nav>
  );
}
