import type { Transaction } from '@cadre/core';
import { dailyScore } from '../domain/daily.ts';

// What the annual round takes from the daily assessment: each cadre's quarterly mean (weighted
// there by the round's `dailyWeight`), and the direct deductions it counts and then settles.

/** Open deductions: neither withdrawn nor counted by an annual round. */
export const OPEN_DEDUCTION = { withdrawnOn: null, settledRoundId: null } as const;

type DailyReader = Pick<Transaction, 'quarterlyEvaluation' | 'dailyDeduction'>;

export interface OpenDeduction {
  id: string;
  points: number;
  reason: string;
  year: number;
}

/** The mean quarterly score (季考评) of each cadre evaluated at least once in `year`. */
export async function dailyScoresOf(
  db: DailyReader,
  districtId: string,
  year: number,
  cadreIds: readonly string[],
): Promise<Map<string, number>> {
  const evaluations = await db.quarterlyEvaluation.findMany({
    where: { districtId, year, cadreId: { in: [...cadreIds] } },
    select: { cadreId: true, score: true },
  });
  const scores = new Map<string, number[]>();
  for (const { cadreId, score } of evaluations) {
    scores.set(cadreId, [...(scores.get(cadreId) ?? []), score]);
  }
  return new Map(
    [...scores].flatMap(([cadreId, quarters]) => {
      const score = dailyScore(quarters);
      return score === null ? [] : [[cadreId, score] as const];
    }),
  );
}

/** Each cadre's open deductions (not withdrawn, not counted by a round) of `year`, or of any year. */
export async function openDeductionsOf(
  db: DailyReader,
  districtId: string,
  year: number | null,
  cadreIds: readonly string[],
): Promise<Map<string, OpenDeduction[]>> {
  const rows = await db.dailyDeduction.findMany({
    where: {
      districtId,
      cadreId: { in: [...cadreIds] },
      ...(year === null ? {} : { year }),
      ...OPEN_DEDUCTION,
    },
    select: { id: true, cadreId: true, points: true, reason: true, year: true },
    orderBy: [{ year: 'asc' }, { recordedOn: 'asc' }, { id: 'asc' }],
  });
  const open = new Map<string, OpenDeduction[]>();
  for (const { cadreId, ...deduction } of rows) {
    open.set(cadreId, [...(open.get(cadreId) ?? []), deduction]);
  }
  return open;
}

/**
 * Marks the open deductions of `year` of these cadres as counted by the round `roundId`, in the
 * round's write (its own audit record names what it concluded); returns how many it settled.
 */
export async function settleDeductions(
  tx: Pick<Transaction, 'dailyDeduction'>,
  districtId: string,
  year: number,
  cadreIds: readonly string[],
  roundId: string,
): Promise<number> {
  const { count } = await tx.dailyDeduction.updateMany({
    where: { districtId, year, cadreId: { in: [...cadreIds] }, ...OPEN_DEDUCTION },
    data: { settledRoundId: roundId },
  });
  return count;
}
