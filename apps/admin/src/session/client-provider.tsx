import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Provider } from 'urql';
import { useLanguage } from '@cadre/ui';
import { createAdminClient } from './client.ts';
import { sessionToken, useSessionToken } from './token.ts';

/**
 * A GraphQL client per session: a new sign-in starts with an empty cache. A language switch keeps
 * the client (and every open form); the queries on screen are asked again in the new language.
 */
export function ClientProvider({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const { language } = useLanguage();
  const languageRef = useRef(language);
  const session = useMemo(
    () =>
      createAdminClient({
        token,
        language: () => languageRef.current,
        // Only once per session; RequireSession then sends the viewer to the login page.
        onSessionEnded: () => {
          if (sessionToken.get() === token) sessionToken.expire();
        },
      }),
    [token],
  );
  useEffect(() => {
    if (languageRef.current === language) return;
    languageRef.current = language;
    session.refetch();
  }, [language, session]);
  return <Provider value={session.client}>{children}</Provider>;
}
