import dayjs from 'dayjs';

/** The day of an instant (`DateTime`), in the browser's time zone, as the API writes days. */
export const dayText = (iso: string): string => dayjs(iso).format('YYYY-MM-DD');

/** An instant (`DateTime`) as the staff read it. */
export const dateTimeText = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm');
