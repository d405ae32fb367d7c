import { formatDate, parseDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import {
  isRecommendationValid,
  recentAnnualGrades,
  recommendationExpiry,
  tallyRecommendations,
  type RecommendationInput,
} from './recommendation.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);

// Seed 001: 由机关干部职工、所属企事业单位负责人、村居负责人及部分党代表、人大代表、政协委员共同参加.
const ballots = [
  { category: 'LEADERS', participants: 8 },
  { category: 'MIDDLE_CADRES', participants: 20 },
  { category: 'STAFF', participants: 60 },
  { category: 'DELEGATES', participants: 12 },
];

describe('tallyRecommendations (民主推荐)', () => {
  const input: RecommendationInput = {
    ballots,
    votes: [
      { candidateId: 'A', category: 'LEADERS', votes: 7 },
      { candidateId: 'A', category: 'MIDDLE_CADRES', votes: 15 },
      { candidateId: 'A', category: 'STAFF', votes: 30 },
      { candidateId: 'B', category: 'STAFF', votes: 40 },
      { candidateId: 'C', category: 'LEADERS', votes: 1 },
      { candidateId: 'C', category: 'DELEGATES', votes: 9 },
      { candidateId: 'D', category: 'STAFF', votes: 10 },
    ],
  };

  it('adds votes by category and overall, over all ballots cast', () => {
    const tally = tallyRecommendations(input, 0.5);
    expect(tally.problems).toEqual([]);
    expect(tally.participants).toBe(100);
    expect(tally.candidates.map((c) => [c.candidateId, c.total, c.share])).toEqual([
      ['A', 52, 0.52],
      ['B', 40, 0.4],
      ['C', 10, 0.1],
      ['D', 10, 0.1],
    ]);
    expect(tally.candidates[0]?.votesByCategory).toEqual({
      LEADERS: 7,
      MIDDLE_CADRES: 15,
      STAFF: 30,
    });
  });

  it('ranks ties alike and skips the next rank (1, 2, 3, 3)', () => {
    const ranks = tallyRecommendations(input, 0.5).candidates.map((c) => c.rank);
    expect(ranks).toEqual([1, 2, 3, 3]);
    const tied = tallyRecommendations(
      { ballots, votes: [...input.votes, { candidateId: 'E', category: 'STAFF', votes: 52 }] },
      0.5,
    );
    expect(tied.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['A', 1],
      ['E', 1],
      ['B', 3],
      ['C', 4],
      ['D', 4],
    ]);
  });

  // Seed 001: 民主推荐得票不是相对集中的一律不提; the share is the district's (default 0.5).
  it.each([
    [0.5, ['A']],
    [0.52, ['A']], // exactly at the threshold counts
    [0.53, []],
    [0.4, ['A', 'B']],
    [0.1, ['A', 'B', 'C', 'D']], // 10/100 is exactly 0.1, no float drift
    [1, []],
  ])('threshold %f: concentrated %j', (threshold, expected) => {
    const concentrated = tallyRecommendations(input, threshold)
      .candidates.filter((c) => c.concentrated)
      .map((c) => c.candidateId);
    expect(concentrated).toEqual(expected);
  });

  it('is exact at thresholds that are not binary fractions', () => {
    // 3 of 30 ballots against a threshold of 0.1: 0.1 * 30 would be 3.0000000000000004.
    const tally = tallyRecommendations(
      {
        ballots: [{ category: 'STAFF', participants: 30 }],
        votes: [{ candidateId: 'A', category: 'STAFF', votes: 3 }],
      },
      0.1,
    );
    expect(tally.candidates[0]?.concentrated).toBe(true);
  });

  it.each<[string, RecommendationInput, string[]]>([
    [
      'more votes than participants of the category',
      { ballots, votes: [{ candidateId: 'A', name: '张三', category: 'LEADERS', votes: 9 }] },
      ['张三在“领导班子成员”中得9票，超过参加推荐人数8'],
    ],
    [
      'an unknown category',
      {
        ballots: [...ballots, { category: 'ALIENS', participants: 3 }],
        votes: [{ candidateId: 'A', name: '张三', category: 'ALIENS', votes: 1 }],
      },
      ['未知的推荐人类别：ALIENS'],
    ],
    [
      'votes in a category without ballots',
      { ballots, votes: [{ candidateId: 'A', name: '张三', category: 'OTHERS', votes: 1 }] },
      ['张三在“其他人员”中有得票，但该类别没有参加推荐人数'],
    ],
    [
      'negative votes',
      { ballots, votes: [{ candidateId: 'A', name: '张三', category: 'STAFF', votes: -2 }] },
      ['张三在“其他干部职工”中的得票应为非负整数'],
    ],
    [
      'a category given twice',
      { ballots: [...ballots, { category: 'STAFF', participants: 5 }], votes: [] },
      ['推荐人类别重复：其他干部职工'],
    ],
    [
      'the same votes given twice',
      {
        ballots,
        votes: [
          { candidateId: 'A', name: '张三', category: 'STAFF', votes: 2 },
          { candidateId: 'A', name: '张三', category: 'STAFF', votes: 2 },
        ],
      },
      ['张三在“其他干部职工”中的得票重复填报'],
    ],
    [
      'votes of a candidate without a name, never by row id',
      { ballots, votes: [{ candidateId: 'c0ffee', category: 'STAFF', votes: -1 }] },
      ['人选在“其他干部职工”中的得票应为非负整数'],
    ],
    [
      'no ballots at all',
      { ballots: [{ category: 'STAFF', participants: 0 }], votes: [] },
      ['没有参加推荐的人员'],
    ],
  ])('reports %s', (_, bad, expected) => {
    const tally = tallyRecommendations(bad, 0.5);
    expect(tally.problems.map((p) => p.zh)).toEqual(expected);
    for (const p of tally.problems) expect(p.en).not.toBe('');
  });

  it('never calls anyone concentrated when no ballots were cast', () => {
    const tally = tallyRecommendations(
      { ballots: [], votes: [{ candidateId: 'A', category: 'STAFF', votes: 0 }] },
      0.5,
    );
    expect(tally.candidates[0]).toMatchObject({ share: 0, concentrated: false, rank: 1 });
  });
});

