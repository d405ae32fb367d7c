import { describe, expect, it } from 'vitest';
import { evaluationScore, participantTotal, subjectScore } from './weighted-total.ts';

// Seed 004 (三、(三)): 需要把自我评价、上级评价、同级评价、下级评价、相关职能部门评价、专家评价以及
// 群众评价结合起来 … 对不同主体的评价意见，要赋予不同的权重系数，比较印证、系统分析，避免将评价意见
// 简单相加.

// The default items: 德15 能20 勤15 绩35 廉15.
const ITEMS = [
  { id: 'de', weight: 15 },
  { id: 'neng', weight: 20 },
  { id: 'qin', weight: 15 },
  { id: 'ji', weight: 35 },
  { id: 'lian', weight: 15 },
];
const sheet = (...scores: number[]) =>
  new Map(ITEMS.slice(0, scores.length).map(({ id }, i) => [id, scores[i] ?? 0]));

describe('subjectScore (one subject, every item)', () => {
  it.each([
    [[90, 80, 70, 85, 95], 84], // 13.5 + 16 + 10.5 + 29.75 + 14.25
    [[100, 100, 100, 100, 100], 100],
    [[0, 0, 0, 0, 0], 0],
    [[60, 60, 60, 100, 60], 74], // 绩 weighs 35%: the unweighted mean would be 68
  ])('item scores %j → %d', (scores, expected) => {
    expect(subjectScore(ITEMS, sheet(...scores))).toBeCloseTo(expected, 10);
  });

  it('is null unless every item is scored', () => {
    expect(subjectScore(ITEMS, sheet(90, 80, 70, 85))).toBeNull();
    expect(subjectScore([], new Map())).toBeNull();
  });
});

describe('evaluationScore (多元评价主体, weighted by coefficient)', () => {
  // The leaders' default coefficients: 上级30 同级20 下级20 职能部门10 群众10 满意度测评10.
  const LEADER_SUBJECTS = [
    { kind: 'SUPERIOR', weight: 30 },
    { kind: 'PEER', weight: 20 },
    { kind: 'SUBORDINATE', weight: 20 },
    { kind: 'FUNCTIONAL_DEPARTMENT', weight: 10 },
    { kind: 'MASSES', weight: 10 },
    { kind: 'SATISFACTION_SURVEY', weight: 10 },
  ];
  const leaders = (scores: (number | null)[]) =>
    LEADER_SUBJECTS.map((subject, i) => ({ ...subject, score: scores[i] ?? null }));

  it('weights each subject by its coefficient — not the plain mean of the subjects (避免简单相加)', () => {
    const scores = [90, 80, 70, 60, 50, 100];
    const mean = scores.reduce((a, b) => a + b) / scores.length; // 75
    const result = evaluationScore(leaders(scores));
    expect(result.score).toBeCloseTo(78, 10); // (2700 + 1600 + 1400 + 600 + 500 + 1000) / 100
    expect(result.score).not.toBeCloseTo(mean, 2);
    expect(result).toMatchObject({ weightUsed: 100, missing: [] });
  });

  it.each([
    // A subject that did not score is left out and the rest renormalised, never counted as 0.
    [[90, 80, 70, 60, 50, null], 75.56, 90, ['SATISFACTION_SURVEY']], // 6800 / 90
    [
      [90, null, null, null, null, null],
      90,
      30,
      ['PEER', 'SUBORDINATE', 'FUNCTIONAL_DEPARTMENT', 'MASSES', 'SATISFACTION_SURVEY'],
    ],
    [[null, 80, 80, 80, 80, 80], 80, 70, ['SUPERIOR']],
  ])(
    'scores %j → %d over %d%% of the weight, missing %j',
    (scores, expected, weightUsed, missing) => {
      const result = evaluationScore(leaders(scores));
      expect(result.score).toBeCloseTo(expected, 2);
      expect(result.weightUsed).toBe(weightUsed);
      expect(result.missing).toEqual(missing);
    },
  );

  it('is null when no subject scored', () => {
    expect(evaluationScore(leaders([null, null, null, null, null, null]))).toMatchObject({
      score: null,
      weightUsed: 0,
    });
    expect(evaluationScore([]).score).toBeNull();
  });
});

describe('participantTotal (evaluation, daily assessment, unit results, deductions)', () => {
  // Leaders by default: daily 30%, unit results 20%, so the evaluation counts 50%.
  const LEADERS = { dailyWeight: 30, unitResultWeight: 20 };

  it.each([
    // evaluation, daily, unit, deductions → total, shares (evaluation, daily, unit)
    [80, 90, 70, 0, 81, [50, 30, 20]], // 40 + 27 + 14
    [80, 90, 70, 2, 79, [50, 30, 20]], // 平时考核直接扣分
    // A missing daily or unit part gives its weight back to the evaluation, never counts as 0.
    [80, null, 70, 0, 78, [80, 0, 20]],
    [80, 90, null, 0, 83, [70, 30, 0]],
    [80, null, null, 0, 80, [100, 0, 0]],
    [83.3333, null, null, 0, 83.33, [100, 0, 0]], // in hundredths
    [10, 10, 10, 25, 0, [50, 30, 20]], // never below 0
  ])(
    'evaluation %d, daily %s, unit %s, deductions %d → %d',
    (evaluation, daily, unit, deductions, total, [e, d, u]) => {
      expect(participantTotal({ evaluation, daily, unit, deductions }, LEADERS)).toEqual({
        total,
        shares: { evaluation: e, daily: d, unit: u },
      });
    },
  );

  it('counts no unit results for others than leaders (their unit weight is 0)', () => {
    expect(
      participantTotal(
        { evaluation: 80, daily: 90, unit: 70, deductions: 0 },
        { dailyWeight: 30, unitResultWeight: 0 },
      ),
    ).toEqual({ total: 83, shares: { evaluation: 70, daily: 30, unit: 0 } });
  });
});
