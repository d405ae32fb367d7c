import { useEffect } from 'react';
import { useLanguage } from './i18n/language.tsx';
import { usePageName } from './layout/breadcrumbs.tsx';

const PRODUCT = { zh: '干部工作平台', en: 'Cadre Platform' };

/**
 * The browser tab's title for the open page: `干部名册 · 干部工作平台`. `name` (the title unless
 * given: `张三` where the title is `张三 · 干部数字档案`) ends the page's breadcrumbs.
 */
export function usePageTitle(title: string | null | undefined, name = title): void {
  const { language } = useLanguage();
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT[language]}` : PRODUCT[language];
  }, [title, language]);
  usePageName(name);
}
