import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SchemaVariants } from '@cadre/core';
import { testPlugins } from './fixtures/test-plugins.ts';

const variants = new SchemaVariants(testPlugins);
const sdl = (enabled: string[]) =>
  printSchema(lexicographicSortSchema(variants.schemaFor(enabled)));

describe('schema variants', () => {
  it.each([[[]], [['alpha']], [['alpha', 'beta']]])(
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
    expect(sdl([])).not.toMatch(/alpha|beta/i);
  });

  it('builds each distinct set once and ignores order, duplicates and unknown ids', () => {
    expect(variants.keyFor(['beta', 'alpha', 'alpha', 'ghost'])).toBe('alpha,beta');
    expect(variants.schemaFor(['beta', 'alpha'])).toBe(variants.schemaFor(['alpha', 'beta']));
  });
});
