import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SchemaVariants } from '@cadre/core';
import { assessmentPlugin } from '@cadre/plugin-assessment';
import { selectionPlugin } from '@cadre/plugin-selection';
import { testPlugins } from './fixtures/test-plugins.ts';

// The test plugins and the real ones: their variants are the committed SDL.
const variants = new SchemaVariants([...testPlugins, selectionPlugin, assessmentPlugin]);
const sdl = (enabled: string[]) =>
  printSchema(lexicographicSortSchema(variants.schemaFor(enabled)));

describe('schema variants', () => {
  it.each([[[]], [['alpha']], [['alpha', 'beta']], [['selection']], [['assessment']]])(
    'matches the committed SDL of %j',
    async (enabled) => {
      await expect(sdl(enabled)).toMatchFileSnapshot(
        `__snapshots__/variant-${enabled.join('+') || 'core'}.graphql`,
      );
    },
  );

  it('keeps a plugin’s types and fields out of variants without it', () => {
    const core = variants.schemaFor([]);
    expect(core.getType('AlphaNote')).toBeUndefined();
    expect(core.getQueryType()?.getFields().alphaNotes).toBeUndefined();
    const cadre = core.getType('Cadre') as { getFields(): Record<string, unknown> };
    expect(cadre.getFields().alphaScore).toBeUndefined();

    const withAlpha = variants.schemaFor(['alpha']);
    expect(withAlpha.getType('AlphaNote')).toBeDefined();
    expect((withAlpha.getType('Cadre') as typeof cadre).getFields().alphaScore).toBeDefined();
    expect(withAlpha.getType('BetaResult')).toBeUndefined();
    expect(withAlpha.getMutationType()?.getFields().betaPing).toBeUndefined();
    expect(
      variants.schemaFor(['alpha', 'beta']).getMutationType()?.getFields().betaPing,
    ).toBeDefined();
  });

  it('mentions no plugin name anywhere in the core variant', () => {
    expect(sdl([])).not.toMatch(/alpha|beta|selection/i);
  });

  it('keeps the selection plugin’s schema to its variant', () => {
    for (const enabled of [[], ['alpha', 'beta']]) {
      const schema = variants.schemaFor(enabled);
      expect(schema.getType('SelectionCase')).toBeUndefined();
      expect(schema.getMutationType()?.getFields().openSelectionCase).toBeUndefined();
      const cadre = schema.getType('Cadre') as { getFields(): Record<string, unknown> };
      expect(cadre.getFields().selectionCases).toBeUndefined();
    }
    const withSelection = variants.schemaFor(['selection']);
    expect(withSelection.getType('SelectionCase')).toBeDefined();
    expect(withSelection.getType('AlphaNote')).toBeUndefined();
  });

  it('builds each distinct set once and ignores order, duplicates and unknown ids', () => {
    expect(variants.keyFor(['beta', 'alpha', 'alpha', 'ghost'])).toBe('alpha,beta');
    expect(variants.schemaFor(['beta', 'alpha'])).toBe(variants.schemaFor(['alpha', 'beta']));
  });
});
