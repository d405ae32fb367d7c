import type { Label } from '@cadre/core';

// 讨论决定 (条例 第六章), fixed by regulation: 必须有三分之二以上成员到会; 以应到会成员超过半数
// 同意形成决定. Whole numbers only: "two thirds" and "half" are compared by cross-multiplying,
// so 2/3 of 9 members is exactly 6 with no rounding to argue about.

/** 三分之二以上成员到会: at least two thirds of the members who should attend are present. */
export function hasQuorum({ shouldAttend, present }: { shouldAttend: number; present: number }) {
  return shouldAttend > 0 && 3 * present >= 2 * shouldAttend;
}

/**
 * 应到会成员超过半数同意: more than half of the members who *should* attend vote in favour, so
 * absent members count as not in favour.
 */
export function passes({ shouldAttend, inFavour }: { shouldAttend: number; inFavour: number }) {
  return shouldAttend > 0 && 2 * inFavour > shouldAttend;
}

/**
 * 复议: a decided appointment is reconsidered only when more than half of the members (those who
 * should attend, as for the decision itself) first agree to reconsider it.
 */
export function mayReconsider({
  shouldAttend,
  agreeing,
}: {
  shouldAttend: number;
  agreeing: number;
}) {
  return passes({ shouldAttend, inFavour: agreeing });
}

export interface BallotCount {
  shouldAttend: number;
  present: number;
  votes: { inFavour: number; against: number; abstain: number };
}

const wholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min;

/** Figures that cannot describe a real meeting; empty when the count is consistent. */
export function ballotProblems({ shouldAttend, present, votes }: BallotCount): Label[] {
  const problems: Label[] = [];
  if (!wholeAtLeast(shouldAttend, 1)) {
    problems.push({
      zh: '应到会成员数应为正整数',
      en: 'Members who should attend must be a positive whole number',
    });
  }
  const counts: [number, Label][] = [
    [present, { zh: '实到会成员数', en: 'Members present' }],
    [votes.inFavour, { zh: '同意票数', en: 'Votes in favour' }],
    [votes.against, { zh: '不同意票数', en: 'Votes against' }],
    [votes.abstain, { zh: '弃权（缓议）票数', en: 'Abstentions' }],
  ];
  for (const [value, name] of counts) {
    if (!wholeAtLeast(value, 0)) {
      problems.push({ zh: `${name.zh}应为非负整数`, en: `${name.en} must be a whole number ≥ 0` });
    }
  }
  if (present > shouldAttend) {
    problems.push({
      zh: '实到会成员数不能超过应到会成员数',
      en: 'More members present than should attend',
    });
  }
  if (votes.inFavour + votes.against + votes.abstain > present) {
    problems.push({
      zh: '同意、不同意、弃权票数之和不能超过实到会成员数',
      en: 'Votes in favour, against and abstaining add up to more than the members present',
    });
  }
  return problems;
}

export type BallotOutcome = 'NO_QUORUM' | 'PASSED' | 'REJECTED';

/** The outcome of a consistent count (see `ballotProblems`). */
export function ballotOutcome({ shouldAttend, present, votes }: BallotCount): BallotOutcome {
  if (!hasQuorum({ shouldAttend, present })) return 'NO_QUORUM';
  return passes({ shouldAttend, inFavour: votes.inFavour }) ? 'PASSED' : 'REJECTED';
}
