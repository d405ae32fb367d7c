import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { LanguageProvider } from '@cadre/ui';
import { ClientProvider } from './session/client-provider.tsx';
import { AntdConfig } from './shell/antd-config.tsx';
import { LoginPage } from './shell/login-page.tsx';
import { RequireSession } from './shell/require-session.tsx';
import { SignedIn } from './shell/signed-in.tsx';

export function App() {
  return (
    <LanguageProvider>
      <AntdConfig>
        <BrowserRouter>
          <ClientProvider>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="*"
                element={
                  <RequireSession>
                    <SignedIn />
                  </RequireSession>
                }
              />
            </Routes>
          </ClientProvider>
        </BrowserRouter>
      </AntdConfig>
    </LanguageProvider>
  );
}
