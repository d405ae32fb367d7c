import type { Label } from '@cadre/core';
import type { IndicatorScoring } from '@cadre/db/client';
import { weightProblems } from './weights.ts';

// 指标体系 (seed 004): each indicator of a unit category's set carries a share of the unit's
// responsibility score (责任分值, the weights sum to 100) and a rule that turns the unit's
// achievement into points; direct-deduction items (直接扣分项目) carry no weight and take points
// off. Points are kept in hundredths, as the weights are, so sums never drift.

/** An indicator as its rule reads it. */
export interface IndicatorRule {
  name: string;
  /** Share of the responsibility score in percent; 0 for a direct-deduction item. */
  weight: number;
  scoring: IndicatorScoring;
  /** TARGET_RATIO: the value that earns the full weight. */
  target: number | null;
  /** LEVELS: the share of the weight each level earns, best first. */
  levelShares: readonly number[];
  directDeduction: boolean;
  /** Direct deduction: the most one item takes off. */
  maxDeduction: number | null;
}

/**
 * What a unit achieved, as the rule reads it: the actual value (TARGET_RATIO), its rank of
 * `outOf` units (RANKING), the level reached, 0 = best (LEVELS), 1 done or 0 not (YES_NO); for a
 * direct-deduction item the points its findings take off.
 */
export interface Achievement {
  value: number;
  outOf: number | null;
}

/** A problem with one field of an indicator's definition, for `InputError.ofFields`. */
export interface IndicatorProblem {
  field: 'target' | 'levelShares' | 'maxDeduction';
  code: string;
  text: Label;
}

const hundredths = (value: number) => Math.round(value * 100);
const fromHundredths = (value: number) => value / 100;
const isWhole = (value: number) => Number.isInteger(value);

const problem = (field: IndicatorProblem['field'], zh: string, en: string): IndicatorProblem => ({
  field,
  code: 'ASSESSMENT_INDICATOR_RULE',
  text: { zh, en },
});

/** What is wrong with an indicator's rule: what its scoring needs is missing or impossible. */
export function indicatorProblems(indicator: IndicatorRule): IndicatorProblem[] {
  if (indicator.directDeduction) {
    return indicator.maxDeduction !== null && indicator.maxDeduction > 0
      ? []
      : [
          problem(
            'maxDeduction',
            '直接扣分项须设扣分上限（大于0）',
            'A deduction needs a maximum above 0',
          ),
        ];
  }
  switch (indicator.scoring) {
    case 'TARGET_RATIO':
      return indicator.target !== null && indicator.target > 0
        ? []
        : [problem('target', '按完成比例计分须设目标值（大于0）', 'Give a target above 0')];
    case 'LEVELS': {
      const shares = indicator.levelShares;
      if (shares.length < 2) {
        return [problem('levelShares', '分档计分至少设两档', 'Give at least two levels')];
      }
      if (shares.some((share) => !(share >= 0 && share <= 1))) {
        return [
          problem(
            'levelShares',
            '每档得分比例应在0至1之间',
            'Each level earns a share from 0 to 1',
          ),
        ];
      }
      return shares.every((share, i) => i === 0 || share <= (shares[i - 1] ?? 1))
        ? []
        : [problem('levelShares', '各档应从高到低排列', 'List the levels best first')];
    }
    case 'RANKING':
    case 'YES_NO':
      return [];
  }
}

/** Why an achievement cannot be scored by the indicator's rule; none: it can. */
export function achievementProblems(indicator: IndicatorRule, achievement: Achievement): Label[] {
  const found = achievementProblem(indicator, achievement);
  return found
    ? [{ zh: `${indicator.name}：${found.zh}`, en: `${indicator.name}: ${found.en}` }]
    : [];
}

function achievementProblem(indicator: IndicatorRule, { value, outOf }: Achievement): Label | null {
  if (!Number.isFinite(value) || value < 0) {
    return { zh: '数值不能为负数', en: 'the value cannot be negative' };
  }
  if (indicator.directDeduction) return null;
  const levels = indicator.levelShares.length;
  switch (indicator.scoring) {
    case 'TARGET_RATIO':
      return null;
    case 'RANKING':
      if (outOf === null || !isWhole(outOf) || outOf < 1) {
        return { zh: '须填写参加排名的单位数', en: 'give the number of units ranked' };
      }
      return isWhole(value) && value >= 1 && value <= outOf
        ? null
        : { zh: `名次应为1至${outOf}的整数`, en: `the rank is a whole number from 1 to ${outOf}` };
    case 'LEVELS':
      return isWhole(value) && value < levels
        ? null
        : {
            zh: `档次应为0至${levels - 1}（0为最高档）`,
            en: `the level is 0 to ${levels - 1} (0 is best)`,
          };
    case 'YES_NO':
      return value === 0 || value === 1
        ? null
        : { zh: '只能填完成（1）或未完成（0）', en: 'give 1 for done or 0 for not' };
  }
}

