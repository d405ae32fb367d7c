import {
  actorOf,
  changedFields,
  isUuid,
  type Label,
  NotFoundError,
  type RequestContext,
  RuleViolationError,
  type Transaction,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import { quarterKey, type Quarter } from '../domain/daily.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';

// 平时考核 is kept by the units. The assessment office (`daily.*` keys) reaches every unit; a
// unit's assessor (单位考核员, `own-unit.*` keys) only the unit of their own account: their reads
// are narrowed to it, and a write about another unit's cadre is refused (ASSESSMENT_NOT_OWN_UNIT).

export const CADRE_LABEL: Label = { zh: '干部', en: 'Cadre' };
export const UNIT_LABEL: Label = { zh: '单位', en: 'Unit' };

/** Either key: the office's, or a unit assessor's for the own unit (narrowed in the resolver). */
export const DAILY_READ = {
  $any: { permission: P.readDaily, $all: { permission: P.readOwnUnit } },
};
export const DAILY_WRITE = {
  $any: { permission: P.writeDaily, $all: { permission: P.writeOwnUnit } },
};

/** The units a request reaches: all of the district's, or one (none for an account without a unit). */
export type UnitReach = { all: true } | { all: false; unitId: string | null };

async function ownUnitOf(client: Pick<Transaction, 'user'>, ctx: RequestContext) {
  if (!ctx.viewer) return null;
  const user = await client.user.findUnique({
    where: { id: ctx.viewer.userId },
    select: { unitId: true },
  });
  return user?.unitId ?? null;
}

/** What the viewer may read; every unit needs `daily.read`. */
export async function readReach(ctx: RequestContext): Promise<UnitReach> {
  if (ctx.permissions.has(P.readDaily)) return { all: true };
  const unitId = ctx.permissions.has(P.readOwnUnit) ? await ownUnitOf(ctx.prisma, ctx) : null;
  return { all: false, unitId };
}

export const reaches = (reach: UnitReach, unitId: string) => reach.all || reach.unitId === unitId;

/** Narrows a read of daily-assessment rows to the units reached. */
export const withinReach = (reach: UnitReach): { unitId?: string | { in: string[] } } =>
  reach.all ? {} : { unitId: reach.unitId ?? { in: [] } };

/** A write of the daily assessment: the transaction, and the units it may write about. */
export interface DailyWrite extends WriteScope {
  districtId: string;
  reach: UnitReach;
}

/** Runs `work` in one audited transaction of the viewer's district; nothing is written on refusal. */
export function writeDaily<T>(
  ctx: RequestContext,
  work: (write: DailyWrite) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  const districtId = actor.districtId;
  return writeAudited(ctx.db, actor, async (tx, audit, emit) => {
    const reach: UnitReach = ctx.permissions.has(P.writeDaily)
      ? { all: true }
      : { all: false, unitId: await ownUnitOf(tx, ctx) };
    return work({ tx, audit, emit, actor, districtId, reach });
  });
}

/** Refuses a write about a unit the writer does not reach. */
export async function refuseOtherUnit(write: DailyWrite, unitId: string): Promise<void> {
  if (reaches(write.reach, unitId)) return;
  const unit = await write.tx.unit.findFirst({
    where: { id: unitId, districtId: write.districtId },
    select: { name: true },
  });
  const name = unit?.name ?? '';
  throw new RuleViolationError('ASSESSMENT_NOT_OWN_UNIT', {
    zh: `只能登记本单位的平时考核，${name}不是您所在的单位`,
    en: `You record the daily assessment of your own unit only; ${name} is not yours`,
  });
}

export interface CadreOfWrite {
  id: string;
  name: string;
  unitId: string;
}

/** A cadre of the district, found in the write; another district's is not found. */
export async function cadreOf(write: DailyWrite, cadreId: string): Promise<CadreOfWrite> {
  const cadre = isUuid(cadreId)
    ? await write.tx.cadre.findFirst({
        where: { id: cadreId, districtId: write.districtId },
        select: { id: true, name: true, unitId: true },
      })
    : null;
  if (!cadre) throw new NotFoundError(CADRE_LABEL);
  return cadre;
}

/**
 * The unit a write about a cadre belongs to: the unit of the row it changes (the unit that
 * wrote it keeps it), else the cadre's unit now. Refused when the writer does not reach it.
 */
export async function unitOfWrite(
  write: DailyWrite,
  cadre: CadreOfWrite,
  existing: { unitId: string } | null,
): Promise<string> {
  const unitId = existing?.unitId ?? cadre.unitId;
  await refuseOtherUnit(write, unitId);
  return unitId;
}

/**
 * The user a record names as its author (领导评鉴, who deducted): a person is accountable for
 * an evaluation or a deduction, so a partner system's key cannot make one.
 */
export function recorderOf(write: DailyWrite): string {
  if (write.actor.userId) return write.actor.userId;
  throw new RuleViolationError('ASSESSMENT_RECORDER_REQUIRED', {
    zh: '季考评和直接扣分须由工作人员本人登记',
    en: 'Evaluations and deductions are recorded by a signed-in staff member',
  });
}

/**
 * Waits for the other writes to a unit's quarter (evaluations, its publication); released when
 * the transaction ends, so a publication never misses an evaluation saved at the same moment.
 */
export async function lockUnitQuarter(write: DailyWrite, unitId: string, q: Quarter) {
  const key = `assessment.daily:${unitId}:${quarterKey(q)}`;
  await write.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** The audit record of a daily-assessment write (`assessment.daily.<what>`). */
export function auditDaily(
  write: DailyWrite,
  operation: string,
  target: { type: string; id: string },
  changes: Record<string, unknown>,
): Promise<void> {
  return write.audit({
    operation: `assessment.daily.${operation}`,
    targetType: target.type,
    targetId: target.id,
    changes,
  });
}

/** The audit diff of a write: every field of a new row, or the fields an update sets, before and after. */
export function changesOf<T extends object>(before: T | null, data: Partial<T>) {
  const old = before
    ? Object.fromEntries(Object.keys(data).map((key) => [key, before[key as keyof T]]))
    : {};
  return changedFields(old, data as Record<string, unknown>);
}
