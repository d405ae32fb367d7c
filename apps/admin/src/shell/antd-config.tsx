import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useLanguage } from '@cadre/ui';

// Styles come prebuilt from antd/dist/antd.css (see main.tsx): nothing is computed at run time,
// which spares every first render of a component its style generation.
const THEME = {
  zeroRuntime: true,
  token: { colorPrimary: '#b71c1c', borderRadius: 4 },
  components: {
    Layout: { siderBg: '#1f2430', headerBg: '#ffffff' },
    Menu: { darkItemBg: '#1f2430' },
  },
};

/** antd in the UI language (dates, pagination, empty states) with the platform's colours. */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={THEME}
      // 保存, not 保 存: two-character labels read as words.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
