import { describe, expect, it } from 'vitest';
import { gradeDistribution, gradesGiven, resultYears } from './results.ts';

// DOMAIN §4: Grades: 优秀 / 称职 / 基本称职 / 不称职 (leaders); 优秀 / 合格 / 基本合格 / 不合格 for
// others where a district uses them. "Units see their own results." Seed 004 三、(四)一: 考核结果要
// 及时反馈 … 并在一定范围公开; 一、(四): 周记实、月自查、季考评.

describe('gradeDistribution', () => {
  it('counts each unit’s grades best first, the two scales side by side', () => {
    expect(
      gradeDistribution([
        { unitId: 'u1', grade: 'COMPETENT', count: 8 },
        { unitId: 'u1', grade: 'EXCELLENT', count: 2 },
        { unitId: 'u1', grade: 'QUALIFIED', count: 3 },
        { unitId: 'u1', grade: 'BASIC_COMPETENT', count: 1 },
        { unitId: 'u1', grade: 'UNRATED', count: 1 },
      ]),
    ).toEqual([
      {
        unitId: 'u1',
        total: 15,
        counts: [
          { grade: 'EXCELLENT', count: 2 },
          { grade: 'COMPETENT', count: 8 },
          { grade: 'QUALIFIED', count: 3 },
          { grade: 'BASIC_COMPETENT', count: 1 },
          { grade: 'UNRATED', count: 1 },
        ],
      },
    ]);
  });

  it('adds up a grade counted in several rounds of the year (leaders and civil servants)', () => {
    const [unit] = gradeDistribution([
      { unitId: 'u1', grade: 'EXCELLENT', count: 1 },
      { unitId: 'u1', grade: 'EXCELLENT', count: 2 },
    ]);
    expect(unit?.counts).toEqual([{ grade: 'EXCELLENT', count: 3 }]);
  });

  it.each([
    [
      [
        ['a', 2],
        ['b', 5],
        ['c', 5],
      ],
      ['b', 'c', 'a'],
    ],
    [[], []],
  ] as const)('orders the units by cadres graded, then by id: %j → %j', (units, order) => {
    const rows = units.map(([unitId, count]) => ({ unitId, grade: 'COMPETENT' as const, count }));
    expect(gradeDistribution(rows).map((u) => u.unitId)).toEqual(order);
  });
});

describe('gradesGiven', () => {
  it('names the grades any unit got, in the order of the scale', () => {
    const units = gradeDistribution([
      { unitId: 'u1', grade: 'COMPETENT', count: 4 },
      { unitId: 'u2', grade: 'UNQUALIFIED', count: 1 },
      { unitId: 'u2', grade: 'EXCELLENT', count: 1 },
    ]);
    expect(gradesGiven(units)).toEqual(['EXCELLENT', 'COMPETENT', 'UNQUALIFIED']);
  });
});

describe('resultYears', () => {
  const round = (year: number, title: string) => ({ year, title });
  const quarter = (year: number, q: number) => ({ year, quarter: q });

  it('lists the latest year first, with its rounds and its quarters in order', () => {
    const years = resultYears(
      [round(2024, '2024年度考核'), round(2025, '2025年度考核'), round(2025, '专项考核')],
      [quarter(2026, 2), quarter(2026, 1), quarter(2025, 4)],
    );
    expect(years).toEqual([
      { year: 2026, results: [], quarters: [quarter(2026, 1), quarter(2026, 2)] },
      {
        year: 2025,
        results: [round(2025, '2025年度考核'), round(2025, '专项考核')],
        quarters: [quarter(2025, 4)],
      },
      { year: 2024, results: [round(2024, '2024年度考核')], quarters: [] },
    ]);
  });

  it('has no year without a round or an evaluation', () => {
    expect(resultYears([], [])).toEqual([]);
  });
});
