import { createContext, useContext, useEffect } from 'react';
import { Breadcrumb } from 'antd';
import { Link, matchPath } from 'react-router-dom';
import { type Label, useLabel } from '../i18n/label.ts';
import type { AdminRoute } from '../plugin.ts';
import { useKitMessages } from './messages.ts';

/** A page above the open one: where it is and its route's title. */
export interface Crumb {
  path: string;
  title: Label;
}

/**
 * The pages above an address, from the top: its shorter prefixes that are routes with a title.
 * `/selection/cases/7/record` → `/`, `/selection/cases`, `/selection/cases/7` (`/selection` is no
 * page). Core and plugin routes alike: a page gets its trail from the route table, not by hand.
 */
export function crumbsOf(routes: readonly Pick<AdminRoute, 'path' | 'title'>[], pathname: string) {
  const segments = pathname.split('/').filter(Boolean);
  return segments.flatMap((_, depth): Crumb[] => {
    const path = `/${segments.slice(0, depth).join('/')}`;
    const title = routes.find((r) => r.title && matchPath(r.path, path))?.title;
    return title ? [{ path, title }] : [];
  });
}

// What the open page calls itself in the trail (a cadre's name); the shell provides the setter.
const PageNameContext = createContext<(name: string | null) => void>(() => {});
export const PageNameProvider = PageNameContext.Provider;

/** Names the open page's last crumb until it unmounts (`usePageTitle` does it for every page). */
export function usePageName(name: string | null | undefined): void {
  const setName = useContext(PageNameContext);
  useEffect(() => {
    setName(name ?? null);
    return () => setName(null);
  }, [name, setName]);
}

/** `工作台 / 干部名册 / 张三`: links to the pages above, then the open page's name. */
export function Breadcrumbs({ crumbs, current }: { crumbs: readonly Crumb[]; current: string }) {
  const m = useKitMessages();
  const t = useLabel();
  return (
    <Breadcrumb
      aria-label={m.breadcrumbs}
      className="page-breadcrumbs"
      items={[
        ...crumbs.map((c) => ({ key: c.path, title: <Link to={c.path}>{t(c.title)}</Link> })),
        { key: 'current', title: <span aria-current="page">{current}</span> },
      ]}
    />
  );
}
