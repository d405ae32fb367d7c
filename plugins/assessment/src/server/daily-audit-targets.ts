import type { AuditTargetType } from '@cadre/core';
import type { PrismaClient } from '@cadre/db';
import { DAILY_RECORD_KIND_LABELS } from '../domain/daily-terms.ts';

// What the audit page calls the daily assessment's rows: the cadre's name and the period.

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Names rows by their cadre's name and what `describe` says of them: two statements a page. */
async function withCadreNames<Row extends { id: string; cadreId: string }>(
  prisma: PrismaClient,
  rows: Row[],
  describe: (row: Row) => string,
): Promise<[string, string][]> {
  const cadres = await prisma.cadre.findMany({
    where: { id: { in: rows.map((r) => r.cadreId) } },
    select: { id: true, name: true },
  });
  const names = new Map(cadres.map((c) => [c.id, c.name]));
  return rows.map((r) => [r.id, `${names.get(r.cadreId) ?? ''} ${describe(r)}`.trim()]);
}

export const DAILY_AUDIT_TARGETS: Record<string, AuditTargetType> = {
  DailyRecord: {
    label: { zh: '周记实、月自查', en: 'Weekly record or self-check' },
    names: async (prisma, ids) =>
      withCadreNames(
        prisma,
        await prisma.dailyRecord.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, cadreId: true, kind: true, periodStart: true },
        }),
        (r) => `${DAILY_RECORD_KIND_LABELS[r.kind].zh} ${day(r.periodStart)}`,
      ),
  },
  QuarterlyEvaluation: {
    label: { zh: '季考评', en: 'Quarterly evaluation' },
    names: async (prisma, ids) =>
      withCadreNames(
        prisma,
        await prisma.quarterlyEvaluation.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, cadreId: true, year: true, quarter: true },
        }),
        (e) => `${e.year}年第${e.quarter}季度`,
      ),
  },
  DailyDeduction: {
    label: { zh: '平时考核扣分', en: 'Daily deduction' },
    names: async (prisma, ids) =>
      withCadreNames(
        prisma,
        await prisma.dailyDeduction.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, cadreId: true, recordedOn: true },
        }),
        (d) => day(d.recordedOn),
      ),
  },
};
