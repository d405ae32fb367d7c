import type { Label } from '@cadre/core';

// Texts the plugin writes in both languages (a grade's explanation, a consequence's basis) are
// kept as JSON in one text column, so each reader sees its language.

export const storeLabel = (label: Label): string => JSON.stringify(label);

/** The stored text in both languages; a plain text (written by hand) reads alike in both. */
export function storedLabel(text: string): Label {
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      parsed !== null &&
      typeof parsed === 'object' &&
      'zh' in parsed &&
      'en' in parsed &&
      typeof parsed.zh === 'string' &&
      typeof parsed.en === 'string'
    ) {
      return { zh: parsed.zh, en: parsed.en };
    }
  } catch {
    // Not JSON: a plain text.
  }
  return { zh: text, en: text };
}
