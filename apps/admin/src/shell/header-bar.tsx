import { Button, Dropdown, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import {
  EnvironmentOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type Language, useLanguage, useViewer } from '@cadre/ui';
import { useShellMessages } from './messages.ts';

/** Switches the UI between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const m = useShellMessages();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      aria-label={m.language}
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

/** The district being worked in, the language switch and the account menu. */
export function HeaderBar({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const m = useShellMessages();
  const { viewer, signOut } = useViewer();
  const { district } = viewer;
  return (
    <div className="shell-header">
      <Tooltip title={collapsed ? m.expandMenu : m.collapseMenu}>
        <Button
          type="text"
          aria-label={collapsed ? m.expandMenu : m.collapseMenu}
          aria-expanded={!collapsed}
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
        />
      </Tooltip>
      <Space size="middle" className="shell-header-end">
        <span aria-label={m.district} role="status" className="shell-district">
          <EnvironmentOutlined aria-hidden />
          <Typography.Text strong>{district.name}</Typography.Text>
          <Tag bordered={false}>
            {district.level === 'CITY' ? m.levelCity : m.levelDistrict} · {district.code}
          </Tag>
        </span>
        <LanguageSwitch />
        <Dropdown
          trigger={['click']}
          // Opened from the keyboard, the menu takes the focus: ↑/↓ and Enter choose an item.
          autoFocus
          menu={{
            items: [
              {
                key: 'sign-out',
                icon: <LogoutOutlined />,
                label: m.signOut,
                onClick: () => void signOut(),
              },
            ],
          }}
        >
          <Button
            type="text"
            icon={<UserOutlined />}
            aria-label={`${m.account}: ${viewer.displayName}`}
          >
            {viewer.displayName}
          </Button>
        </Dropdown>
      </Space>
    </div>
  );
}
