import { useCallback, useEffect, useMemo } from 'react';
import { App as AntApp, Button, Result, Spin } from 'antd';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import {
  canWith,
  MountedPluginsProvider,
  mountedParts,
  ViewerProvider,
  type ViewerState,
} from '@cadre/ui';
import { adminPlugins } from '../plugins.ts';
import { cardRoute, coreRoutes, preloadPage } from '../routes.tsx';
import { sessionToken } from '../session/token.ts';
import { AppLayout } from './app-layout.tsx';
import { useShellMessages } from './messages.ts';
import { NotFound } from './not-found.tsx';
import { RoutePage } from './route-page.tsx';
import { LogoutMutation, ViewerQuery } from './viewer-query.ts';

/**
 * The signed-in app: reads the viewer, then mounts the core pages and the parts of the plugins
 * enabled in the district that the viewer's permissions allow.
 */
export function SignedIn() {
  const m = useShellMessages();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ViewerQuery });
  const [, logout] = useMutation(LogoutMutation);

  // The page's module (and a core page's first data) load while the viewer does.
  const client = useClient();
  useEffect(() => {
    preloadPage(
      window.location,
      adminPlugins.flatMap((p) => p.routes),
      client,
    );
  }, [client]);

  const signOut = useCallback(async () => {
    await logout({});
    sessionToken.clear();
    void message.success(m.signOutDone);
    navigate('/login', { replace: true });
  }, [logout, message, m.signOutDone, navigate]);

  const state = useMemo((): ViewerState | null => {
    if (!data?.me) return null;
    const permissions = new Set(data.myPermissions);
    return {
      viewer: {
        userId: data.me.id,
        username: data.me.username,
        displayName: data.me.displayName,
        district: data.district,
        permissions,
        enabledPlugins: new Set(
          data.district.plugins.filter((p) => p.enabled).map((p) => p.pluginId),
        ),
      },
      can: canWith(permissions),
      signOut,
    };
  }, [data, signOut]);

  const parts = useMemo(
    () => (state ? mountedParts(adminPlugins, state.viewer.enabledPlugins, state.can) : null),
    [state],
  );

  if (!state || !parts) {
    if (fetching || !error)
      return (
        <div className="shell-loading" role="status">
          <Spin size="large" />
          <span>{m.loading}</span>
        </div>
      );
    return (
      <Result
        status="error"
        title={m.loadFailed}
        subTitle={error.message}
        extra={
          <Button onClick={() => refetch({ requestPolicy: 'network-only' })}>{m.retry}</Button>
        }
      />
    );
  }

  const layoutRoutes = [...coreRoutes, ...parts.routes];
  return (
    <ViewerProvider value={state}>
      <MountedPluginsProvider value={parts}>
        <Routes>
          <Route path={cardRoute.path} element={<RoutePage route={cardRoute} />} />
          <Route element={<AppLayout />}>
            {layoutRoutes.map((route) => (
              <Route
                key={route.path}
                path={route.path}
                element={<RoutePage route={route} routes={layoutRoutes} />}
              />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </MountedPluginsProvider>
    </ViewerProvider>
  );
}
