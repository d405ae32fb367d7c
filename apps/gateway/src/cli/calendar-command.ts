import { importCalendarDays, loadWorkingDayCalendar } from '@cadre/core';
import type { Database } from '@cadre/db';
import type { Command } from './command.ts';
import { readJsonFile } from './json-file.ts';
import { required, withDatabase } from './database.ts';

const EXAMPLE = '[{ "date": "2027-01-01", "kind": "HOLIDAY", "name": "元旦" }, …]';

/** Consecutive years as ranges: 2004–2026, 2028. */
function yearRanges(years: number[]): string {
  const ranges: [number, number][] = [];
  for (const year of years) {
    const last = ranges.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/**
 * Reads the official arrangement of holidays and make-up workdays (the State Council's notice)
 * from a file and stores it, all days or none; a day in the file overrides the shipped calendar.
 */
export async function importCalendarFile(db: Database, path: string): Promise<void> {
  const result = await importCalendarDays(db, await readJsonFile(path, EXAMPLE));
  const total = result.created + result.updated;
  console.log(
    `已导入 ${total} 天（新增 ${result.created}，更正 ${result.updated}）/ imported ${total} days ` +
      `(${result.created} new, ${result.updated} corrected): ${result.years.join(', ')}`,
  );
  const calendar = await loadWorkingDayCalendar(db.prisma);
  const nextYear = new Date().getUTCFullYear() + 1;
  const known = [];
  for (let year = 2000; year <= Math.max(nextYear, ...result.years); year += 1) {
    if (calendar.knowsYear(year)) known.push(year);
  }
  console.log(`日历已知年份 / years known: ${yearRanges(known)}`);
  if (!calendar.knowsYear(nextYear)) {
    console.log(
      `提示：尚无 ${nextYear} 年安排，届时按周一至周五计算 / ` +
        `no arrangement for ${nextYear} yet: Monday–Friday is assumed`,
    );
  }
}

/** `cadre calendar import --file days.json`. */
export const calendarImportCommand: Command = {
  name: 'calendar',
  sub: 'import',
  summary: `Add or correct holidays and make-up workdays: --file days.json (${EXAMPLE})`,
  options: { file: { type: 'string' } },
  run: (values) => withDatabase((db) => importCalendarFile(db, required(values, 'file'))),
};
