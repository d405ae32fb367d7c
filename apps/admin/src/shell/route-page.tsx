import { Suspense } from 'react';
import { Skeleton } from 'antd';
import { type AdminRoute, lazyComponent, useLabel, usePageTitle, useViewer } from '@cadre/ui';
import { Forbidden } from './not-found.tsx';

/** One route's page: its title in the tab, its permission checked, its module loaded lazily. */
export function RoutePage({ route }: { route: AdminRoute }) {
  const t = useLabel();
  const { can } = useViewer();
  usePageTitle(route.title ? t(route.title) : null);
  if (route.permission && !can(route.permission))
    return <Forbidden permission={route.permission} />;
  const Page = lazyComponent(route.load);
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <Page />
    </Suspense>
  );
}
