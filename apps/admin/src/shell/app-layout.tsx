import { useEffect, useRef } from 'react';
import { Layout } from 'antd';
import { Outlet, useLocation } from 'react-router-dom';
import { HeaderBar } from './header-bar.tsx';
import { useShellMessages } from './messages.ts';
import { SideMenu } from './side-menu.tsx';
import { useMenuCollapsed } from './use-menu-collapsed.ts';

/** Menu on the side, header on top, the page in `main`, which takes focus after navigating. */
export function AppLayout() {
  const m = useShellMessages();
  const [collapsed, toggle] = useMenuCollapsed();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // Keyboard and screen-reader users continue in the new page, not at the menu item.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        trigger={null}
        // Wide enough for the longest English entry ("Roles and permissions") in one line.
        width={232}
        className="shell-sider"
      >
        <div className="shell-brand" title={m.product}>
          <span className="shell-brand-mark" aria-hidden>
            干
          </span>
          {!collapsed && <span className="shell-brand-name">{m.product}</span>}
        </div>
        <SideMenu collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header-bar">
          <HeaderBar collapsed={collapsed} onToggle={toggle} />
        </Layout.Header>
        <Layout.Content>
          <main id="main" ref={main} tabIndex={-1} className="shell-main">
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
