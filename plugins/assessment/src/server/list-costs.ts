import { listCost } from '@cadre/core';

/**
 * Realistic upper bounds of the plugin's lists without pagination, per parent row: what a list
 * nested under a page costs in the query budget (ADR 0010).
 */
export const LIST_COST = {
  /** One indicator set per unit category in a year. */
  indicatorSets: listCost(6),
  /** Seed 004 cut a county's year-end items from 43 to 17; a set with its deductions stays under 40. */
  indicators: listCost(40),
  /** The units of one category a set scores (a district's departments, its streets or towns). */
  unitsOfCategory: listCost(80),
  /** Units that have results in a year. */
  unitScores: listCost(200),
  /** The cadres of one unit in its daily-assessment inbox. */
  cadresOfUnit: listCost(100),
  /** 周记实 of a quarter (13–14 weeks), and of a year with the 月自查 (52 + 12). */
  weeksOfQuarter: listCost(14),
  recordsOfYear: listCost(64),
  monthsOfQuarter: listCost(3),
  quartersOfYear: listCost(4),
  /** 平时考核直接扣分 of one cadre: a few a year. */
  deductions: listCost(20),
  /** 多元评价主体: seven kinds and the satisfaction survey. */
  subjects: listCost(8),
  /** 德、能、勤、绩、廉, or a special round's own few. */
  items: listCost(10),
  /** One row per subject and item of a participant. */
  subjectScores: listCost(8),
  itemScores: listCost(10),
  /** A cadre's rounds over a career: one annual round a year and a few others. */
  roundsOfCadre: listCost(50),
  /** A cadre's rounds of one year (the annual one, a special, a term), and a unit's. */
  roundsOfYear: listCost(10),
  /** A cadre's years with results or quarterly evaluations: a whole career. */
  yearsOfCadre: listCost(40),
  /** What one result calls for: a commendation or merit, or a talk besides an adjustment. */
  consequencesOfResult: listCost(3),
  /** A unit's of a year: no 评优, and a talk for each principal leader. */
  consequencesOfUnit: listCost(5),
  /** One per grade of both scales, and 不定等次. */
  grades: listCost(8),
} as const;
