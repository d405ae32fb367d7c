import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SELECTION_DEFAULTS, selectionConfigSchema, type SelectionConfig } from './config.ts';
import { DEFAULT_ELIGIBILITY_RULES } from './eligibility.ts';

describe('selectionConfigSchema', () => {
  it('accepts the defaults: 5 working days, half the ballots, the 条例 qualifications', () => {
    expect(selectionConfigSchema.parse(SELECTION_DEFAULTS)).toEqual({
      publicityWorkingDays: 5,
      concentrationThreshold: 0.5,
      eligibility: DEFAULT_ELIGIBILITY_RULES,
    });
  });

  // 条例（任职）: 公示期不少于五个工作日 — a district may lengthen it (seed 001: 7), not shorten it.
  it.each([
    [5, true],
    [7, true],
    [30, true],
    [4, false],
    [31, false],
    [5.5, false],
  ])('publicity of %f working days → %s', (publicityWorkingDays, ok) => {
    const parsed = selectionConfigSchema.safeParse({ ...SELECTION_DEFAULTS, publicityWorkingDays });
    expect(parsed.success).toBe(ok);
  });

  it('says why a short publicity is refused, in both languages', () => {
    const parsed = selectionConfigSchema.safeParse({
      ...SELECTION_DEFAULTS,
      publicityWorkingDays: 3,
    });
    expect(parsed.error?.issues[0]?.message).toContain('公示期不少于五个工作日');
    expect(parsed.error?.issues[0]?.message).toContain('at least 5 working days');
  });

  // Seed 001: 得票不是相对集中的一律不提 — the share is left to local rules.
  it.each([
    [0.5, true],
    [1, true],
    [0.01, true],
    [0, false],
    [1.2, false],
  ])('concentration threshold %f → %s', (concentrationThreshold, ok) => {
    const parsed = selectionConfigSchema.safeParse({
      ...SELECTION_DEFAULTS,
      concentrationThreshold,
    });
    expect(parsed.success).toBe(ok);
  });

  it('refuses unknown and missing settings', () => {
    expect(selectionConfigSchema.safeParse({ ...SELECTION_DEFAULTS, quorum: 0.5 }).success).toBe(
      false,
    );
    const partial: Partial<SelectionConfig> = { ...SELECTION_DEFAULTS };
    delete partial.eligibility;
    expect(selectionConfigSchema.safeParse(partial).success).toBe(false);
  });

  it('names every setting in both languages for the generated form', () => {
    const unlabelled: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, property] of Object.entries(properties)) {
        const label = property['x-label'] as { zh?: string; en?: string } | undefined;
        if (!label?.zh || !label.en) unlabelled.push(`${path}${key}`);
        walk(property, `${path}${key}.`);
      }
    };
    walk(z.toJSONSchema(selectionConfigSchema, { io: 'input' }), '');
    expect(unlabelled).toEqual([]);
  });
});
