import { Suspense, useState } from 'react';
import { Skeleton } from 'antd';
import { useLocation } from 'react-router-dom';
import {
  type AdminRoute,
  Breadcrumbs,
  crumbsOf,
  lazyComponent,
  PageNameProvider,
  useLabel,
  usePageTitle,
  useViewer,
} from '@cadre/ui';
import { Forbidden } from './not-found.tsx';

/**
 * One route's page: its title in the tab, its permission checked, its module loaded lazily. Given
 * the shell's route table, a page below the top level gets breadcrumbs from it, ending in the name
 * the page gives itself with `usePageTitle` (the route's title until then).
 */
export function RoutePage({
  route,
  routes,
}: {
  route: AdminRoute;
  routes?: readonly AdminRoute[];
}) {
  const t = useLabel();
  const { can } = useViewer();
  const { pathname } = useLocation();
  const [name, setName] = useState<string | null>(null);
  const title = route.title ? t(route.title) : null;
  usePageTitle(title);
  const crumbs = routes ? crumbsOf(routes, pathname) : [];
  const Page = lazyComponent(route.load);
  return (
    <>
      {/* Only the top (the dashboard) above it: a page of the menu, no trail. */}
      {crumbs.length > 1 && <Breadcrumbs crumbs={crumbs} current={name ?? title ?? ''} />}
      <PageNameProvider value={setName}>
        {route.permission && !can(route.permission) ? (
          <Forbidden permission={route.permission} />
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Page />
          </Suspense>
        )}
      </PageNameProvider>
    </>
  );
}
