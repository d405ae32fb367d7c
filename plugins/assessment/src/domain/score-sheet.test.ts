import { describe, expect, it } from 'vitest';
import { scoredCompletely, scoreSheet, someNames } from './score-sheet.ts';

// Seed 004: 对不同主体的评价意见，要赋予不同的权重系数，比较印证、系统分析，避免将评价意见简单相加.
// A participant is ready for grading once one subject has scored every item (测评打分完成).

const SUBJECTS = [
  { id: 's', kind: 'SUPERIOR', weight: 60 },
  { id: 'p', kind: 'PEER', weight: 40 },
];
const ITEMS = [
  { id: 'de', weight: 40 },
  { id: 'ji', weight: 60 },
];
const score = (subjectId: string, itemId: string, value: number) => ({
  subjectId,
  itemId,
  score: value,
});

describe('scoreSheet', () => {
  it('weights items within a subject and subjects within the evaluation', () => {
    const sheet = scoreSheet(SUBJECTS, ITEMS, [
      score('s', 'de', 90),
      score('s', 'ji', 80), // superiors: 36 + 48 = 84
      score('p', 'de', 70),
      score('p', 'ji', 60), // peers: 28 + 36 = 64
    ]);
    expect(sheet.subjects.map((s) => s.score)).toEqual([84, 64]);
    // 84 × 60% + 64 × 40% = 76, not the plain mean 74
    expect(sheet.evaluation.score).toBeCloseTo(76, 10);
    expect(sheet.complete).toBe(true);
  });

  it('leaves a half-scored subject out, named as missing, and is complete with one full subject', () => {
    const sheet = scoreSheet(SUBJECTS, ITEMS, [
      score('s', 'de', 90),
      score('s', 'ji', 80),
      score('p', 'de', 70),
    ]);
    expect(sheet.subjects.map((s) => [s.scoredItems, s.complete])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(sheet.evaluation).toEqual({ score: 84, weightUsed: 60, missing: ['PEER'] });
    expect(sheet.complete).toBe(true);
  });

  it('is incomplete while no subject has scored every item', () => {
    const sheet = scoreSheet(SUBJECTS, ITEMS, [score('s', 'de', 90), score('p', 'ji', 70)]);
    expect(sheet.complete).toBe(false);
    expect(sheet.evaluation.score).toBeNull();
  });
});

describe('scoredCompletely', () => {
  it.each([
    [5, [5, 0], true],
    [5, [4, 4], false],
    [5, [], false],
    [0, [0], false], // a round without items scores nothing
  ])('%i items, scored %j per subject → %s', (items, scored, expected) => {
    expect(scoredCompletely(items, scored)).toBe(expected);
  });
});

describe('someNames', () => {
  it('names everyone up to five, then a few and the count', () => {
    expect(someNames(['张三', '李四'])).toEqual({ zh: '张三、李四', en: '张三, 李四' });
    const seven = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
    expect(someNames(seven)).toEqual({
      zh: '甲、乙、丙、丁、戊等7人',
      en: '甲, 乙, 丙, 丁, 戊 and 2 more',
    });
  });
});
