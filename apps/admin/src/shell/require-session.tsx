import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { sessionToken, useSessionToken } from '../session/token.ts';

/** Without a session, the login page, which brings the viewer back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const { pathname, search } = useLocation();
  if (token) return children;
  const params = new URLSearchParams({ next: pathname + search });
  if (sessionToken.expired()) params.set('reason', 'expired');
  return <Navigate to={`/login?${params}`} replace />;
}
