import type { Label } from './plugin.ts';

// How a plugin names its settings for the generated settings form. A plugin's `config.schema` is
// published as JSON Schema (zod's `toJSONSchema`), which carries `.meta()` annotations along; these
// three keywords are the platform's own, with both languages in one value.

// A type, not an interface, so that it fits zod's `.meta()` parameter (an index signature).
export type SettingAnnotations = {
  /** The field's name in the form. */
  'x-label': Label;
  /** A line under the field: the rule or the source of the default. */
  'x-help'?: Label;
  /** Names of enum values, for a choice or a list of choices. */
  'x-enum-labels'?: Record<string, Label>;
};

/** Annotations for `.meta(...)`: `z.int().min(5).meta(setting({ zh: '公示期', en: 'Publicity' }))`. */
export function setting(
  label: Label,
  more: { help?: Label; choices?: Record<string, Label> } = {},
): SettingAnnotations {
  return {
    'x-label': label,
    ...(more.help ? { 'x-help': more.help } : {}),
    ...(more.choices ? { 'x-enum-labels': more.choices } : {}),
  };
}
