import type { PrismaClient, Transaction } from '@cadre/db';
import { type ChainBreak, verifyChainSegment } from '../domain/audit-chain.ts';

const BATCH = 5_000;

export interface ChainReport {
  districtId: string;
  /** Records checked, up to the first break. */
  checked: number;
  broken: ChainBreak | null;
}

/** Recomputes a district's chain from its first record and reports the first broken link. */
export async function verifyDistrictChain(
  client: PrismaClient | Transaction,
  districtId: string,
): Promise<ChainReport> {
  let state: { seq: bigint; hash: string } | undefined;
  let checked = 0;
  for (;;) {
    const records = await client.auditRecord.findMany({
      where: { districtId, seq: { gt: state?.seq ?? 0n } },
      orderBy: { seq: 'asc' },
      take: BATCH,
    });
    const { broken, last } = verifyChainSegment(records, state);
    if (broken) {
      const at = records.findIndex((r) => r.id === broken.recordId);
      return { districtId, checked: checked + at, broken };
    }
    checked += records.length;
    state = last;
    if (records.length < BATCH) return { districtId, checked, broken: null };
  }
}
