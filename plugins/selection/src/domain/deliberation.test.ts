import { describe, expect, it } from 'vitest';
import { deliberationBlockers, type DeliberationState } from './deliberation.ts';

const agree = { agrees: true, resolved: false };
const dissent = { agrees: false, resolved: false };
const settled = { agrees: false, resolved: true };

describe('deliberation (酝酿)', () => {
  // Seed 001: 对酝酿过程中意见有分歧的，暂不提交讨论.
  // Seed 002: 坚决做到不符合政策、程序规定的不上会，有情况反映，未审查核实的不上会.
  it.each<[string, DeliberationState, string[]]>([
    ['everyone agrees, nothing reported', { opinions: [agree, agree], reports: [] }, []],
    ['a dissent since resolved', { opinions: [agree, settled], reports: [{ verified: true }] }, []],
    [
      'an unresolved dissent',
      { opinions: [agree, dissent, dissent], reports: [] },
      ['有2条不同意见尚未统一，意见有分歧的暂不提交讨论'],
    ],
    [
      'an unverified report',
      { opinions: [agree], reports: [{ verified: true }, { verified: false }] },
      ['有1件情况反映尚未审查核实，有情况反映未审查核实的不上会'],
    ],
    [
      'both',
      { opinions: [dissent], reports: [{ verified: false }] },
      [
        '有1条不同意见尚未统一，意见有分歧的暂不提交讨论',
        '有1件情况反映尚未审查核实，有情况反映未审查核实的不上会',
      ],
    ],
    [
      'no opinions gathered at all',
      { opinions: [], reports: [] },
      ['尚未听取任何酝酿意见，未经酝酿的不上会'],
    ],
  ])('%s', (_, state, expected) => {
    const blockers = deliberationBlockers(state);
    expect(blockers.map((b) => b.zh)).toEqual(expected);
    for (const b of blockers) expect(b.en).toMatch(/not put to the meeting/);
  });
});
