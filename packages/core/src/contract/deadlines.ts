import type { DistrictData } from '@cadre/db';
import type { NewDueItem } from '../services/due-items.ts';

// Deadlines that come due by the calendar (到期提醒) rather than by anyone's write: a report due
// every 31 January, a visit every three months, an influence period's end. Core asks its own
// source and every plugin enabled in a district what should be on the list by a day, and adds
// what is missing; nobody has to be signed in on the day.

export interface DeadlineQuery {
  /** The district's data, scoped by row-level security. */
  data: DistrictData;
  /** The calendar day asked about (UTC midnight), today in China unless an operator says. */
  today: Date;
}

/**
 * A due item as its source states it; core adds the source (the plugin's id). A recurring
 * deadline names the period in its subject (`<cadreId>/2027`, see `periodSubject`), so each
 * occurrence is an item of its own.
 */
export type Deadline = Omit<NewDueItem, 'source'>;

export interface DeadlineSource {
  /**
   * Every item that should exist by `today`: each occurrence shown by then, overdue ones
   * included (`shownBy` in the deadline helpers), so a day the gateway was down is made up for.
   * Items that already exist are left as they are, closed ones included: whoever acted on one
   * closed it (`closeDueItem`).
   */
  due(query: DeadlineQuery): Promise<Deadline[]>;
  /**
   * Kinds kept in step with `due`: an open item of these kinds that `due` no longer returns is
   * closed, one it returns again is opened again, and its due date and title follow the facts.
   * For deadlines that end when the facts change (all grades entered), not by someone's act.
   */
  selfClosing?: readonly string[];
}
