import type { Label } from '../contract/plugin.ts';
import { addYears } from './dates.ts';

// Lengths of service and terms, counted on calendar dates (UTC-midnight `Date`s) in whole months,
// as the experience (简历) reckons them in its year-and-month lines.

const DAY_MS = 86_400_000;

/**
 * The last day of a term of whole years from `start`: a one-year term from 1 March 2025 runs to
 * 28 February 2026, one from 29 February 2024 to 28 February 2025.
 */
export function termEnd(start: Date, years: number): Date {
  return new Date(addYears(start, years).getTime() - DAY_MS);
}

/** A period in a post: `endedOn` is the last day in it, null while it is held. */
export interface Period {
  startedOn: Date;
  endedOn: Date | null;
}

export interface Service {
  years: number;
  months: number;
}

/** Full months from `from` to `to`, counted as a birthday is: one day short is one month less. */
function fullMonthsBetween(from: Date, to: Date): number {
  const dayShort = to.getUTCDate() < from.getUTCDate() ? 1 : 0;
  const months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (to.getUTCMonth() - from.getUTCMonth()) -
    dayShort;
  return Math.max(0, months);
}

const ofMonths = (months: number): Service => ({
  years: Math.floor(months / 12),
  months: months % 12,
});

/** Full years and the full months beyond them from `from` to `to`, as core's `fullYearsBetween`. */
export function serviceBetween(from: Date, to: Date): Service {
  return ofMonths(fullMonthsBetween(from, to));
}

/**
 * Service over the periods up to `on`, e.g. years in deputy posts or of grass-roots experience.
 * `endedOn` is the last day in the post (so a post that ends on 31 May and the next that starts on
 * 1 June join up); overlapping posts (兼任) count once. Each unbroken stretch counts in whole
 * months on the calendar and the odd days of a stretch are dropped, as service is reckoned in the
 * year-and-month lines of the experience (简历): a stretch ending on `on` counts exactly as
 * `serviceBetween`.
 */
export function serviceIn(periods: readonly Period[], on: Date): Service {
  const spans = periods
    .map((p) => {
      const end = p.endedOn ? new Date(p.endedOn.getTime() + DAY_MS) : on;
      return { start: p.startedOn, end: end < on ? end : on };
    })
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const stretches: { start: Date; end: Date }[] = [];
  for (const span of spans) {
    const last = stretches.at(-1);
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      stretches.push({ ...span });
    }
  }
  return ofMonths(stretches.reduce((sum, s) => sum + fullMonthsBetween(s.start, s.end), 0));
}

/** `P4Y11M`: the ISO 8601 duration, the language-neutral form of a length of service. */
export function isoDuration({ years, months }: Service): string {
  return years === 0 && months === 0
    ? 'P0M'
    : `P${years ? `${years}Y` : ''}${months ? `${months}M` : ''}`;
}

/** `4年11个月` / `4 years 11 months`. */
export function serviceLabel({ years, months }: Service): Label {
  const en = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (months === 0) return { zh: `${years}年`, en: en(years, 'year') };
  if (years === 0) return { zh: `${months}个月`, en: en(months, 'month') };
  return { zh: `${years}年${months}个月`, en: `${en(years, 'year')} ${en(months, 'month')}` };
}
