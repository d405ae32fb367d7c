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

// Instants as the staff read them: the kit's, as every plugin shows them.
export { dateTimeText, dayText } from '@cadre/ui';

export { dayjs, type Dayjs };
