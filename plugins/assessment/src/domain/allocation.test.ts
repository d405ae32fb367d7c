import type { AnnualGrade } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import {
  type AllocationCandidate,
  type AllocationRules,
  allocateGrades,
  capProblems,
  conclusionRefusal,
  excellentLimit,
  limitCounting,
} from './allocation.ts';

// DOMAIN §11: annual 优秀 share (civil servants) ≤ 20% normally, ≤ 25% with approval; (public
// institutions) 15% normally, ≤ 20%. DOMAIN §4: the share of 优秀 in an assessed group is capped.
// Seed 004: 对不同主体的评价意见，要赋予不同的权重系数 … 避免将评价意见简单相加 — the totals ranked
// here are the weighted ones.

describe('excellentLimit: 不超过 rounds a fraction of a place down', () => {
  it.each([
    [10, 20, 2],
    [12, 20, 2], // 2.4 → 2: the twelve-person group that does not divide evenly
    [12, 25, 3], // with approval: 3 exactly
    [14, 25, 3], // 3.5 → 3
    [15, 20, 3],
    [20, 15, 3], // public institutions
    [7, 15, 1], // 1.05 → 1
    [6, 15, 0], // 0.9 → 0: a small group may have no 优秀 at all
    [4, 20, 0],
    [5, 20, 1],
    [0, 20, 0],
  ])('%i people at %i%% give %i places', (n, cap, limit) => {
    expect(excellentLimit(n, cap)).toBe(limit);
  });

  it('says how it was counted', () => {
    expect(limitCounting(12, 20)).toEqual({
      zh: '12人×20%=2.4，按“不超过”向下取整为2',
      en: '12 × 20% = 2.4, rounded down to 2 as the rule says "not more than"',
    });
    expect(limitCounting(10, 20)).toEqual({ zh: '10人×20%=2', en: '10 × 20% = 2' });
  });
});

describe('capProblems', () => {
  const grades = (excellent: number, others: number) => [
    ...Array<'EXCELLENT'>(excellent).fill('EXCELLENT'),
    ...Array<'COMPETENT'>(others).fill('COMPETENT'),
  ];

  it.each([
    [2, 10, 20, 0], // 12 people, 2 优秀: exactly the limit
    [3, 9, 20, 1], // one over
    [3, 9, 25, 0], // the same group with approval (25%: 3)
    [4, 8, 25, 1],
    [1, 4, 20, 0],
    [1, 3, 20, 1], // 4 people: 0.8 → no place
  ])('%i 优秀 among %i others at %i%%: %i problems', (excellent, others, cap, count) => {
    expect(capProblems(grades(excellent, others), cap)).toHaveLength(count);
  });

  it('names the limit, how it was counted and how many have it', () => {
    expect(capProblems(grades(3, 9), 20)).toEqual([
      {
        zh: '优秀等次不得超过2人（12人×20%=2.4，按“不超过”向下取整为2），现有3人',
        en: 'At most 2 may be rated excellent (12 × 20% = 2.4, rounded down to 2 as the rule says "not more than"); 3 are',
      },
    ]);
  });

  it('counts the ungraded in the group', () => {
    expect(capProblems(['EXCELLENT', null, null, null, null], 20)).toEqual([]);
  });
});

describe('conclusionRefusal (等次定档: everyone graded, the cap respected)', () => {
  const graded = (grades: (AnnualGrade | null)[]) =>
    grades.map((grade, i) => ({ name: `干部${i + 1}`, grade }));

  it('names a few of those not graded', () => {
    expect(conclusionRefusal(graded(['EXCELLENT', null, 'COMPETENT', null]), 25)).toEqual({
      code: 'ASSESSMENT_GRADES_MISSING',
      zh: '尚未确定考核等次：干部2、干部4',
      en: 'Not yet graded: 干部2, 干部4',
    });
  });

  it('refuses one 优秀 over the cap, and lets the limit itself pass', () => {
    const five = graded(['EXCELLENT', 'COMPETENT', 'COMPETENT', 'COMPETENT', 'UNRATED']);
    expect(conclusionRefusal(five, 20)).toBeNull();
    expect(conclusionRefusal([...five, ...graded(['EXCELLENT'])], 20)).toMatchObject({
      code: 'ASSESSMENT_EXCELLENT_CAP_EXCEEDED',
      zh: '优秀等次不得超过1人（6人×20%=1.2，按“不超过”向下取整为1），现有2人',
    });
  });
});

const RULES: AllocationRules = {
  group: 'CIVIL_SERVANTS',
  thresholds: { excellent: 90, basic: 70, failing: 60 },
  capPercent: 20,
  weights: { dailyWeight: 30, unitResultWeight: 0 },
};

/** A participant whose evaluation and daily scores make `total` (70% / 30%). */
function person(
  id: string,
  total: number,
  extra: Partial<AllocationCandidate['parts']> = {},
  excellenceBar: AllocationCandidate['excellenceBar'] = null,
): AllocationCandidate {
  return {
    id,
    nameKey: id,
    excellenceBar,
    parts: {
      evaluation: total,
      daily: total,
      unit: null,
      deductions: 0,
      total,
      shares: { evaluation: 70, daily: 30, unit: 0 },
      missingSubjects: [],
      ...extra,
    },
  };
}

