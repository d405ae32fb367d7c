import { describe, expect, it } from 'vitest';
import {
  ballotOutcome,
  ballotProblems,
  hasQuorum,
  mayReconsider,
  passes,
  type BallotCount,
} from './quorum.ts';

describe('quorum (讨论决定)', () => {
  // 条例: 讨论决定干部任免事项，必须有三分之二以上成员到会.
  // Seed 001: 坚持有三分之二以上成员到会，才讨论决定干部任免.
  it.each([
    [9, 6, true], // exactly two thirds
    [9, 5, false],
    [11, 8, true], // 2/3 of 11 is 7.33: 8 needed
    [11, 7, false],
    [13, 9, true],
    [13, 8, false],
    [3, 2, true],
    [1, 1, true],
    [0, 0, false], // no members, no meeting
  ])('%i members, %i present → quorum %s', (shouldAttend, present, expected) => {
    expect(hasQuorum({ shouldAttend, present })).toBe(expected);
  });
});

describe('passing (应到会成员过半数)', () => {
  // 条例: 以应到会成员超过半数同意形成决定.
  // Seed 001: 坚持无记名投票表决制度，以應到會成員過半數同意形成決定.
  it.each([
    [11, 6, true],
    [11, 5, false],
    [10, 6, true],
    [10, 5, false], // exactly half is not more than half
    [9, 5, true],
    [1, 1, true],
    [0, 0, false],
  ])('%i who should attend, %i in favour → %s', (shouldAttend, inFavour, expected) => {
    expect(passes({ shouldAttend, inFavour })).toBe(expected);
  });

  it('counts the members who should attend, not those present', () => {
    // 11 members, 8 present, 5 in favour: a majority of those present, not of the 11.
    const count: BallotCount = {
      shouldAttend: 11,
      present: 8,
      votes: { inFavour: 5, against: 2, abstain: 1 },
    };
    expect(ballotProblems(count)).toEqual([]);
    expect(ballotOutcome(count)).toBe('REJECTED');
    expect(ballotOutcome({ ...count, votes: { inFavour: 6, against: 1, abstain: 1 } })).toBe(
      'PASSED',
    );
    expect(ballotOutcome({ ...count, present: 7 })).toBe('NO_QUORUM');
  });
});

describe('reconsideration (复议)', () => {
  // DOMAIN §11: reconsideration only if more than half of the members agree to it first.
  it.each([
    [11, 6, true],
    [11, 5, false],
    [12, 6, false],
    [12, 7, true],
  ])('%i members, %i agreeing → %s', (shouldAttend, agreeing, expected) => {
    expect(mayReconsider({ shouldAttend, agreeing })).toBe(expected);
  });
});

describe('ballotProblems', () => {
  const ok: BallotCount = {
    shouldAttend: 9,
    present: 7,
    votes: { inFavour: 5, against: 1, abstain: 1 },
  };
  const votes = (v: Partial<BallotCount['votes']>) => ({ ...ok, votes: { ...ok.votes, ...v } });

  it.each<[string, BallotCount, string[]]>([
    ['a consistent count', ok, []],
    ['fewer ballots than present (a member did not vote)', votes({ abstain: 0 }), []],
    [
      'more present than should attend',
      { ...ok, present: 10 },
      ['实到会成员数不能超过应到会成员数'],
    ],
    [
      'more votes than members present',
      votes({ against: 2 }),
      ['同意、不同意、弃权票数之和不能超过实到会成员数'],
    ],
    ['a negative count', votes({ against: -1 }), ['不同意票数应为非负整数']],
    ['a fraction', votes({ inFavour: 4.5 }), ['同意票数应为非负整数']],
    [
      'no members',
      { shouldAttend: 0, present: 0, votes: { inFavour: 0, against: 0, abstain: 0 } },
      ['应到会成员数应为正整数'],
    ],
  ])('%s', (_, count, expected) => {
    const problems = ballotProblems(count);
    expect(problems.map((p) => p.zh)).toEqual(expected);
    for (const p of problems) expect(p.en).not.toBe('');
  });
});
