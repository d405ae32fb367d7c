import type { Label } from '@cadre/core';

// Weights in percent, compared in hundredths so 33.33 + 33.33 + 33.34 is exactly 100 (seed 004:
// 赋予不同的权重系数 — a set whose weights do not sum to 100 would silently rescale every score).

export interface Weighted {
  label: Label;
  weight: number;
}

const hundredths = (weight: number) => Math.round(weight * 100);

/**
 * What is wrong with a set of weights: each must be above 0 with at most two decimals, and
 * together they must be exactly 100%. `what` names the set (指标, 评价主体 …) in the messages.
 */
export function weightProblems(weights: readonly Weighted[], what: Label): Label[] {
  const problems: Label[] = [];
  for (const { label, weight } of weights) {
    if (!(weight > 0)) {
      problems.push({
        zh: `${label.zh}的权重应大于0`,
        en: `The weight of ${label.en} must be above 0`,
      });
    } else if (Math.abs(weight * 100 - hundredths(weight)) > 1e-6) {
      problems.push({
        zh: `${label.zh}的权重最多保留两位小数`,
        en: `The weight of ${label.en} has more than two decimals`,
      });
    }
  }
  if (weights.length === 0) {
    problems.push({ zh: `尚未设置${what.zh}`, en: `No ${what.en} are set` });
    return problems;
  }
  const total = weights.reduce((sum, w) => sum + hundredths(w.weight), 0);
  if (total !== 10000) {
    const shown = (total / 100).toFixed(2).replace(/\.?0+$/, '');
    problems.push({
      zh: `${what.zh}的权重合计应为100%，现为${shown}%`,
      en: `The weights of the ${what.en} must sum to 100%, not ${shown}%`,
    });
  }
  return problems;
}