describe('validity of a recommendation (一年内有效)', () => {
  // 条例（民主推荐）: 民主推荐结果在一年内有效.
  it.each([
    ['2025-03-01', '2026-02-28'],
    ['2024-02-29', '2025-02-28'], // a leap day: the year ends on 28 February
    ['2025-12-31', '2026-12-30'],
  ])('held on %s, usable until %s', (heldOn, expiry) => {
    expect(formatDate(recommendationExpiry(d(heldOn)))).toBe(expiry);
  });

  it.each([
    ['2025-03-01', '2025-03-01', true],
    ['2025-03-01', '2026-02-28', true],
    ['2025-03-01', '2026-03-01', false],
    ['2025-03-01', '2025-02-28', false], // before it was held
  ])('held on %s, used on %s → %s', (heldOn, asOf, expected) => {
    expect(isRecommendationValid(d(heldOn), d(asOf))).toBe(expected);
  });
});

describe('recent annual grades beside the votes (三个结合)', () => {
  // Seed 002: 将民主推荐结果与阶段工作完成情况及干部年度考核的测评结果相结合; 条例（考察）counts
  // the grades of 近三年.
  const grades = [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, grade: 'EXCELLENT' }));

  it.each([
    ['2026-03-10', [2023, 2024, 2025]],
    ['2026-01-01', [2023, 2024, 2025]],
    ['2025-12-31', [2022, 2023, 2024]], // the year's own grade is not given before it ends
    ['2022-06-01', [2021]],
    ['2021-06-01', []],
  ])('a motion on %s shows the grades of %j', (motionOn, years) => {
    expect(recentAnnualGrades(grades, d(motionOn)).map((g) => g.year)).toEqual(years);
  });

  it('leaves out a year without a grade', () => {
    const gap = grades.filter((g) => g.year !== 2024);
    expect(recentAnnualGrades(gap, d('2026-03-10')).map((g) => g.year)).toEqual([2023, 2025]);
  });
});
