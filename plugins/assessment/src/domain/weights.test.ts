import { describe, expect, it } from 'vitest';
import { weightProblems } from './weights.ts';

// Seed 004 (三、(三)): 对不同主体的评价意见，要赋予不同的权重系数 … 避免将评价意见简单相加.

const of = (...weights: number[]) =>
  weights.map((weight, i) => ({ label: { zh: `第${i + 1}项`, en: `item ${i + 1}` }, weight }));
const WHAT = { zh: '评价主体', en: 'evaluation subjects' };

describe('weightProblems', () => {
  it.each([
    [[100], 0],
    [[30, 30, 40], 0],
    [[33.33, 33.33, 33.34], 0],
    [[33.33, 33.33, 33.33], 1],
    [[50, 50.01], 1],
    [[60, 30], 1],
  ])('weights %j sum to 100%% with %i problems', (weights, count) => {
    expect(weightProblems(of(...weights), WHAT)).toHaveLength(count);
  });

  it('names the sum it found', () => {
    expect(weightProblems(of(60, 30), WHAT)[0]?.zh).toBe('评价主体的权重合计应为100%，现为90%');
  });

  it('refuses a zero or negative weight and more than two decimals', () => {
    expect(weightProblems(of(0, 100), WHAT).map((p) => p.zh)).toEqual(['第1项的权重应大于0']);
    expect(weightProblems(of(-10, 110), WHAT)).toHaveLength(1);
    expect(weightProblems(of(50.005, 49.995), WHAT)[0]?.zh).toBe('第1项的权重最多保留两位小数');
  });

  it('refuses an empty set', () => {
    expect(weightProblems([], WHAT).map((p) => p.zh)).toEqual(['尚未设置评价主体']);
  });
});
