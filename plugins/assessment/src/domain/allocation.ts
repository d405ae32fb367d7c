import type { GuardRefusal, Label } from '@cadre/core';
import type { AnnualGrade, AssessmentGroup } from '@cadre/db/client';
import { gradeFor, gradeLabel, type GradeThresholds, GROUP_GRADES, middleGrade } from './grades.ts';
import { capProblems, excellentLimit, limitCounting, twoDecimals } from './excellent-cap.ts';
import { someNames } from './score-sheet.ts';

export { capProblems, excellentLimit, limitCounting } from './excellent-cap.ts';

// 确定等次: rank the group by its weighted totals, propose each grade by the district's thresholds,
// and give 优秀 to no more than the cap allows (年度考核 优秀 share: civil servants ≤ 20%, ≤ 25% with
// approval; public institutions 15%, ≤ 20% — DOMAIN §11). Every proposal says why, in both languages.

/** Numbers as the explanation shows them: at most two decimals; scores with exactly two. */
const shown = twoDecimals;
const score = (value: number): string => value.toFixed(2);

/**
 * Why a round cannot be concluded (定档): someone without a grade (a few named), or more 优秀 than
 * the cap allows. Null when it can.
 */
export function conclusionRefusal(
  participants: readonly { name: string; grade: AnnualGrade | null }[],
  capPercent: number,
): GuardRefusal | null {
  const ungraded = participants.filter((p) => p.grade === null).map((p) => p.name);
  if (ungraded.length > 0) {
    const names = someNames(ungraded);
    return {
      code: 'ASSESSMENT_GRADES_MISSING',
      zh: `尚未确定考核等次：${names.zh}`,
      en: `Not yet graded: ${names.en}`,
    };
  }
  const [problem] = capProblems(
    participants.map((p) => p.grade),
    capPercent,
  );
  return problem ? { code: 'ASSESSMENT_EXCELLENT_CAP_EXCEEDED', ...problem } : null;
}

/** The parts of one participant's total, as the round computed them. */
export interface TotalParts {
  evaluation: number;
  daily: number | null;
  unit: number | null;
  deductions: number;
  total: number;
  /** The percent each part counted with (a missing part's weight went to the evaluation). */
  shares: { evaluation: number; daily: number; unit: number };
  /** Evaluation subjects that did not score, whose weight went to the others. */
  missingSubjects: readonly Label[];
}

export interface AllocationCandidate {
  id: string;
  /** The cadre's name in pinyin (core's `namePinyin`): the tie-break after the scores. */
  nameKey: string;
  parts: TotalParts;
  /** Why this participant cannot be 优秀 whatever the score (the unit lost 评优 eligibility). */
  excellenceBar: Label | null;
}

export interface AllocationRules {
  group: AssessmentGroup;
  thresholds: GradeThresholds;
  capPercent: number;
  /** The round's weights, to say when a part it counts had no result. */
  weights: { dailyWeight: number; unitResultWeight: number };
}

