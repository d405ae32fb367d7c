import { shippedCalendarDays, WorkingDayCalendar } from '@cadre/core';

/** The working-day calendar as shipped (the `chinese-days` package), for tests of deadline rules. */
export function shippedCalendar(): WorkingDayCalendar {
  const dates = (kind: 'HOLIDAY' | 'WORKDAY') =>
    shippedCalendarDays()
      .filter((day) => day.kind === kind)
      .map((day) => day.date);
  return new WorkingDayCalendar({ holidays: dates('HOLIDAY'), workdays: dates('WORKDAY') });
}
