import { parseInput, type WriteScope } from '@cadre/core';
import { recordInput, submitDailyRecord } from './daily-record.ts';

// The demo's daily assessment (平时考核) in two sub-districts: each cadre's weekly records
// (周记实) of the last four weeks and monthly self-checks (月自查) of the last two months, entered
// in the unit through the service the inbox's form runs, each on the Monday after its period.

const WEEKS = 4;
const MONTHS = 2;
const UNITS = 2;
const DAY_MS = 86_400_000;

const WEEKLY = [
  '走访辖区企业，协调解决用工和融资问题；参加街道党工委会议',
  '牵头开展安全生产隐患排查，督促整改问题；接待群众来访',
  '推进老旧小区改造项目，召开居民议事会；完成专题学习',
  '督导社区网格化管理，处置群众诉求；撰写调研报告',
];
const MONTHLY = [
  '本月按计划完成重点工作，学习教育扎实；不足：调查研究还不够深入，下月改进',
  '本月工作总体顺利，民生实事推进较快；不足：统筹协调能力有待提升',
];

/** The day `days` before `day`. */
const before = (day: Date, days: number) => new Date(day.getTime() - days * DAY_MS);

/** Records of the first sub-districts' serving cadres; `office` enters them. */
export async function seedDailyRecords(office: WriteScope, referenceDate: Date): Promise<void> {
  const { tx } = office;
  const districtId = office.actor.districtId;
  const units = await tx.unit.findMany({
    where: { districtId, category: 'SUBDISTRICT' },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    take: UNITS,
    select: { id: true },
  });
  const cadres = await tx.cadre.findMany({
    where: { districtId, status: 'ACTIVE', unitId: { in: units.map((u) => u.id) } },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const write = { ...office, districtId, reach: { all: true as const } };
  for (const [index, cadre] of cadres.entries()) {
    for (let week = WEEKS; week >= 1; week -= 1) {
      const periodDate = before(referenceDate, week * 7);
      await submitDailyRecord(
        { ...write, at: before(referenceDate, week * 7 - 7) },
        cadre.id,
        parseInput(recordInput, {
          kind: 'WEEKLY_RECORD',
          periodDate,
          content: WEEKLY[(index + week) % WEEKLY.length],
          submittedOn: before(referenceDate, Math.max(week * 7 - 7, 1)),
        }),
      );
    }
    for (let month = MONTHS; month >= 1; month -= 1) {
      const periodDate = new Date(
        Date.UTC(referenceDate.getUTCFullYear(), referenceDate.getUTCMonth() - month, 15),
      );
      await submitDailyRecord(
        { ...write, at: new Date(periodDate.getTime() + 10 * DAY_MS) },
        cadre.id,
        parseInput(recordInput, {
          kind: 'MONTHLY_SELF_CHECK',
          periodDate,
          content: MONTHLY[(index + month) % MONTHLY.length],
          submittedOn: new Date(periodDate.getTime() + 10 * DAY_MS),
        }),
      );
    }
  }
}