export interface Allocation {
  id: string;
  /** 1 is first; no two share a rank (ties are broken as `compareForRank` says). */
  rank: number;
  proposedGrade: AnnualGrade;
  explanation: Label;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of the ranking: the higher total first; on equal totals the higher evaluation score,
 * then the higher daily score (none counts lowest), then the name in pinyin order, then the id,
 * so equal people are always ordered alike.
 */
export function compareForRank(a: AllocationCandidate, b: AllocationCandidate): number {
  return (
    b.parts.total - a.parts.total ||
    b.parts.evaluation - a.parts.evaluation ||
    (b.parts.daily ?? -1) - (a.parts.daily ?? -1) ||
    byString(a.nameKey, b.nameKey) ||
    byString(a.id, b.id)
  );
}

const TIE_BREAK: Label = {
  zh: '同分者依次按测评得分、平时考核得分、姓名拼音排序',
  en: 'equal totals are ordered by the evaluation score, then the daily score, then the name in pinyin',
};

/** `总分88.50 = 测评得分90.00×70% + 平时考核85.00×30% − 扣分1.00` */
function totalLine(parts: TotalParts, rules: AllocationRules): Label {
  const zh = [`测评得分${score(parts.evaluation)}×${shown(parts.shares.evaluation)}%`];
  const en = [`evaluation ${score(parts.evaluation)} × ${shown(parts.shares.evaluation)}%`];
  if (parts.daily !== null && parts.shares.daily > 0) {
    zh.push(`平时考核${score(parts.daily)}×${shown(parts.shares.daily)}%`);
    en.push(`daily ${score(parts.daily)} × ${shown(parts.shares.daily)}%`);
  }
  if (parts.unit !== null && parts.shares.unit > 0) {
    zh.push(`单位实绩${score(parts.unit)}×${shown(parts.shares.unit)}%`);
    en.push(`unit results ${score(parts.unit)} × ${shown(parts.shares.unit)}%`);
  }
  const minus = parts.deductions > 0;
  const notes: Label[] = [];
  if (parts.daily === null && rules.weights.dailyWeight > 0) {
    notes.push({
      zh: '无平时考核结果，其权重计入测评得分',
      en: 'no daily assessment result: its weight went to the evaluation',
    });
  }
  if (parts.unit === null && rules.weights.unitResultWeight > 0) {
    notes.push({
      zh: '单位无指标考核结果，其权重计入测评得分',
      en: 'the unit has no indicator results: their weight went to the evaluation',
    });
  }
  if (parts.missingSubjects.length > 0) {
    notes.push({
      zh: `${parts.missingSubjects.map((s) => s.zh).join('、')}未评分，其权重按已评分主体分配`,
      en: `${parts.missingSubjects.map((s) => s.en).join(', ')} did not score: their weight went to the others`,
    });
  }
  return {
    zh:
      `总分${score(parts.total)} = ${zh.join(' + ')}${minus ? ` − 扣分${shown(parts.deductions)}` : ''}` +
      notes.map((n) => `（${n.zh}）`).join(''),
    en:
      `total ${score(parts.total)} = ${en.join(' + ')}${minus ? ` − deductions ${shown(parts.deductions)}` : ''}` +
      notes.map((n) => ` (${n.en})`).join(''),
  };
}

/** Which band of the thresholds a total falls in, named by the grade it earns. */
function thresholdLine(grade: AnnualGrade, rules: AllocationRules): Label {
  const [excellent, middle, basic] = GROUP_GRADES[rules.group];
  const t = rules.thresholds;
  const name = gradeLabel(grade);
  if (grade === excellent) {
    return {
      zh: `总分达到优秀线${shown(t.excellent)}`,
      en: `the total reaches the line for excellent, ${shown(t.excellent)}`,
    };
  }
  if (grade === middle) {
    return {
      zh: `总分在${shown(t.basic)}至${shown(t.excellent)}之间，为${name.zh}`,
      en: `the total is between ${shown(t.basic)} and ${shown(t.excellent)}: ${name.en}`,
    };
  }
  const line = grade === basic ? t.basic : t.failing;
  return {
    zh: `总分低于${shown(line)}，为${name.zh}`,
    en: `the total is below ${shown(line)}: ${name.en}`,
  };
}

const joinZh = (lines: Label[]) => lines.map((l) => l.zh).join('；') + '。';
const joinEn = (lines: Label[]) => {
  const text = lines.map((l) => l.en).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/**
 * Ranks the group and proposes each grade: the thresholds decide, except that 优秀 goes in rank
 * order to no more than `excellentLimit` participants and never to one barred from it; a
 * participant whose score qualifies but who gets no place is proposed the middle grade, and the
 * explanation says why.
 */
export function allocateGrades(
  participants: readonly AllocationCandidate[],
  rules: AllocationRules,
): Allocation[] {
  const n = participants.length;
  const limit = excellentLimit(n, rules.capPercent);
  const counting = limitCounting(n, rules.capPercent);
  const places: Label = {
    zh: `优秀名额${limit}个（${counting.zh}）`,
    en: `${limit} places for excellent (${counting.en})`,
  };
  const ranked = [...participants].sort(compareForRank);
  const totals = new Map<number, number>();
  for (const p of ranked) totals.set(p.parts.total, (totals.get(p.parts.total) ?? 0) + 1);
  let placesUsed = 0;
  return ranked.map((p, index) => {
    const rank = index + 1;
    const byScore = gradeFor(p.parts.total, rules.thresholds, rules.group);
    const lines: Label[] = [
      totalLine(p.parts, rules),
      {
        zh: `排名第${rank}（共${n}人）${(totals.get(p.parts.total) ?? 0) > 1 ? `，${TIE_BREAK.zh}` : ''}`,
        en: `ranked ${rank} of ${n}${(totals.get(p.parts.total) ?? 0) > 1 ? `; ${TIE_BREAK.en}` : ''}`,
      },
      places,
      thresholdLine(byScore, rules),
    ];
    let proposedGrade = byScore;
    if (byScore === 'EXCELLENT') {
      const middle = gradeLabel(middleGrade(rules.group));
      if (p.excellenceBar) {
        proposedGrade = middleGrade(rules.group);
        lines.push({
          zh: `但${p.excellenceBar.zh}，不能评为优秀，拟定为${middle.zh}`,
          en: `but ${p.excellenceBar.en}, so not excellent: proposed ${middle.en}`,
        });
      } else if (placesUsed < limit) {
        placesUsed += 1;
        lines.push({
          zh: `占优秀名额第${placesUsed}个，拟定为优秀`,
          en: `takes place ${placesUsed} of ${limit} for excellent: proposed excellent`,
        });
      } else {
        proposedGrade = middleGrade(rules.group);
        lines.push({
          zh: `但${limit}个优秀名额已由排名在前者占满，拟定为${middle.zh}`,
          en: `but the ${limit} places for excellent went to those ranked higher: proposed ${middle.en}`,
        });
      }
    }
    return {
      id: p.id,
      rank,
      proposedGrade,
      explanation: { zh: joinZh(lines), en: joinEn(lines) },
    };
  });
}