describe('allocateGrades', () => {
  // Twelve people, five of them at 90 or more: 2.4 places → 2.
  const group = [
    person('甲', 95),
    person('乙', 93),
    person('丙', 92),
    person('丁', 91),
    person('戊', 90),
    ...['己', '庚', '辛', '壬', '癸'].map((n, i) => person(n, 85 - i)),
    person('子', 65),
    person('丑', 55),
  ];
  const result = allocateGrades(group, RULES);
  const of = (id: string) => result.find((a) => a.id === id) ?? expect.unreachable(id);

  it('gives 优秀 in rank order to no more than the limit', () => {
    expect(result.map((a) => [a.id, a.rank, a.proposedGrade])).toEqual([
      ['甲', 1, 'EXCELLENT'],
      ['乙', 2, 'EXCELLENT'],
      ['丙', 3, 'COMPETENT'],
      ['丁', 4, 'COMPETENT'],
      ['戊', 5, 'COMPETENT'],
      ['己', 6, 'COMPETENT'],
      ['庚', 7, 'COMPETENT'],
      ['辛', 8, 'COMPETENT'],
      ['壬', 9, 'COMPETENT'],
      ['癸', 10, 'COMPETENT'],
      ['子', 11, 'BASIC_COMPETENT'],
      ['丑', 12, 'INCOMPETENT'],
    ]);
    expect(
      capProblems(
        result.map((a) => a.proposedGrade),
        RULES.capPercent,
      ),
    ).toEqual([]);
  });

  it('explains the total, the rank, the places and the grade', () => {
    expect(of('甲').explanation.zh).toBe(
      '总分95.00 = 测评得分95.00×70% + 平时考核95.00×30%；排名第1（共12人）；' +
        '优秀名额2个（12人×20%=2.4，按“不超过”向下取整为2）；总分达到优秀线90；占优秀名额第1个，拟定为优秀。',
    );
    expect(of('甲').explanation.en).toBe(
      'Total 95.00 = evaluation 95.00 × 70% + daily 95.00 × 30%; ranked 1 of 12; ' +
        '2 places for excellent (12 × 20% = 2.4, rounded down to 2 as the rule says "not more than"); ' +
        'the total reaches the line for excellent, 90; takes place 1 of 2 for excellent: proposed excellent.',
    );
  });

  it('says why a qualifying score is not 优秀 when the places are taken', () => {
    expect(of('丙').explanation.zh).toContain(
      '总分达到优秀线90；但2个优秀名额已由排名在前者占满，拟定为称职。',
    );
    expect(of('丙').explanation.en).toContain(
      'but the 2 places for excellent went to those ranked higher: proposed competent.',
    );
    expect(of('子').explanation.zh).toContain('总分低于70，为基本称职。');
    expect(of('丑').explanation.zh).toContain('总分低于60，为不称职。');
    expect(of('己').explanation.zh).toContain('总分在70至90之间，为称职。');
  });

  it('passes a place over a participant barred from 优秀 to the next', () => {
    const bar = { zh: '所在单位取消评优资格', en: 'the unit lost its eligibility' };
    const barred = allocateGrades(
      [
        person('甲', 95, {}, bar),
        person('乙', 93),
        person('丙', 92),
        person('丁', 80),
        person('戊', 80),
      ],
      RULES,
    );
    expect(barred.map((a) => a.proposedGrade)).toEqual([
      'COMPETENT',
      'EXCELLENT',
      'COMPETENT',
      'COMPETENT',
      'COMPETENT',
    ]);
    expect(barred[0]?.explanation.zh).toContain('但所在单位取消评优资格，不能评为优秀，拟定为称职');
  });

  it('breaks ties by the evaluation score, the daily score, the name, then the id, and says so', () => {
    const tied = allocateGrades(
      [
        person('d', 91, { evaluation: 90, daily: 93.33 }),
        person('c', 91, { evaluation: 91, daily: 91 }),
        person('b', 91, { evaluation: 90, daily: 93.34 }),
        person('a', 91, { evaluation: 90, daily: 93.34 }),
        { ...person('a', 91, { evaluation: 90, daily: 93.34 }), id: 'a0' },
      ],
      RULES,
    );
    expect(tied.map((a) => a.id)).toEqual(['c', 'a', 'a0', 'b', 'd']);
    expect(tied[0]?.explanation.zh).toContain('同分者依次按测评得分、平时考核得分、姓名拼音排序');
    expect(of('甲').explanation.zh).not.toContain('同分者');
  });

  it('orders equal names by the id', () => {
    const tied = allocateGrades(
      ['c', 'a', 'b'].map((id) => ({ ...person(id, 80), nameKey: 'lisi' })),
      RULES,
    );
    expect(tied.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('names parts without a result and deductions', () => {
    const [only] = allocateGrades(
      [
        person('甲', 84.5, {
          evaluation: 85.5,
          daily: null,
          deductions: 1,
          shares: { evaluation: 100, daily: 0, unit: 0 },
          missingSubjects: [{ zh: '专家评价', en: 'experts' }],
        }),
      ],
      RULES,
    );
    expect(only?.explanation.zh).toMatch(
      /^总分84\.50 = 测评得分85\.50×100% − 扣分1（无平时考核结果，其权重计入测评得分）（专家评价未评分，其权重按已评分主体分配）；/,
    );
  });

  it('gives no 优秀 in a group too small for a place', () => {
    const small = allocateGrades([person('甲', 99), person('乙', 98), person('丙', 97)], RULES);
    expect(small.map((a) => a.proposedGrade)).toEqual(['COMPETENT', 'COMPETENT', 'COMPETENT']);
    expect(small[0]?.explanation.zh).toContain('优秀名额0个（3人×20%=0.6，按“不超过”向下取整为0）');
  });
});
