import type { PrismaClient, Transaction } from '@cadre/db';
import {
  CHAIN_START,
  type ChainBreak,
  type ChainPoint,
  checkChainEnd,
  verifyChainSegment,
} from '../domain/audit-chain.ts';

const BATCH = 5_000;

export interface ChainReport {
  districtId: string;
  /** Records checked, up to the first break. */
  checked: number;
  broken: ChainBreak | null;
  /** Where the intact part of the chain ends: what a checkpoint records. */
  last: ChainPoint;
}

/**
 * Recomputes a district's chain from its first record and reports the first broken link; then
 * checks that the chain still reaches its head and, if given, an exported checkpoint (records
 * removed from the end break no link, so only these find them).
 */
export async function verifyDistrictChain(
  client: PrismaClient | Transaction,
  districtId: string,
  checkpoint?: ChainPoint,
): Promise<ChainReport> {
  let last: ChainPoint = { seq: 0n, hash: CHAIN_START };
  let checked = 0;
  let found: { id: bigint; hash: string } | null = null;
  for (;;) {
    const records = await client.auditRecord.findMany({
      where: { districtId, seq: { gt: last.seq } },
      orderBy: { seq: 'asc' },
      take: BATCH,
    });
    const segment = verifyChainSegment(records, last);
    if (segment.broken) {
      const at = records.findIndex((r) => r.id === segment.broken?.recordId);
      return { districtId, checked: checked + at, broken: segment.broken, last: segment.last };
    }
    const atCheckpoint = checkpoint && records.find((r) => r.seq === checkpoint.seq);
    if (atCheckpoint) found = { id: atCheckpoint.id, hash: atCheckpoint.hash };
    checked += records.length;
    last = segment.last;
    if (records.length < BATCH) break;
  }
  const head = await client.auditChainHead.findUnique({
    where: { districtId },
    select: { seq: true, hash: true },
  });
  const broken = checkChainEnd(last, head, checkpoint && { point: checkpoint, found });
  return { districtId, checked, broken, last };
}
