import type { CalendarDayKind, Database, Transaction } from '@cadre/db';
// The official arrangements of 2004 onwards, as the `chinese-days` package publishes them
// (its documented JSON): `{ holidays: { date: "English,中文,n" }, workdays: { … } }`.
import shipped from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { formatDate, parseDate } from '../domain/dates.ts';
import { WorkingDayCalendar } from '../domain/working-days.ts';
import { InputError, type InputIssue } from '../errors/cadre-error.ts';

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** `"National Day,国庆节,3"` → `国庆节`: the name users read. */
const chineseName = (label: string) => label.split(',')[1]?.trim() || label;

/** The package's days; built once, as they change only with the package version. */
const SHIPPED_DAYS: readonly CalendarDay[] = [
  ...Object.entries(shipped.holidays as Record<string, string>).map(([date, label]) => ({
    date,
    kind: 'HOLIDAY' as const,
    name: chineseName(label),
  })),
  ...Object.entries(shipped.workdays as Record<string, string>).map(([date, label]) => ({
    date,
    kind: 'WORKDAY' as const,
    name: `${chineseName(label)}调休`,
  })),
];

export function shippedCalendarDays(): readonly CalendarDay[] {
  return SHIPPED_DAYS;
}

/**
 * The calendar from the shipped days and the operator's rows, a row winning over the package
 * for its date: either kind corrects the package in both directions (a WORKDAY row on a weekday
 * cancels a shipped holiday; a HOLIDAY row on a weekend cancels a shipped make-up day).
 */
export function mergeCalendar(
  shippedDays: readonly CalendarDay[],
  rows: readonly CalendarDay[],
): WorkingDayCalendar {
  const byDate = new Map<string, CalendarDayKind>();
  for (const day of [...shippedDays, ...rows]) byDate.set(day.date, day.kind);
  const dates = (kind: CalendarDayKind) =>
    [...byDate].filter(([, k]) => k === kind).map(([date]) => date);
  return new WorkingDayCalendar({ holidays: dates('HOLIDAY'), workdays: dates('WORKDAY') });
}

/** A client that can read the reference table: the unscoped client, a scoped one, or a tx. */
type CalendarReader = Pick<Transaction, 'calendarDay'>;

/**
 * The working-day calendar in force. Read afresh each time (the table holds a few rows per
 * year), so an import reaches every gateway process at once without a cache to invalidate.
 */
export async function loadWorkingDayCalendar(client: CalendarReader): Promise<WorkingDayCalendar> {
  const rows = await client.calendarDay.findMany({ orderBy: { date: 'asc' } });
  return mergeCalendar(
    SHIPPED_DAYS,
    rows.map((row) => ({ date: formatDate(row.date), kind: row.kind, name: row.name })),
  );
}

const KINDS: readonly CalendarDayKind[] = ['HOLIDAY', 'WORKDAY'];
const MAX_ROWS = 1_000;

function issue(row: number | null, field: string, zh: string, en: string): InputIssue {
  return {
    path: row === null ? field : `${row}.${field}`,
    code: 'INVALID',
    text:
      row === null ? { zh, en } : { zh: `第 ${row + 1} 条：${zh}`, en: `row ${row + 1}: ${en}` },
  };
}

/** Checks an operator's file: a list of `{ date, kind, name }`, each date once. */
export function validateCalendarDays(input: unknown): CalendarDay[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_ROWS) {
    throw new InputError([
      issue(
        null,
        'days',
        `应为 1–${MAX_ROWS} 条 { date, kind, name } 的数组`,
        `Expected an array of 1–${MAX_ROWS} { date, kind, name }`,
      ),
    ]);
  }
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const days: CalendarDay[] = [];
  input.forEach((raw: unknown, i) => {
    const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const date = typeof row.date === 'string' ? parseDate(row.date) : null;
    const year = date?.getUTCFullYear() ?? 0;
    if (!date || year < 2000 || year > 2100) {
      issues.push(
        issue(
          i,
          'date',
          '日期应为 2000–2100 年的 YYYY-MM-DD',
          'date must be a YYYY-MM-DD in 2000–2100',
        ),
      );
    } else if (seen.has(formatDate(date))) {
      issues.push(
        issue(i, 'date', `日期 ${formatDate(date)} 重复`, `date ${formatDate(date)} appears twice`),
      );
    }
    if (date) seen.add(formatDate(date));
    const kind = KINDS.find((k) => k === row.kind);
    if (!kind)
      issues.push(
        issue(i, 'kind', '类型应为 HOLIDAY 或 WORKDAY', 'kind must be HOLIDAY or WORKDAY'),
      );
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    if (name.length < 1 || name.length > 40) {
      issues.push(issue(i, 'name', '名称应为 1–40 个字', 'name must have 1–40 characters'));
    }
    if (date && kind) days.push({ date: formatDate(date), kind, name });
  });
  if (issues.length > 0) throw new InputError(issues);
  return days;
}

export interface CalendarImport {
  created: number;
  updated: number;
  /** The years the imported rows fall in. */
  years: number[];
}

/**
 * Adds or corrects calendar days from an operator's file (e.g. the State Council's notice for a
 * year the package does not know yet): validated first, then written as the owner (the
 * application role may only read the table), all rows or none.
 */
export async function importCalendarDays(db: Database, input: unknown): Promise<CalendarImport> {
  const days = validateCalendarDays(input);
  return db.asOwner(async (tx) => {
    const existing = await tx.calendarDay.findMany({
      where: { date: { in: days.map((day) => new Date(`${day.date}T00:00:00Z`)) } },
      select: { date: true },
    });
    const known = new Set(existing.map((row) => formatDate(row.date)));
    for (const day of days) {
      const date = new Date(`${day.date}T00:00:00Z`);
      await tx.calendarDay.upsert({
        where: { date },
        create: { date, kind: day.kind, name: day.name },
        update: { kind: day.kind, name: day.name },
      });
    }
    return {
      created: days.filter((day) => !known.has(day.date)).length,
      updated: days.filter((day) => known.has(day.date)).length,
      years: [...new Set(days.map((day) => Number(day.date.slice(0, 4))))].sort(),
    };
  });
}
