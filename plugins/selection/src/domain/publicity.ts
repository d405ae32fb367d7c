import type { WorkingDayCalendar } from '@cadre/core';

// 任前公示 (条例 第七章): 公示期不少于五个工作日 — a floor fixed by regulation that a district may
// lengthen (seed 001 publicizes for 7 days), never shorten.

export const MIN_PUBLICITY_WORKING_DAYS = 5;

/**
 * The last day of publicity lasting `workingDays` working days from `start`. `start` is day 1 when
 * it is a working day; a notice posted on a day off (a weekend, a holiday) starts counting on the
 * next working day, since no one is at work to read or answer it before then.
 */
export function publicityEnd(start: Date, workingDays: number, calendar: WorkingDayCalendar): Date {
  if (!Number.isInteger(workingDays) || workingDays < MIN_PUBLICITY_WORKING_DAYS) {
    throw new RangeError(
      `Publicity lasts at least ${MIN_PUBLICITY_WORKING_DAYS} working days: ${workingDays}`,
    );
  }
  return calendar.periodEnd(start, workingDays);
}

export type PublicityStatus = 'NOT_STARTED' | 'RUNNING' | 'ENDED';

/** Before `start` NOT_STARTED; from `start` to the last day RUNNING (objections are received). */
export function publicityStatus({
  start,
  workingDays,
  calendar,
  today,
}: {
  start: Date;
  workingDays: number;
  calendar: WorkingDayCalendar;
  today: Date;
}): PublicityStatus {
  if (today < start) return 'NOT_STARTED';
  return today <= publicityEnd(start, workingDays, calendar) ? 'RUNNING' : 'ENDED';
}
