import dayjs, { type Dayjs } from 'dayjs';

// The API speaks calendar days as `YYYY-MM-DD` (the `Date` scalar); date pickers hold dayjs values.

const DAY_FORMAT = 'YYYY-MM-DD';

/** A picked day as the API takes it. */
export const dayOf = (value: Dayjs): string => value.format(DAY_FORMAT);

/** An optional picked day; a cleared picker sends null. */
export const optionalDayOf = (value: Dayjs | null | undefined): string | null =>
  value ? dayOf(value) : null;

/** A day from the API for a picker's initial value. */
export const pickerDay = (value: string | null | undefined): Dayjs | undefined =>
  value ? dayjs(value) : undefined;

/** The day of an instant (`DateTime`), in the browser's time zone. */
export const dayText = (iso: string): string => dayjs(iso).format(DAY_FORMAT);

/** An instant (`DateTime`) as the staff read it. */
export const dateTimeText = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm');

export { dayjs, type Dayjs };
