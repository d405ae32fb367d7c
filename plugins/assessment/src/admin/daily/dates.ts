import type { Dayjs } from 'dayjs';

/** A picked day as the API takes it (the `Date` scalar, `YYYY-MM-DD`). */
export const dayOf = (value: Dayjs): string => value.format('YYYY-MM-DD');
