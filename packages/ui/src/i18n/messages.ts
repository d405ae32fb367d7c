import { useLanguage } from './language.tsx';

/**
 * A module's strings in both languages, kept in a `messages.ts` beside it; English must name
 * every key Chinese has. Returns a hook giving the strings of the current language:
 *
 *   export const useMessages = defineMessages({ zh: { title: '干部名册' }, en: { title: 'Cadre registry' } });
 *   const m = useMessages(); <h1>{m.title}</h1>
 */
export function defineMessages<M extends Record<string, string>>(catalog: {
  zh: M;
  en: { [K in keyof M]: string };
}): () => M {
  return function useMessages(): M {
    const { language } = useLanguage();
    return catalog[language] as M;
  };
}

/** Fills `{name}` placeholders: `format(m.total, { count: 12 })` for '共 {count} 人'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