/**
 * The share of the weight an achievement earns, 0–1, by the indicator's rule. The rule and the
 * achievement are checked first: the fallbacks below are never reached.
 */
function earnedShare(indicator: IndicatorRule, { value, outOf }: Achievement): number {
  switch (indicator.scoring) {
    case 'TARGET_RATIO':
      return Math.min(value / (indicator.target ?? Number.NaN), 1);
    case 'RANKING':
      // First earns the full weight, last nothing; a unit ranked alone is first.
      return outOf === 1 ? 1 : ((outOf ?? Number.NaN) - value) / ((outOf ?? Number.NaN) - 1);
    case 'LEVELS':
      return indicator.levelShares[value] ?? Number.NaN;
    case 'YES_NO':
      return value;
  }
}

/**
 * The points an achievement earns (0 … weight), or for a direct-deduction item the points it
 * takes off (at most `maxDeduction`), in hundredths. Refuses an achievement the rule cannot read.
 */
export function indicatorPoints(indicator: IndicatorRule, achievement: Achievement): number {
  const problems = [
    ...indicatorProblems(indicator).map((p) => p.text),
    ...achievementProblems(indicator, achievement),
  ];
  if (problems.length > 0) throw new RangeError(problems.map((p) => p.en).join('; '));
  const points = indicator.directDeduction
    ? Math.min(achievement.value, indicator.maxDeduction ?? achievement.value)
    : indicator.weight * earnedShare(indicator, achievement);
  return fromHundredths(hundredths(points));
}

/** An indicator of a unit's set with the points recorded for the unit, null when not yet. */
export interface ScoredLine {
  weight: number;
  directDeduction: boolean;
  points: number | null;
}

/** A unit's standing on its set (all figures in points, `lossShare` in percent). */
export interface UnitResult {
  /** 责任分值: the weights of the set's weighted indicators, scored or not. */
  responsibility: number;
  earned: number;
  /** Taken off by direct-deduction items. */
  deducted: number;
  /** Earned less deducted, never below 0. */
  score: number;
  /** 失分: what the unit did not earn of its responsibility, and what was deducted. */
  loss: number;
  /** The loss as a share of the responsibility score, in percent (0 without one). */
  lossShare: number;
}

export function unitResult(lines: readonly ScoredLine[]): UnitResult {
  let responsibility = 0;
  let earned = 0;
  let deducted = 0;
  for (const line of lines) {
    const points = hundredths(line.points ?? 0);
    if (line.directDeduction) {
      deducted += points;
    } else {
      responsibility += hundredths(line.weight);
      earned += points;
    }
  }
  const loss = responsibility - earned + deducted;
  return {
    responsibility: fromHundredths(responsibility),
    earned: fromHundredths(earned),
    deducted: fromHundredths(deducted),
    score: fromHundredths(Math.max(earned - deducted, 0)),
    loss: fromHundredths(loss),
    lossShare: responsibility > 0 ? fromHundredths(Math.round((loss * 10000) / responsibility)) : 0,
  };
}

/**
 * Seed 004: 指标失分超过责任分值20% … 取消评优资格，并由组织部长进行约谈. "超过" is strictly
 * more: a loss of exactly the limit keeps the unit eligible. Compared in whole hundredths, not on
 * the rounded `lossShare`, so 20.004% is over 20%. A unit without a responsibility score has no
 * share to exceed.
 */
export function exceedsLossLimit(
  result: Pick<UnitResult, 'loss' | 'responsibility'>,
  limitPercent: number,
): boolean {
  const responsibility = hundredths(result.responsibility);
  return (
    responsibility > 0 &&
    hundredths(result.loss) * 10000 > hundredths(limitPercent) * responsibility
  );
}

type WeightedIndicator = Pick<IndicatorRule, 'name' | 'weight' | 'directDeduction'>;

/** The sum of a set's weights, direct-deduction items left out (they carry none). */
export function setWeightTotal(indicators: readonly WeightedIndicator[]): number {
  return fromHundredths(
    indicators.reduce((sum, i) => (i.directDeduction ? sum : sum + hundredths(i.weight)), 0),
  );
}

/** What is wrong with a set's weights: the weighted indicators must sum to 100%. */
export function setWeightProblems(indicators: readonly WeightedIndicator[]): Label[] {
  return weightProblems(
    indicators
      .filter((i) => !i.directDeduction)
      .map((i) => ({ label: { zh: i.name, en: i.name }, weight: i.weight })),
    { zh: '考核指标', en: 'indicators' },
  );
}
