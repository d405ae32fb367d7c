import { termEnd, type Label } from '@cadre/core';
import {
  RECOMMENDER_CATEGORIES,
  RECOMMENDER_CATEGORY_LABELS,
  type RecommenderCategory,
} from './recommender-categories.ts';

// 民主推荐: recommenders vote by category; the tally shows each candidate's votes per category and
// overall. Seed 001: 得票不是相对集中的一律不提 — how concentrated is "relatively concentrated" the
// regulation leaves to local rules, hence the configurable threshold.

export {
  RECOMMENDER_CATEGORIES,
  RECOMMENDER_CATEGORY_LABELS,
  type RecommenderCategory,
} from './recommender-categories.ts';

export interface RecommendationInput {
  /** Ballots cast per category: how many recommenders of the category took part. */
  ballots: readonly { category: string; participants: number }[];
  /** `name`: the candidate as messages name them (the cadre's name). */
  votes: readonly { candidateId: string; name?: string; category: string; votes: number }[];
}

export interface CandidateTally {
  candidateId: string;
  votesByCategory: Partial<Record<RecommenderCategory, number>>;
  total: number;
  /** Votes over all ballots cast (each recommender casts one ballot); 0 when none were cast. */
  share: number;
  /** Competition rank by total: ties share a rank and the next one skips (1, 1, 3). */
  rank: number;
  concentrated: boolean;
}

export interface RecommendationTally {
  participants: number;
  candidates: CandidateTally[];
  /** Figures that cannot be right; a tally with problems must not be used. */
  problems: Label[];
}

const isCategory = (value: string): value is RecommenderCategory =>
  (RECOMMENDER_CATEGORIES as readonly string[]).includes(value);

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

const UNNAMED: Label = { zh: '人选', en: 'a candidate' };

/** The category as users read it; an unknown code as given. */
function categoryName(category: string): Label {
  return isCategory(category)
    ? RECOMMENDER_CATEGORY_LABELS[category]
    : { zh: category, en: category };
}

function tallyProblems({ ballots, votes }: RecommendationInput): Label[] {
  const problems: Label[] = [];
  const participants = new Map<string, number>();
  for (const { category, participants: n } of ballots) {
    const c = categoryName(category);
    if (!isCategory(category)) {
      problems.push({
        zh: `未知的推荐人类别：${c.zh}`,
        en: `Unknown recommender category: ${c.en}`,
      });
    }
    if (participants.has(category)) {
      problems.push({
        zh: `推荐人类别重复：${c.zh}`,
        en: `Recommender category given twice: ${c.en}`,
      });
    }
    if (!isCount(n)) {
      problems.push({
        zh: `${c.zh}参加推荐人数应为非负整数`,
        en: `Participants (${c.en}) must be a whole number ≥ 0`,
      });
    }
    participants.set(category, n);
  }
  const seen = new Set<string>();
  for (const { candidateId, name, category, votes: n } of votes) {
    const c = categoryName(category);
    const key = JSON.stringify([candidateId, category]);
    // By name, never by row id; a round read back has none, but none is stored with problems.
    const who: Label = name ? { zh: name, en: name } : UNNAMED;
    if (seen.has(key)) {
      problems.push({
        zh: `${who.zh}在“${c.zh}”中的得票重复填报`,
        en: `Votes of ${who.en} (${c.en}) given twice`,
      });
    }
    seen.add(key);
    const cast = participants.get(category);
    if (!isCount(n)) {
      problems.push({
        zh: `${who.zh}在“${c.zh}”中的得票应为非负整数`,
        en: `Votes of ${who.en} (${c.en}) must be a whole number ≥ 0`,
      });
    } else if (cast === undefined) {
      problems.push({
        zh: `${who.zh}在“${c.zh}”中有得票，但该类别没有参加推荐人数`,
        en: `Votes of ${who.en} (${c.en}) in a category without ballots`,
      });
    } else if (n > cast) {
      problems.push({
        zh: `${who.zh}在“${c.zh}”中得${n}票，超过参加推荐人数${cast}`,
        en: `${who.en} has ${n} votes (${c.en}), more than the ${cast} participants`,
      });
    }
  }
  if (!(ballots.reduce((sum, b) => sum + b.participants, 0) > 0)) {
    problems.push({ zh: '没有参加推荐的人员', en: 'No ballots were cast' });
  }
  return problems;
}

/** Tallies a recommendation; `threshold` is the share of ballots that counts as concentrated. */
export function tallyRecommendations(
  input: RecommendationInput,
  threshold: number,
): RecommendationTally {
  const participants = input.ballots.reduce((sum, b) => sum + b.participants, 0);
  const byCandidate = new Map<string, CandidateTally>();
  for (const { candidateId, category, votes } of input.votes) {
    const line = byCandidate.get(candidateId) ?? {
      candidateId,
      votesByCategory: {},
      total: 0,
      share: 0,
      rank: 0,
      concentrated: false,
    };
    if (isCategory(category)) {
      line.votesByCategory[category] = (line.votesByCategory[category] ?? 0) + votes;
    }
    line.total += votes;
    byCandidate.set(candidateId, line);
  }
  const candidates = [...byCandidate.values()].sort(
    (a, b) => b.total - a.total || a.candidateId.localeCompare(b.candidateId),
  );
  for (const [index, line] of candidates.entries()) {
    const previous = candidates[index - 1];
    line.rank = previous && previous.total === line.total ? previous.rank : index + 1;
    // A quotient, not `total >= threshold * participants`: 3/30 is exactly the double 0.1, while
    // 0.1 * 30 is 3.0000000000000004.
    line.share = participants > 0 ? line.total / participants : 0;
    line.concentrated = participants > 0 && line.share >= threshold;
  }
  return { participants, candidates, problems: tallyProblems(input) };
}

/** 民主推荐结果一年内有效: the last day a recommendation held on `heldOn` may be used. */
export function recommendationExpiry(heldOn: Date): Date {
  return termEnd(heldOn, 1);
}

export function isRecommendationValid(heldOn: Date, asOf: Date): boolean {
  return heldOn <= asOf && asOf <= recommendationExpiry(heldOn);
}

/** 条例（考察）counts annual grades over 近三年. */
export const RECENT_GRADE_YEARS = 3;

/**
 * The annual grades the three combinations (三个结合) set beside the votes: those of the three
 * years before the year of the motion (动议), as `grades` orders them. A year's grade is given
 * after the year ends, so the motion's own year has none yet; a year without one is left out.
 */
export function recentAnnualGrades<Grade extends { year: number }>(
  grades: readonly Grade[],
  motionOn: Date,
): Grade[] {
  const motionYear = motionOn.getUTCFullYear();
  return grades.filter((g) => g.year >= motionYear - RECENT_GRADE_YEARS && g.year < motionYear);
}
