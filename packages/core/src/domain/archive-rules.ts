import { addYears } from './dates.ts';

// Consistency rules for archive dates and the experience (简历). Each broken rule names the
// field it concerns and its code, so the caller can answer in either language.

export type ArchiveRuleCode =
  | 'DATE_IN_FUTURE'
  | 'PARTY_JOIN_TOO_EARLY'
  | 'WORK_START_TOO_EARLY'
  | 'POST_BEFORE_BIRTH'
  | 'POST_ENDS_BEFORE_START'
  | 'DATE_BEFORE_BIRTH'
  | 'YEAR_OUT_OF_RANGE';

export interface ArchiveRuleViolation {
  field: string;
  code: ArchiveRuleCode;
}

/** Party membership starts at 18 (党章); work, at 16 (劳动法). */
const MIN_PARTY_AGE = 18;
const MIN_WORK_AGE = 16;

export function checkArchiveDates(
  dates: { birthDate: Date; partyJoinDate: Date | null; workStartDate: Date },
  today: Date,
): ArchiveRuleViolation[] {
  const found: ArchiveRuleViolation[] = [];
  for (const field of ['birthDate', 'partyJoinDate', 'workStartDate'] as const) {
    const value = dates[field];
    if (value && value > today) found.push({ field, code: 'DATE_IN_FUTURE' });
  }
  if (dates.partyJoinDate && dates.partyJoinDate < addYears(dates.birthDate, MIN_PARTY_AGE)) {
    found.push({ field: 'partyJoinDate', code: 'PARTY_JOIN_TOO_EARLY' });
  }
  if (dates.workStartDate < addYears(dates.birthDate, MIN_WORK_AGE)) {
    found.push({ field: 'workStartDate', code: 'WORK_START_TOO_EARLY' });
  }
  return found;
}

export function checkPostPeriod(
  post: { startedOn: Date; endedOn: Date | null },
  birthDate: Date,
  today: Date,
): ArchiveRuleViolation[] {
  const found: ArchiveRuleViolation[] = [];
  if (post.startedOn <= birthDate) found.push({ field: 'startedOn', code: 'POST_BEFORE_BIRTH' });
  if (post.startedOn > today) found.push({ field: 'startedOn', code: 'DATE_IN_FUTURE' });
  if (post.endedOn && post.endedOn > today)
    found.push({ field: 'endedOn', code: 'DATE_IN_FUTURE' });
  if (post.endedOn && post.endedOn < post.startedOn) {
    found.push({ field: 'endedOn', code: 'POST_ENDS_BEFORE_START' });
  }
  return found;
}

/**
 * Dates of an archive record (a decision, an effective date, a lift…): none after today, and none
 * before the cadre's birth when `birthDate` is given.
 */
export function checkRecordDates(
  dates: Record<string, Date | null | undefined>,
  today: Date,
  birthDate: Date | null = null,
): ArchiveRuleViolation[] {
  const found: ArchiveRuleViolation[] = [];
  for (const [field, value] of Object.entries(dates)) {
    if (!value) continue;
    if (value > today) found.push({ field, code: 'DATE_IN_FUTURE' });
    else if (birthDate && value < birthDate) found.push({ field, code: 'DATE_BEFORE_BIRTH' });
  }
  return found;
}

/** A year of the archive (an annual grade): from the year work started to this year. */
export function checkRecordYear(
  year: number,
  workStartDate: Date,
  today: Date,
): ArchiveRuleViolation[] {
  return year < workStartDate.getUTCFullYear() || year > today.getUTCFullYear()
    ? [{ field: 'year', code: 'YEAR_OUT_OF_RANGE' }]
    : [];
}
