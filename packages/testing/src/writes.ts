import type { Transaction } from '@cadre/db';
import { expect } from 'vitest';

// A refused write must leave the database as it was: tests read every row it could have
// touched before and after the attempt and compare.

/** Core's rows any workflow plugin's write adds to: the audit chain, events, cases and moves. */
export async function coreWrites(tx: Transaction) {
  return {
    audit: await tx.auditRecord.count(),
    events: await tx.outboxEvent.count(),
    cases: await tx.workflowCase.findMany({ orderBy: { id: 'asc' } }),
    transitions: await tx.caseTransition.count(),
  };
}

/**
 * Expects `attempt` to be refused with `code` and everything `writes` reads to be as it was
 * before; answers the refusal for the test to look at further.
 */
export async function refusedUnchanged<T extends { __typename: string; code?: string }>(
  writes: () => Promise<unknown>,
  code: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const before = await writes();
  const result = await attempt();
  expect(result).toMatchObject({ code });
  expect(result.__typename).not.toMatch(/Success$/);
  expect(await writes()).toEqual(before);
  return result;
}
