import type { AssessmentGroup } from '@cadre/db/client';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_DEFAULTS } from './config.ts';
import {
  DEFAULT_ITEMS,
  DEFAULT_SUBJECTS,
  inGroup,
  ITEMS_LABEL,
  roundWeights,
  SUBJECT_LABELS,
  SUBJECTS_LABEL,
  type ServingCadre,
} from './round-setup.ts';
import { weightProblems } from './weights.ts';

const GROUPS: AssessmentGroup[] = ['LEADERS', 'CIVIL_SERVANTS', 'PUBLIC_INSTITUTIONS'];

describe('a new round’s defaults', () => {
  // Seed 004: 对不同主体的评价意见，要赋予不同的权重系数: every default set is a valid one.
  it.each(GROUPS)('the subjects of %s have distinct coefficients summing to 100%%', (group) => {
    const subjects = DEFAULT_SUBJECTS[group];
    const labelled = subjects.map((s) => ({ label: SUBJECT_LABELS[s.kind], weight: s.weight }));
    expect(weightProblems(labelled, SUBJECTS_LABEL)).toEqual([]);
    expect(new Set(subjects.map((s) => s.kind)).size).toBe(subjects.length);
    expect(new Set(subjects.map((s) => s.weight)).size).toBeGreaterThan(1);
  });

  it('scores 德能勤绩廉, 绩 weighing most, summing to 100%', () => {
    expect(DEFAULT_ITEMS.map((i) => i.name).join('')).toBe('德能勤绩廉');
    const labelled = DEFAULT_ITEMS.map((i) => ({
      label: { zh: i.name, en: i.name },
      weight: i.weight,
    }));
    expect(weightProblems(labelled, ITEMS_LABEL)).toEqual([]);
    expect(Math.max(...DEFAULT_ITEMS.map((i) => i.weight))).toBe(35);
  });

  // DOMAIN §4: quarterly results feed the annual assessment; unit results feed leader results.
  it.each([
    ['ANNUAL', 'LEADERS', 30, 20],
    ['ANNUAL', 'CIVIL_SERVANTS', 30, 0],
    ['ANNUAL', 'PUBLIC_INSTITUTIONS', 30, 0],
    ['TERM', 'LEADERS', 0, 20],
    ['TERM', 'CIVIL_SERVANTS', 0, 0],
    ['SPECIAL', 'LEADERS', 0, 0],
  ] as const)(
    'a %s round of %s weighs daily %d%%, unit results %d%%',
    (kind, group, daily, unit) => {
      expect(roundWeights(kind, group, ASSESSMENT_DEFAULTS)).toEqual({
        dailyWeight: daily,
        unitResultWeight: unit,
      });
    },
  );
});

describe('who a round of a group assesses', () => {
  const cadre = (over: Partial<ServingCadre>): ServingCadre => ({
    rank: 'PRINCIPAL_STAFF_2',
    teamSeats: 0,
    unitCategory: 'PARTY_GOVERNMENT_ORGAN',
    ...over,
  });

  it.each([
    // a leading post, wherever it is held
    [cadre({ rank: 'LEADER_SECTION_DEPUTY' }), 'LEADERS'],
    [cadre({ rank: 'LEADER_COUNTY_PRINCIPAL', unitCategory: 'PUBLIC_INSTITUTION' }), 'LEADERS'],
    // a 职级 who sits in a leadership team (班子成员) is a leader too
    [cadre({ rank: 'PRINCIPAL_STAFF_1', teamSeats: 1 }), 'LEADERS'],
    // a 职级 (调研员, 主任科员) without a seat is staff of their unit
    [cadre({ rank: 'RESEARCHER_1' }), 'CIVIL_SERVANTS'],
    [cadre({ unitCategory: 'SUBDISTRICT' }), 'CIVIL_SERVANTS'],
    [cadre({ unitCategory: 'TOWNSHIP' }), 'CIVIL_SERVANTS'],
    [cadre({ unitCategory: 'DEVELOPMENT_ZONE' }), 'CIVIL_SERVANTS'],
    [cadre({ unitCategory: 'PUBLIC_INSTITUTION', rank: 'STAFF_1' }), 'PUBLIC_INSTITUTIONS'],
    [cadre({ unitCategory: 'STATE_ENTERPRISE' }), null],
  ] as const)('%j → %s', (serving, expected) => {
    expect(GROUPS.filter((group) => inGroup(group, serving))).toEqual(expected ? [expected] : []);
  });
});
