import { describe, expect, it } from 'vitest';
import { needsComment, QUARTER_GRADE_LABELS } from './daily-terms.ts';

// 季考评 grades (公务员平时考核): 好、较好、一般、较差; a 较差 is explained to the cadre.

describe('needsComment', () => {
  it.each([
    ['GOOD', false],
    ['FAIRLY_GOOD', false],
    ['AVERAGE', false],
    ['POOR', true],
  ] as const)('%s needs a comment: %s', (grade, needed) => {
    expect(needsComment(grade)).toBe(needed);
  });

  it('names the four grades, best first', () => {
    expect(Object.values(QUARTER_GRADE_LABELS).map((l) => l.zh)).toEqual([
      '好',
      '较好',
      '一般',
      '较差',
    ]);
  });
});
