import { createHash } from 'node:crypto';

// The audit chain (防篡改审计链): each record's hash covers its content and the hash before it,
// so changing, removing or inserting a record breaks the chain exactly there.

/** SHA-256 by default; SM3 (GB/T 32905) where a district's rules call for the national standard. */
export type AuditHashAlgorithm = 'sha256' | 'sm3';

/** The hash a district's first record links to. */
export const CHAIN_START = '0'.repeat(64);

export interface ChainedContent {
  districtId: string;
  seq: bigint;
  actor: string;
  operation: string;
  targetType: string;
  targetId: string;
  changes: unknown;
  requestId: string | null;
  at: Date;
}

/** JSON with object keys sorted at every level: the database may store keys in another order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function chainHash(
  algorithm: AuditHashAlgorithm,
  prevHash: string,
  record: ChainedContent,
): string {
  const content = canonicalJson({
    districtId: record.districtId,
    seq: record.seq.toString(),
    actor: record.actor,
    operation: record.operation,
    targetType: record.targetType,
    targetId: record.targetId,
    changes: record.changes,
    requestId: record.requestId,
    at: record.at.toISOString(),
  });
  return createHash(algorithm).update(prevHash).update('\n').update(content).digest('hex');
}

export interface StoredRecord extends ChainedContent {
  id: bigint;
  algorithm: string;
  prevHash: string;
  hash: string;
}

/** A record that does not follow from the one before it. */
export interface LinkBreak {
  recordId: bigint;
  seq: bigint;
  reason: 'SEQUENCE_GAP' | 'PREVIOUS_HASH_MISMATCH' | 'CONTENT_HASH_MISMATCH' | 'UNKNOWN_ALGORITHM';
}

export type ChainBreak =
  | LinkBreak
  | {
      /** The chain ends before its head or a checkpoint: from `seq` on, the newest records are gone. */
      recordId: null;
      seq: bigint;
      reason: 'TRUNCATED';
    }
  | {
      /** The chain's end is not what the head says, or a checkpoint's record is not the one named. */
      recordId: bigint | null;
      seq: bigint;
      reason: 'HEAD_MISMATCH' | 'CHECKPOINT_MISMATCH';
    };

/** A place in a chain, as the head keeps it and `cadre audit checkpoint` exports it. */
export interface ChainPoint {
  seq: bigint;
  hash: string;
}

/**
 * Walks one district's records in `seq` order from `from` (the state after the records already
 * checked) and returns the first break, or the state to continue from.
 */
export function verifyChainSegment(
  records: readonly StoredRecord[],
  from: { seq: bigint; hash: string } = { seq: 0n, hash: CHAIN_START },
): { broken: LinkBreak | null; last: ChainPoint } {
  let last = from;
  for (const record of records) {
    const fail = (reason: LinkBreak['reason']) => ({
      broken: { recordId: record.id, seq: record.seq, reason },
      last,
    });
    if (record.seq !== last.seq + 1n) return fail('SEQUENCE_GAP');
    if (record.prevHash !== last.hash) return fail('PREVIOUS_HASH_MISMATCH');
    if (record.algorithm !== 'sha256' && record.algorithm !== 'sm3')
      return fail('UNKNOWN_ALGORITHM');
    if (chainHash(record.algorithm, record.prevHash, record) !== record.hash)
      return fail('CONTENT_HASH_MISMATCH');
    last = { seq: record.seq, hash: record.hash };
  }
  return { broken: null, last };
}

/**
 * After a chain was walked intact to `last`: the first way it disagrees with an exported
 * checkpoint (`found`: the chain's record at the checkpoint's place, if any) or with its head.
 */
export function checkChainEnd(
  last: ChainPoint,
  head: ChainPoint | null,
  checkpoint?: { point: ChainPoint; found: { id: bigint; hash: string } | null },
): ChainBreak | null {
  const truncated = { recordId: null, seq: last.seq + 1n, reason: 'TRUNCATED' } as const;
  if (checkpoint) {
    const { point, found } = checkpoint;
    if (!found) return truncated;
    if (found.hash !== point.hash)
      return { recordId: found.id, seq: point.seq, reason: 'CHECKPOINT_MISMATCH' };
  }
  if (!head)
    return last.seq === 0n ? null : { recordId: null, seq: last.seq, reason: 'HEAD_MISMATCH' };
  if (head.seq > last.seq) return truncated;
  if (head.seq !== last.seq || head.hash !== last.hash)
    return { recordId: null, seq: head.seq, reason: 'HEAD_MISMATCH' };
  return null;
}
