import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bilingual, toInputIssues } from './zod-issues.ts';

describe('bilingual validation issues', () => {
  it('keeps a rule’s own two texts and the path', () => {
    const schema = z.object({
      approved: z.number().min(0, bilingual('职数不能小于 0', 'A quota cannot be below 0')),
    });
    const result = schema.safeParse({ approved: -1 });
    expect(result.success).toBe(false);
    expect(toInputIssues(result.error?.issues ?? [], ['input'])).toEqual([
      {
        path: 'input.approved',
        code: 'INVALID',
        text: { zh: '职数不能小于 0', en: 'A quota cannot be below 0' },
      },
    ]);
  });

  it('translates zod’s generic messages', () => {
    const result = z
      .object({ name: z.string().min(2), n: z.number().max(1) })
      .safeParse({ name: 'a', n: 3 });
    const texts = toInputIssues(result.error?.issues ?? []).map((i) => i.text.zh);
    expect(texts).toEqual(['至少需要 2 个字符', '不能大于 1']);
  });
});
