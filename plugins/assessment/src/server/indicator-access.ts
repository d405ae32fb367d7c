import {
  actorOf,
  isUuid,
  type Label,
  NotFoundError,
  type RequestContext,
  RuleViolationError,
  type Transaction,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import type { Indicator, IndicatorSet } from '@cadre/db/client';

// Every write to the indicator library happens within one year, and takes that year's lock
// first: closing the year and a write to one of its sets take turns, so nothing slips into a
// year after it closed (a closed year never changes).

export const SET_LABEL: Label = { zh: '考核指标体系', en: 'Indicator set' };
export const INDICATOR_LABEL: Label = { zh: '考核指标', en: 'Indicator' };
export const UNIT_LABEL: Label = { zh: '单位', en: 'Unit' };

/** The audit target of writes to a set and its indicators. */
export const SET_TARGET = 'IndicatorSet';

/** A write within one open year of the district's indicator library. */
export interface YearWrite extends WriteScope {
  districtId: string;
  year: number;
}

/** Waits for the year's other writes; released when the transaction ends. */
async function lockYear(tx: Transaction, districtId: string, year: number): Promise<void> {
  const key = `assessment.indicators:${districtId}:${year}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

export function yearClosed(year: number): RuleViolationError {
  return new RuleViolationError('ASSESSMENT_YEAR_CLOSED', {
    zh: `${year}年度考核指标已关闭，不能再修改`,
    en: `The indicators of ${year} are closed and cannot change`,
  });
}

/**
 * Runs `work` in one audited transaction of the viewer's district, within `year`, which must
 * not be closed (a year is closed once any of its sets is). Nothing is written when anything
 * refuses.
 */
export function writeInYear<T>(
  ctx: RequestContext,
  year: number,
  work: (write: YearWrite) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  return writeAudited(ctx.db, actor, (tx, audit, emit) =>
    inYear({ tx, audit, emit, actor }, year, work),
  );
}

/**
 * `work` within `year` of the scope's district, which must not be closed, in the scope's
 * transaction: what the mutations run, and the demo data (seed.ts).
 */
export async function inYear<T>(
  scope: WriteScope,
  year: number,
  work: (write: YearWrite) => Promise<T>,
): Promise<T> {
  const districtId = scope.actor.districtId;
  await lockYear(scope.tx, districtId, year);
  const closed = await scope.tx.indicatorSet.findFirst({
    where: { districtId, year, closedOn: { not: null } },
    select: { id: true },
  });
  if (closed) throw yearClosed(year);
  return work({ ...scope, districtId, year });
}

/** A write to one set of an open year. */
export interface SetWrite extends YearWrite {
  set: IndicatorSet;
}

/** Like `writeInYear`, for a write to one set; another district's set is not found. */
export async function writeInSet<T>(
  ctx: RequestContext,
  setId: string,
  work: (write: SetWrite) => Promise<T>,
): Promise<T> {
  const found = isUuid(setId)
    ? await ctx.prisma.indicatorSet.findFirst({
        where: { id: setId, districtId: actorOf(ctx).districtId },
        select: { year: true },
      })
    : null;
  if (!found) throw new NotFoundError(SET_LABEL);
  return writeInYear(ctx, found.year, async (write) =>
    work({
      ...write,
      set: await write.tx.indicatorSet.findUniqueOrThrow({ where: { id: setId } }),
    }),
  );
}

/** Like `writeInSet`, for a write about one indicator of the set. */
export async function writeForIndicator<T>(
  ctx: RequestContext,
  indicatorId: string,
  work: (write: SetWrite, indicator: Indicator) => Promise<T>,
): Promise<T> {
  const found = isUuid(indicatorId)
    ? await ctx.prisma.indicator.findFirst({
        where: { id: indicatorId, districtId: actorOf(ctx).districtId },
        select: { setId: true },
      })
    : null;
  if (!found) throw new NotFoundError(INDICATOR_LABEL);
  return writeInSet(ctx, found.setId, async (write) => {
    // Removed meanwhile: as missing.
    const indicator = await write.tx.indicator.findFirst({
      where: { id: indicatorId, setId: write.set.id },
    });
    if (!indicator) throw new NotFoundError(INDICATOR_LABEL);
    return work(write, indicator);
  });
}

/** The audit record of a write to the set (`assessment.<what>`), with the fields it set. */
export function auditSet(
  write: SetWrite,
  operation: string,
  changes: Record<string, unknown>,
): Promise<void> {
  return write.audit({
    operation: `assessment.${operation}`,
    targetType: SET_TARGET,
    targetId: write.set.id,
    changes,
  });
}
