import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importCalendarDays,
  InputError,
  loadWorkingDayCalendar,
  shippedCalendarDays,
} from '@cadre/core';
import { createTestDatabase, type TestDatabase } from '@cadre/testing';

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.destroy();
});

describe('the shipped calendar (chinese-days)', () => {
  it('covers 2004 to 2026', () => {
    const years = new Set(shippedCalendarDays().map((day) => Number(day.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2004);
    expect(years.has(2025)).toBe(true);
    expect(years.has(2026)).toBe(true);
  });

  it('knows the 2026 Spring Festival: 15–23 February off, 14 and 28 February worked', async () => {
    const calendar = await loadWorkingDayCalendar(db.prisma);
    for (let day = d('2026-02-15'); day <= d('2026-02-23'); day = new Date(day.getTime() + 864e5)) {
      expect(calendar.isWorkingDay(day), iso(day)).toBe(false);
    }
    expect(calendar.isWorkingDay(d('2026-02-14'))).toBe(true); // Saturday
    expect(calendar.isWorkingDay(d('2026-02-28'))).toBe(true); // Saturday
    expect(calendar.isWorkingDay(d('2026-02-13'))).toBe(true); // Friday before
    // 5 working days of publicity from Thursday 12 February: 12, 13, 14 (Sat), 24, 25.
    expect(iso(calendar.periodEnd(d('2026-02-12'), 5))).toBe('2026-02-25');
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-24'))).toBe(2);
  });

  it('knows the 2025 National Day week', async () => {
    const calendar = await loadWorkingDayCalendar(db.prisma);
    expect(calendar.isWorkingDay(d('2025-09-28'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-06'))).toBe(false);
    expect(calendar.isWorkingDay(d('2025-10-11'))).toBe(true);
    expect(iso(calendar.periodEnd(d('2025-09-29'), 5))).toBe('2025-10-11');
  });
});

describe('importCalendarDays', () => {
  it('adds a year the package does not know', async () => {
    const before = await loadWorkingDayCalendar(db.prisma);
    expect(before.knowsYear(2031)).toBe(false);
    expect(before.isWorkingDay(d('2031-01-01'))).toBe(true); // a Wednesday, by default
    const result = await importCalendarDays(db, [
      { date: '2031-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2031-01-04', kind: 'WORKDAY', name: '元旦调休' },
    ]);
    expect(result).toEqual({ created: 2, updated: 0, years: [2031] });
    const after = await loadWorkingDayCalendar(db.prisma);
    expect(after.knowsYear(2031)).toBe(true);
    expect(after.isWorkingDay(d('2031-01-01'))).toBe(false);
    expect(after.isWorkingDay(d('2031-01-04'))).toBe(true); // a Saturday
  });

  it('overrides the package for a date, and updates its own rows', async () => {
    // Say a notice moved the 2026 make-up day of Saturday 28 February: the row wins.
    await importCalendarDays(db, [{ date: '2026-02-28', kind: 'HOLIDAY', name: '春节' }]);
    expect((await loadWorkingDayCalendar(db.prisma)).isWorkingDay(d('2026-02-28'))).toBe(false);
    const again = await importCalendarDays(db, [
      { date: '2026-02-28', kind: 'WORKDAY', name: '春节调休' },
    ]);
    expect(again).toEqual({ created: 0, updated: 1, years: [2026] });
    expect((await loadWorkingDayCalendar(db.prisma)).isWorkingDay(d('2026-02-28'))).toBe(true);
  });

  it('refuses a file with any bad row and writes none of it', async () => {
    const count = await db.prisma.calendarDay.count();
    const attempt = importCalendarDays(db, [
      { date: '2032-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2032-02-30', kind: 'HOLIDAY', name: '春节' },
      { date: '2032-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2032-03-01', kind: 'DAY_OFF', name: '' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    const error = (await attempt.catch((e: unknown) => e)) as InputError;
    expect(error.issues.map((i) => i.path)).toEqual(['1.date', '2.date', '3.kind', '3.name']);
    expect(error.text.zh).toContain('第 2 条');
    expect(await db.prisma.calendarDay.count()).toBe(count);
    await expect(importCalendarDays(db, { days: [] })).rejects.toBeInstanceOf(InputError);
    await expect(importCalendarDays(db, [])).rejects.toBeInstanceOf(InputError);
  });

  it('is written by the owner only: the application role may just read the table', async () => {
    await expect(
      db.prisma.calendarDay.create({ data: { date: d('2033-01-01'), kind: 'HOLIDAY', name: 'x' } }),
    ).rejects.toThrow();
  });
});
