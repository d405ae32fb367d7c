import { describe, expect, it } from 'vitest';
import {
  achievementProblems,
  exceedsLossLimit,
  type IndicatorRule,
  indicatorPoints,
  indicatorProblems,
  setWeightProblems,
  setWeightTotal,
  unitResult,
} from './indicators.ts';

// Seed 004 (一、(二)): 对不同的考核指标赋予不同的分值 … 凡是能够量化的指标必须量化; 将作风及效能
// 建设、重点民生项目等指标作为直接扣分项目; 凡自治区下达的指标失分超过责任分值20% … 取消部门单位
// 领导班子和主要领导评优资格，并由组织部长进行约谈. DOMAIN §4: a unit whose indicator loss exceeds
// 20% of its responsibility score loses eligibility for 评优 and its leader gets a talk.

const rule = (overrides: Partial<IndicatorRule> = {}): IndicatorRule => ({
  name: '地区生产总值增长',
  weight: 20,
  scoring: 'TARGET_RATIO',
  target: null,
  levelShares: [],
  directDeduction: false,
  maxDeduction: null,
  ...overrides,
});

const target = rule({ target: 8 });
const ranking = rule({ name: '招商引资排名', scoring: 'RANKING', weight: 15 });
const levels = rule({ name: '基层党建', scoring: 'LEVELS', levelShares: [1, 0.8, 0.6, 0] });
const yesNo = rule({ name: '安全生产', scoring: 'YES_NO', weight: 10 });
const deduction = rule({
  name: '作风及效能建设',
  weight: 0,
  directDeduction: true,
  maxDeduction: 5,
});

describe('indicatorPoints', () => {
  it.each([
    // 完成比例: weight × min(actual / target, 1).
    ['target met exactly', target, 8, null, 20],
    ['target exceeded: capped at the weight', target, 12, null, 20],
    ['three quarters of the target', target, 6, null, 15],
    ['nothing achieved', target, 0, null, 0],
    ['a third of the target, in hundredths', rule({ target: 3 }), 1, null, 6.67],
    // 排名: first earns the weight, last nothing, evenly between.
    ['ranked first of 7', ranking, 1, 7, 15],
    ['ranked last of 7', ranking, 7, 7, 0],
    ['ranked 4th of 7', ranking, 4, 7, 7.5],
    ['ranked 2nd of 4', ranking, 2, 4, 10],
    ['the only unit ranked', ranking, 1, 1, 15],
    // 分档: the level's share of the weight, best first.
    ['best level', levels, 0, null, 20],
    ['second level', levels, 1, null, 16],
    ['lowest level', levels, 3, null, 0],
    // 是否完成.
    ['done', yesNo, 1, null, 10],
    ['not done', yesNo, 0, null, 0],
    // 直接扣分: what the findings take off, at most the item's maximum.
    ['a deduction under the maximum', deduction, 2.5, null, 2.5],
    ['a deduction over the maximum', deduction, 8, null, 5],
    ['no finding', deduction, 0, null, 0],
  ])('%s: %s', (_case, indicator, value, outOf, points) => {
    expect(indicatorPoints(indicator, { value, outOf })).toBe(points);
  });

  it('refuses what the rule cannot read', () => {
    expect(() => indicatorPoints(ranking, { value: 8, outOf: 7 })).toThrow(RangeError);
    expect(() => indicatorPoints(rule(), { value: 1, outOf: null })).toThrow(RangeError);
  });
});

describe('achievementProblems', () => {
  it.each([
    ['a negative value', target, -1, null, '地区生产总值增长：数值不能为负数'],
    ['a negative deduction', deduction, -2, null, '作风及效能建设：数值不能为负数'],
    ['a rank past the units ranked', ranking, 8, 7, '招商引资排名：名次应为1至7的整数'],
    ['rank 0', ranking, 0, 7, '招商引资排名：名次应为1至7的整数'],
    ['a fractional rank', ranking, 2.5, 7, '招商引资排名：名次应为1至7的整数'],
    ['a rank without the units ranked', ranking, 1, null, '招商引资排名：须填写参加排名的单位数'],
    ['a level past the last', levels, 4, null, '基层党建：档次应为0至3（0为最高档）'],
    ['a fractional level', levels, 0.5, null, '基层党建：档次应为0至3（0为最高档）'],
    ['neither done nor not', yesNo, 0.5, null, '安全生产：只能填完成（1）或未完成（0）'],
  ])('refuses %s', (_case, indicator, value, outOf, zh) => {
    expect(achievementProblems(indicator, { value, outOf }).map((p) => p.zh)).toEqual([zh]);
  });

  it.each([
    ['an actual value over the target', target, 100, null],
    ['the last rank', ranking, 7, 7],
    ['a deduction over the maximum (it is capped, not refused)', deduction, 9, null],
  ])('accepts %s', (_case, indicator, value, outOf) => {
    expect(achievementProblems(indicator, { value, outOf })).toEqual([]);
  });
});

