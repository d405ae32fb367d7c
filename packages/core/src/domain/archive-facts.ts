import type { Education } from '@cadre/db/client';
import { fullYearsBetween } from './dates.ts';
import { serviceIn, type Period } from './service-length.ts';

// 三龄二历一身份: the three ages are never stored, only the dates they count from, so a cadre
// record cannot go stale as years pass.

export interface ArchiveDates {
  birthDate: Date;
  partyJoinDate: Date | null;
  workStartDate: Date;
}

export interface ArchiveAges {
  age: number;
  /** 党龄; null for a cadre who is not a party member. */
  partyYears: number | null;
  workYears: number;
}

export function archiveAges(dates: ArchiveDates, on: Date): ArchiveAges {
  return {
    age: fullYearsBetween(dates.birthDate, on),
    partyYears: dates.partyJoinDate ? fullYearsBetween(dates.partyJoinDate, on) : null,
    workYears: fullYearsBetween(dates.workStartDate, on),
  };
}

/**
 * Years of grass-roots experience (基层工作经历) up to `on`, overlapping posts counted once, in
 * whole months as a fraction of a year rounded down to two decimals: 1 year 11 months is 1.91.
 */
export function grassRootsYears(posts: readonly (Period & { grassRoots: boolean })[], on: Date) {
  const { years, months } = serviceIn(
    posts.filter((p) => p.grassRoots),
    on,
  );
  return Math.floor((years + months / 12) * 100) / 100;
}

/** Education levels from lowest to highest. */
export const EDUCATION_ORDER: readonly Education[] = [
  'BELOW_SECONDARY',
  'SECONDARY',
  'COLLEGE',
  'UNIVERSITY',
  'MASTER',
  'DOCTORATE',
];

/** This level and every higher one, e.g. 本科及以上 for UNIVERSITY. */
export function educationAtLeast(level: Education): Education[] {
  return EDUCATION_ORDER.slice(EDUCATION_ORDER.indexOf(level));
}

/** The higher of full-time (全日制) and in-service (在职) education, as the cadre card shows it. */
export function highestEducation(
  fullTime: Education | null,
  inService: Education | null,
): Education | null {
  const rank = (e: Education | null) => (e ? EDUCATION_ORDER.indexOf(e) : -1);
  return rank(inService) > rank(fullTime) ? inService : fullTime;
}
