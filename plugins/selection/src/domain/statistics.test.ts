import { addYears, parseDate } from '@cadre/core';
import type { Education, Gender, PoliticalStatus } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import {
  adjustmentStatistics,
  reserveShare,
  teamStructure,
  type AdjustmentType,
  type StructureCadre,
} from './statistics.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);

describe('adjustmentStatistics (干部调整)', () => {
  // Seed 002: 共调整科级干部×人，其中提拔×人（正科×人、副科×人），平职交流×人（正科×人、副科×人），
  // 改任非领导职务×人（正科×人、副科×人），免职×人.
  const rows = (type: AdjustmentType, rank: string, n: number) =>
    Array.from({ length: n }, () => ({ type, rank }));

  it('counts each kind by rank, highest rank first', () => {
    const stats = adjustmentStatistics([
      ...rows('PROMOTION', 'LEADER_SECTION_DEPUTY', 12),
      ...rows('PROMOTION', 'LEADER_SECTION_PRINCIPAL', 5),
      ...rows('LATERAL_TRANSFER', 'LEADER_SECTION_PRINCIPAL', 7),
      ...rows('NON_LEADING', 'LEADER_SECTION_DEPUTY', 3),
      ...rows('REMOVAL', 'LEADER_SECTION_PRINCIPAL', 2),
    ]);
    expect(stats.byRank).toEqual([
      {
        rank: 'LEADER_SECTION_PRINCIPAL',
        PROMOTION: 5,
        LATERAL_TRANSFER: 7,
        NON_LEADING: 0,
        REMOVAL: 2,
        total: 14,
      },
      {
        rank: 'LEADER_SECTION_DEPUTY',
        PROMOTION: 12,
        LATERAL_TRANSFER: 0,
        NON_LEADING: 3,
        REMOVAL: 0,
        total: 15,
      },
    ]);
    expect(stats.total).toEqual({
      PROMOTION: 17,
      LATERAL_TRANSFER: 7,
      NON_LEADING: 3,
      REMOVAL: 2,
      total: 29,
    });
  });

  it('puts ranks it does not know last and reports nothing for no rows', () => {
    const stats = adjustmentStatistics([
      ...rows('PROMOTION', 'TOWNSHIP_SPECIAL', 1),
      ...rows('PROMOTION', 'LEADER_COUNTY_DEPUTY', 1),
    ]);
    expect(stats.byRank.map((l) => l.rank)).toEqual(['LEADER_COUNTY_DEPUTY', 'TOWNSHIP_SPECIAL']);
    expect(adjustmentStatistics([])).toEqual({
      byRank: [],
      total: { PROMOTION: 0, LATERAL_TRANSFER: 0, NON_LEADING: 0, REMOVAL: 0, total: 0 },
    });
  });
});

describe('teamStructure (班子结构)', () => {
  // Seed 001: 共提拔任用副局级及以上领导干部50名，其中女干部和非党干部分别为6名和2名。新提任市管
  // 干部平均年龄为37.4岁，文化学历大学及以上的占86%.
  const asOf = d('2024-12-31');
  // Ages summing to 1870 over 50 cadres: 5 × 32, 10 × 35, 15 × 37, 15 × 40, 5 × 41.
  const ages = [
    ...Array<number>(5).fill(32),
    ...Array<number>(10).fill(35),
    ...Array<number>(15).fill(37),
    ...Array<number>(15).fill(40),
    ...Array<number>(5).fill(41),
  ];
  const seed001: StructureCadre[] = ages.map((age, i) => ({
    // Odd rows had their birthday on the day itself, even rows turn a year older tomorrow.
    birthDate: i % 2 ? addYears(asOf, -age) : addYears(d('2025-01-01'), -(age + 1)),
    gender: (i < 6 ? 'FEMALE' : 'MALE') satisfies Gender,
    politicalStatus: (i < 2
      ? 'DEMOCRATIC_PARTY'
      : i === 2
        ? 'CPC_PROBATIONARY'
        : 'CPC_MEMBER') satisfies PoliticalStatus,
    education: (i < 5
      ? 'COLLEGE'
      : i < 7
        ? 'SECONDARY'
        : i < 10
          ? 'MASTER'
          : 'UNIVERSITY') satisfies Education,
  }));

  it('reproduces the figures of seed 001', () => {
    const structure = teamStructure(seed001, asOf);
    expect(structure).toMatchObject({
      count: 50,
      averageAge: 37.4,
      women: 6,
      nonParty: 2,
      universityOrAbove: 43,
      universityOrAboveShare: 0.86,
    });
    expect(structure.ageBands.map((b) => [b.label.zh, b.count])).toEqual([
      ['35岁及以下', 15],
      ['36至40岁', 30],
      ['41至45岁', 5],
      ['46至50岁', 0],
      ['51至55岁', 0],
      ['56岁及以上', 0],
    ]);
  });

  it('counts a missing education as below university, and nobody as no average', () => {
    const someone = seed001[20] ?? expect.unreachable('seed001 has 50 rows');
    const one = teamStructure([{ ...someone, education: null }], asOf);
    expect(one).toMatchObject({ count: 1, universityOrAbove: 0, universityOrAboveShare: 0 });
    expect(teamStructure([], asOf)).toMatchObject({
      count: 0,
      averageAge: null,
      universityOrAboveShare: null,
    });
  });

  it('rounds the average age to one decimal', () => {
    const aged = (age: number): StructureCadre => ({
      birthDate: addYears(asOf, -age),
      gender: 'MALE',
      politicalStatus: 'MASSES',
      education: 'UNIVERSITY',
    });
    // 36, 37, 37 → 36.666… → 36.7
    expect(teamStructure([aged(36), aged(37), aged(37)], asOf).averageAge).toBe(36.7);
  });
});

describe('reserveShare (来自后备干部队伍的比例)', () => {
  // Seed 000: 81.5% of promoted city-managed cadres came from the known excellent pool.
  it.each([
    [200, 163, 0.815],
    [50, 50, 1],
    [0, 0, null],
  ])('%i promotions, %i from the pool → %s', (promotions, fromReservePool, share) => {
    expect(reserveShare({ promotions, fromReservePool })).toBe(share);
  });

  it('refuses more from the pool than promoted', () => {
    expect(() => reserveShare({ promotions: 3, fromReservePool: 4 })).toThrow(RangeError);
  });
});
