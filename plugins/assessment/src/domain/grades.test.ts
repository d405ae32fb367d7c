import { describe, expect, it } from 'vitest';
import { gradeFor, GROUP_GRADES, isGradeOfGroup, middleGrade } from './grades.ts';

// DOMAIN §4: Grades: 优秀 / 称职 / 基本称职 / 不称职 (leaders); 优秀 / 合格 / 基本合格 / 不合格 for
// others where a district uses them.

const THRESHOLDS = { excellent: 90, basic: 70, failing: 60 };

describe('grades of a group', () => {
  it('names four grades per group, best first', () => {
    expect(GROUP_GRADES.LEADERS).toEqual([
      'EXCELLENT',
      'COMPETENT',
      'BASIC_COMPETENT',
      'INCOMPETENT',
    ]);
    expect(GROUP_GRADES.CIVIL_SERVANTS).toEqual(GROUP_GRADES.LEADERS);
    expect(GROUP_GRADES.PUBLIC_INSTITUTIONS).toEqual([
      'EXCELLENT',
      'QUALIFIED',
      'BASIC_QUALIFIED',
      'UNQUALIFIED',
    ]);
    expect(middleGrade('CIVIL_SERVANTS')).toBe('COMPETENT');
    expect(middleGrade('PUBLIC_INSTITUTIONS')).toBe('QUALIFIED');
  });

  it.each([
    ['QUALIFIED', 'CIVIL_SERVANTS', false],
    ['COMPETENT', 'PUBLIC_INSTITUTIONS', false],
    ['BASIC_QUALIFIED', 'PUBLIC_INSTITUTIONS', true],
    ['INCOMPETENT', 'LEADERS', true],
    // 不定等次 is of every group: staff record it, the allocation never proposes it.
    ['UNRATED', 'LEADERS', true],
    ['UNRATED', 'PUBLIC_INSTITUTIONS', true],
  ] as const)('%s is of the group %s: %s', (grade, group, expected) => {
    expect(isGradeOfGroup(grade, group)).toBe(expected);
  });
});

describe('gradeFor (the district’s thresholds: 优秀 from 90, 基本 below 70, 不… below 60)', () => {
  it.each([
    [100, 'CIVIL_SERVANTS', 'EXCELLENT'],
    [90, 'CIVIL_SERVANTS', 'EXCELLENT'], // the line itself is 优秀
    [89.99, 'CIVIL_SERVANTS', 'COMPETENT'],
    [70, 'CIVIL_SERVANTS', 'COMPETENT'],
    [69.99, 'CIVIL_SERVANTS', 'BASIC_COMPETENT'],
    [60, 'LEADERS', 'BASIC_COMPETENT'],
    [59.99, 'LEADERS', 'INCOMPETENT'],
    [0, 'LEADERS', 'INCOMPETENT'],
    [75, 'PUBLIC_INSTITUTIONS', 'QUALIFIED'],
    [65, 'PUBLIC_INSTITUTIONS', 'BASIC_QUALIFIED'],
    [50, 'PUBLIC_INSTITUTIONS', 'UNQUALIFIED'],
  ] as const)('%d in %s is %s', (total, group, grade) => {
    expect(gradeFor(total, THRESHOLDS, group)).toBe(grade);
  });
});
