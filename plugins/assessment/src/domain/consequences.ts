import type { Label } from '@cadre/core';
import type { AnnualGrade, ConsequenceKind } from '@cadre/db/client';
import { gradeLabel } from './grades.ts';
import { exceedsLossLimit, type UnitResult } from './indicators.ts';

export { CONSEQUENCE_LABELS } from './round-labels.ts';

// 考核结果运用 (DOMAIN §4, seed 004 三、(四)四): 确定为优秀等次的给予嘉奖; 连续三年优秀的记三等功
// (seed 004: 对99名连续三年考核优秀县级干部记三等功); 基本称职 → 诫勉 or adjustment; 不称职 →
// adjustment under 《推进领导干部能上能下若干规定》. Seed 004 (一、(二)三): 凡…指标失分超过责任分值20%
// …取消部门单位领导班子和主要领导评优资格，并由组织部长进行约谈.

export interface ProposedConsequence {
  kind: ConsequenceKind;
  basis: Label;
}

/** Consecutive 优秀 years that make a third-class merit. */
export const MERIT_RUN = 3;

/**
 * How many calendar years in a row, ending with `year`, were 优秀: a year missing from the
 * archive or with any other grade (不定等次 too) breaks the run.
 */
export function excellentRun(grades: ReadonlyMap<number, AnnualGrade>, year: number): number {
  let run = 0;
  while (grades.get(year - run) === 'EXCELLENT') run += 1;
  return run;
}

/** `2023—2025` */
const span = (first: number, last: number) => ({ zh: `${first}—${last}`, en: `${first}–${last}` });

/**
 * What a grade of `year` calls for, given the cadre's grades of earlier years as the archive
 * holds them (this year's is `grade`, whatever the archive says). 优秀 → 嘉奖; the third 优秀 in a
 * row → 记三等功 instead (同一事由不重复奖励: the merit rewards that year's 优秀 too), and each
 * year counts towards one merit only, so the fourth year in a row is a 嘉奖 again and the sixth a
 * merit. 基本称职/基本合格 → 诫勉 or adjustment; 不称职/不合格 → adjustment.
 */
export function consequencesOf(
  grade: AnnualGrade,
  previous: readonly { year: number; grade: AnnualGrade }[],
  year: number,
): ProposedConsequence[] {
  const name = gradeLabel(grade);
  const rated = {
    zh: `${year}年度考核为${name.zh}`,
    en: `Rated ${name.en} for ${year}`,
  };
  switch (grade) {
    case 'EXCELLENT': {
      const grades = new Map(previous.map((g) => [g.year, g.grade]));
      grades.set(year, grade);
      const run = excellentRun(grades, year);
      if (run % MERIT_RUN !== 0) return [{ kind: 'COMMENDATION', basis: rated }];
      const years = span(year - MERIT_RUN + 1, year);
      return [
        {
          kind: 'MERIT_THIRD_CLASS',
          basis: {
            zh: `${years.zh}年度连续三年考核为优秀`,
            en: `Rated excellent three years running, ${years.en}`,
          },
        },
      ];
    }
    case 'BASIC_COMPETENT':
    case 'BASIC_QUALIFIED':
      return [{ kind: 'ADMONISH_OR_ADJUST', basis: rated }];
    case 'INCOMPETENT':
    case 'UNQUALIFIED':
      return [{ kind: 'ADJUSTMENT', basis: rated }];
    default:
      return [];
  }
}

/** `指标失分23.5分，占责任分值100分的23.5%，超过20%`; null when the loss is within the limit. */
export function lossOverLimit(
  result: Pick<UnitResult, 'loss' | 'responsibility' | 'lossShare'>,
  limitPercent: number,
): Label | null {
  if (!exceedsLossLimit(result, limitPercent)) return null;
  const { loss, responsibility, lossShare } = result;
  return {
    zh: `指标失分${loss}分，占责任分值${responsibility}分的${lossShare}%，超过${limitPercent}%`,
    en: `the unit lost ${loss} of its ${responsibility} responsibility points (${lossShare}%), over ${limitPercent}%`,
  };
}

/**
 * What a unit's indicator loss calls for: above the limit, the unit's team loses 评优 eligibility
 * and its principal leader gets a talk (组织部长约谈); within it (exactly the limit too), nothing.
 */
export function unitConsequencesOf(
  unitName: string,
  result: Pick<UnitResult, 'loss' | 'responsibility' | 'lossShare'>,
  limitPercent: number,
): ProposedConsequence[] {
  const over = lossOverLimit(result, limitPercent);
  if (!over) return [];
  const basis = { zh: `${unitName}${over.zh}`, en: `${unitName}: ${over.en}` };
  return [
    { kind: 'EXCELLENCE_INELIGIBLE', basis },
    { kind: 'LEADER_TALK', basis },
  ];
}
