// Weighted totals of an assessment round (多元评价主体, seed 004): 对不同主体的评价意见，要赋予不同的
// 权重系数 … 避免将评价意见简单相加. Every score here is weighted, never a plain sum or mean. Weights
// are percents; each score is 0–100, so each result is on the same 0–100 scale.

/** Rounds to hundredths, as totals are shown and ranked. */
export const toHundredths = (value: number): number => Math.round(value * 100) / 100;

/**
 * One subject's score of one participant: Σ item score × item weight / 100 (德、能、勤、绩、廉).
 * Null unless every item is scored — a half-scored sheet is not a score.
 */
export function subjectScore(
  items: readonly { id: string; weight: number }[],
  scores: ReadonlyMap<string, number>,
): number | null {
  if (items.length === 0) return null;
  let sum = 0;
  for (const item of items) {
    const score = scores.get(item.id);
    if (score === undefined) return null;
    sum += (score * item.weight) / 100;
  }
  return sum;
}

export interface EvaluationScore {
  /** Null when no subject scored. */
  score: number | null;
  /** The weight (percent) of the subjects that scored: what the score was renormalised over. */
  weightUsed: number;
  /** The kinds of the subjects that did not score, so the explanation can say so. */
  missing: string[];
}

/**
 * The evaluation score (测评得分) of one participant: the subjects' scores weighted by their
 * coefficients, renormalised over the subjects that scored. A subject that did not score is left
 * out and named in `missing`, never counted as 0: a missing expert panel must not sink everyone.
 */
export function evaluationScore(
  subjects: readonly { kind: string; weight: number; score: number | null }[],
): EvaluationScore {
  let weighted = 0;
  let weightUsed = 0;
  const missing: string[] = [];
  for (const subject of subjects) {
    if (subject.score === null) {
      missing.push(subject.kind);
      continue;
    }
    weighted += subject.score * subject.weight;
    weightUsed += subject.weight;
  }
  return { score: weightUsed > 0 ? weighted / weightUsed : null, weightUsed, missing };
}

export interface ParticipantTotal {
  /** 0–100 less the deductions, in hundredths, never below 0. */
  total: number;
  /** The percent each part counted with: a missing part's weight went to the evaluation. */
  shares: { evaluation: number; daily: number; unit: number };
}

/**
 * A participant's total: the evaluation score, the daily assessment (平时考核, quarterly average)
 * and, for leaders, the unit's results (单位实绩), each with its weight, less the direct deductions
 * (平时考核直接扣分). A part without a result (no quarterly evaluation yet, a unit without
 * indicators) gives its weight back to the evaluation rather than counting as 0.
 */
export function participantTotal(
  parts: { evaluation: number; daily: number | null; unit: number | null; deductions: number },
  weights: { dailyWeight: number; unitResultWeight: number },
): ParticipantTotal {
  const daily = parts.daily === null ? 0 : weights.dailyWeight;
  const unit = parts.unit === null ? 0 : weights.unitResultWeight;
  const evaluation = 100 - daily - unit;
  const total =
    (parts.evaluation * evaluation + (parts.daily ?? 0) * daily + (parts.unit ?? 0) * unit) / 100 -
    parts.deductions;
  return { total: Math.max(0, toHundredths(total)), shares: { evaluation, daily, unit } };
}
