import { type ReactNode, useSyncExternalStore } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useLanguage } from '@cadre/ui';

// Styles come prebuilt from antd/dist/antd.css (see main.tsx): nothing is computed at run time,
// which spares every first render of a component its style generation.
const theme = (motion: boolean) => ({
  zeroRuntime: true,
  token: { colorPrimary: '#b71c1c', borderRadius: 4, motion },
  components: {
    Layout: { siderBg: '#1f2430', headerBg: '#ffffff' },
    Menu: { darkItemBg: '#1f2430' },
  },
});
const THEMES = { moving: theme(true), still: theme(false) };

// Whoever asked the system for less motion gets dialogs and menus that open and close at once.
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const reducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;
const onMotionChange = (notify: () => void) => {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
};

/** antd in the UI language (dates, pagination, empty states) with the platform's colours. */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const still = useSyncExternalStore(onMotionChange, reducedMotion);
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={still ? THEMES.still : THEMES.moving}
      // 保存, not 保 存: two-character labels read as words.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