describe('indicatorProblems', () => {
  it.each([
    ['a target ratio without a target', rule(), 'target'],
    ['a target of 0', rule({ target: 0 }), 'target'],
    ['one level only', rule({ scoring: 'LEVELS', levelShares: [1] }), 'levelShares'],
    ['a share above 1', rule({ scoring: 'LEVELS', levelShares: [1.2, 0] }), 'levelShares'],
    ['levels worst first', rule({ scoring: 'LEVELS', levelShares: [0.6, 1] }), 'levelShares'],
    ['a deduction without a maximum', rule({ directDeduction: true }), 'maxDeduction'],
  ])('refuses %s', (_case, indicator, field) => {
    expect(indicatorProblems(indicator).map((p) => p.field)).toEqual([field]);
  });

  it.each([target, ranking, levels, yesNo, deduction])('accepts $name', (indicator) => {
    expect(indicatorProblems(indicator)).toEqual([]);
  });
});

describe('unitResult', () => {
  const line = (weight: number, points: number | null, directDeduction = false) => ({
    weight,
    points,
    directDeduction,
  });

  it('sums the weights as the responsibility score, scored or not', () => {
    expect(unitResult([line(40, 40), line(35, 28), line(25, null)])).toEqual({
      responsibility: 100,
      earned: 68,
      deducted: 0,
      score: 68,
      loss: 32,
      lossShare: 32,
    });
  });

  it('takes direct deductions off the score and counts them as loss', () => {
    expect(unitResult([line(60, 55), line(40, 40), line(0, 3, true)])).toEqual({
      responsibility: 100,
      earned: 95,
      deducted: 3,
      score: 92,
      loss: 8,
      lossShare: 8,
    });
  });

  it('never scores below 0', () => {
    expect(unitResult([line(100, 2), line(0, 5, true)])).toMatchObject({ score: 0, loss: 103 });
  });

  it('adds in hundredths: thirds sum without drift', () => {
    const result = unitResult([line(33.33, 33.33), line(33.33, 33.33), line(33.34, 33.34)]);
    expect(result).toMatchObject({ responsibility: 100, earned: 100, loss: 0, lossShare: 0 });
  });

  it('gives the loss share in percent of a responsibility other than 100', () => {
    expect(unitResult([line(50, 40)]).lossShare).toBe(20);
    expect(unitResult([line(30, 20)]).lossShare).toBe(33.33);
  });

  it('has no share without a responsibility score', () => {
    expect(unitResult([line(0, 2, true)])).toMatchObject({ responsibility: 0, lossShare: 0 });
  });
});

describe('exceedsLossLimit (失分超过责任分值20%)', () => {
  it.each([
    [19.99, 100, false],
    // 超过: exactly the limit is not over it.
    [20, 100, false],
    [20.01, 100, true],
    [10, 50, false],
    [10.01, 50, true],
    // 20.004% rounds to a share of 20.00 but is over the limit.
    [20.01, 100.03, true],
    [0, 0, false],
  ])('a loss of %f on %f: %s', (loss, responsibility, exceeded) => {
    expect(exceedsLossLimit({ loss, responsibility }, 20)).toBe(exceeded);
  });

  it('judges a unit result at the boundary', () => {
    const atLimit = unitResult([{ weight: 100, points: 80, directDeduction: false }]);
    expect(atLimit.lossShare).toBe(20);
    expect(exceedsLossLimit(atLimit, 20)).toBe(false);
    expect(exceedsLossLimit(atLimit, 19.99)).toBe(true);
  });
});

describe('setWeightProblems', () => {
  it('sums the weighted indicators to 100, leaving direct deductions out', () => {
    const set = [target, { ...levels, weight: 80 }, { ...deduction, weight: 5 }];
    expect(setWeightTotal(set)).toBe(100);
    expect(setWeightProblems(set)).toEqual([]);
  });

  it('names the sum it found', () => {
    expect(setWeightProblems([target, ranking]).map((p) => p.zh)).toEqual([
      '考核指标的权重合计应为100%，现为35%',
    ]);
  });
});
