import { useCallback } from 'react';
import { type Language, useLanguage } from './language.tsx';

/** Text in both languages, as plugins and the server declare it (titles, permission names). */
export type Label = { zh: string; en: string };

/** Picks a label's text in the current language: `const t = useLabel(); t(entry.label)`. */
export function useLabel(): (label: Label) => string {
  const { language } = useLanguage();
  return useCallback((label: Label) => label[language], [language]);
}

/** The server's bilingual fields (`messageZh`/`messageEn`, `titleZh`/`titleEn`) as a label. */
export const labelOf = (zh: string, en: string): Label => ({ zh, en });

export type { Language };
