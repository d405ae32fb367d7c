import { useEffect } from 'react';
import { useLanguage } from './i18n/language.tsx';

const PRODUCT = { zh: '干部工作平台', en: 'Cadre Platform' };

/** The browser tab's title for the open page: `干部名册 · 干部工作平台`. */
export function usePageTitle(title: string | null | undefined): void {
  const { language } = useLanguage();
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT[language]}` : PRODUCT[language];
  }, [title, language]);
}
