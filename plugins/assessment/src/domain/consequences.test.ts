import type { AnnualGrade } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import { consequencesOf, excellentRun, unitConsequencesOf } from './consequences.ts';

// DOMAIN §4: Consequences the system tracks: 优秀 → commendation (嘉奖); three consecutive 优秀 →
// third-class merit (记三等功, seed 004: 99 cadres); 基本称职 → admonishment or adjustment; 不称职 →
// adjustment under the "up and down" rules (能上能下).
// Seed 004: 2013年以来…对99名连续三年考核优秀县级干部记三等功并予以奖励.

const history = (entries: Record<number, AnnualGrade>) =>
  Object.entries(entries).map(([year, grade]) => ({ year: Number(year), grade }));

const kinds = (grade: AnnualGrade, previous: Record<number, AnnualGrade>, year: number) =>
  consequencesOf(grade, history(previous), year).map((c) => c.kind);

describe('consequencesOf', () => {
  it.each([
    ['EXCELLENT', 'COMMENDATION'],
    ['COMPETENT', null],
    ['QUALIFIED', null],
    ['BASIC_COMPETENT', 'ADMONISH_OR_ADJUST'],
    ['BASIC_QUALIFIED', 'ADMONISH_OR_ADJUST'],
    ['INCOMPETENT', 'ADJUSTMENT'],
    ['UNQUALIFIED', 'ADJUSTMENT'],
    ['UNRATED', null],
  ] as const)('%s in a first year calls for %s', (grade, kind) => {
    expect(kinds(grade, {}, 2025)).toEqual(kind ? [kind] : []);
  });

  it.each([
    // Across the year boundaries: 2023, 2024 and 2025 are consecutive calendar years.
    [{ 2023: 'EXCELLENT', 2024: 'EXCELLENT' }, 2025, ['MERIT_THIRD_CLASS']],
    // A gap breaks the run: nothing recorded for 2023.
    [{ 2022: 'EXCELLENT', 2024: 'EXCELLENT' }, 2025, ['COMMENDATION']],
    // So does any other grade, 不定等次 too.
    [{ 2023: 'EXCELLENT', 2024: 'COMPETENT' }, 2025, ['COMMENDATION']],
    [{ 2023: 'EXCELLENT', 2024: 'UNRATED' }, 2025, ['COMMENDATION']],
    // Only the two years before count; a later year in the archive does not.
    [{ 2024: 'EXCELLENT', 2026: 'EXCELLENT' }, 2025, ['COMMENDATION']],
    // Each year counts towards one merit: the fourth year in a row is a 嘉奖, the sixth a merit.
    [{ 2022: 'EXCELLENT', 2023: 'EXCELLENT', 2024: 'EXCELLENT' }, 2025, ['COMMENDATION']],
    [
      {
        2020: 'EXCELLENT',
        2021: 'EXCELLENT',
        2022: 'EXCELLENT',
        2023: 'EXCELLENT',
        2024: 'EXCELLENT',
      },
      2025,
      ['MERIT_THIRD_CLASS'],
    ],
    // A grade of the year already in the archive (a hand entry) gives way to the round's.
    [{ 2023: 'EXCELLENT', 2024: 'EXCELLENT', 2025: 'COMPETENT' }, 2025, ['MERIT_THIRD_CLASS']],
  ] as const)('优秀 after %j in %i calls for %j', (previous, year, expected) => {
    expect(kinds('EXCELLENT', previous, year)).toEqual(expected);
  });

  it('says the basis in both languages', () => {
    expect(
      consequencesOf('EXCELLENT', history({ 2023: 'EXCELLENT', 2024: 'EXCELLENT' }), 2025),
    ).toEqual([
      {
        kind: 'MERIT_THIRD_CLASS',
        basis: {
          zh: '2023—2025年度连续三年考核为优秀',
          en: 'Rated excellent three years running, 2023–2025',
        },
      },
    ]);
    expect(consequencesOf('BASIC_COMPETENT', [], 2025)[0]?.basis).toEqual({
      zh: '2025年度考核为基本称职',
      en: 'Rated basically competent for 2025',
    });
  });
});

describe('excellentRun', () => {
  it('counts back from the year until a year is not 优秀', () => {
    const grades = new Map<number, AnnualGrade>([
      [2021, 'EXCELLENT'],
      [2023, 'EXCELLENT'],
      [2024, 'EXCELLENT'],
    ]);
    expect(excellentRun(grades, 2024)).toBe(2);
    expect(excellentRun(grades, 2025)).toBe(0);
    expect(excellentRun(grades, 2021)).toBe(1);
  });
});

describe('unitConsequencesOf (seed 004: 指标失分超过责任分值20% … 取消评优资格，并由组织部长进行约谈)', () => {
  const unit = (loss: number, responsibility = 100) => ({
    loss,
    responsibility,
    lossShare: responsibility > 0 ? Math.round((loss / responsibility) * 10000) / 100 : 0,
  });

  it.each([
    [unit(19.99), []],
    // 超过 is strictly more: exactly 20% of the responsibility score keeps the unit eligible.
    [unit(20), []],
    [unit(20.01), ['EXCELLENCE_INELIGIBLE', 'LEADER_TALK']],
    [unit(16, 80), []],
    [unit(16.01, 80), ['EXCELLENCE_INELIGIBLE', 'LEADER_TALK']],
    [unit(0, 0), []],
  ])('%j at 20%% calls for %j', (result, expected) => {
    expect(unitConsequencesOf('甲街道', result, 20).map((c) => c.kind)).toEqual(expected);
  });

  it('says the loss, the responsibility score and the limit', () => {
    expect(unitConsequencesOf('甲街道', unit(23.5), 20)[0]?.basis).toEqual({
      zh: '甲街道指标失分23.5分，占责任分值100分的23.5%，超过20%',
      en: '甲街道: the unit lost 23.5 of its 100 responsibility points (23.5%), over 20%',
    });
  });
});
