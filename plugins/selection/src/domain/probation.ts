import { termEnd, type WorkingDayCalendar } from '@cadre/core';

// 试用期 (条例 第七章): 提拔担任非选举产生的领导职务的，试用期为一年; at its end an assessment
// decides: 胜任 → formal appointment, 不胜任 → removed from the trial post.

export const PROBATION_YEARS = 1;

/** The last day of probation starting on `start` (the day of the trial appointment notice). */
export function probationEnd(start: Date): Date {
  return termEnd(start, PROBATION_YEARS);
}

/** When the end-of-probation assessment falls due on the to-do list: working days ahead of `end`. */
export function probationReminderDate(
  end: Date,
  workingDaysBefore: number,
  calendar: WorkingDayCalendar,
): Date {
  if (!Number.isInteger(workingDaysBefore) || workingDaysBefore < 0) {
    throw new RangeError(`Not a number of working days ahead: ${workingDaysBefore}`);
  }
  return calendar.addWorkingDays(end, -workingDaysBefore);
}
