import dayjs from 'dayjs';

/** An instant as the department reads it: `2026-03-01 14:05`, in the browser's time zone. */
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** The row id inside a global id (`base64("User:<uuid>")`), as audit records name actors. */
export function rowIdOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const at = decoded.indexOf(':');
    return at < 0 ? globalId : decoded.slice(at + 1);
  } catch {
    return globalId;
  }
}

/** A calendar day picked in a form, as the API's `Date` (YYYY-MM-DD). */
export const isoDay = (day: dayjs.Dayjs) => day.format('YYYY-MM-DD');
