import type { Database, Prisma, Transaction } from '@cadre/db';
import type { Emit } from '../contract/events.ts';
import { type AuditHashAlgorithm, CHAIN_START, chainHash } from '../domain/audit-chain.ts';
import { formatDate } from '../domain/dates.ts';
import { maskSensitiveFields } from '../domain/sensitive-fields.ts';
import { outboxEmitter } from './events.ts';

export type { Transaction };

/**
 * Who a write is done for: a user, a partner key, an operator at the command line, or the
 * platform itself on its schedule.
 */
export interface Actor {
  districtId: string;
  /** `user:<id>`, `api-key:<id>`, `operator` or `system`. */
  label: string;
  userId: string | null;
  requestId?: string | null;
  /**
   * The name the full-process record shows for an actor who is no account: the demo's clerk and
   * department leader, whose steps the operator loads. The audit record keeps the label.
   */
  name?: string;
}

export const operatorIn = (districtId: string): Actor => ({
  districtId,
  label: 'operator',
  userId: null,
});

/** The platform acting by the calendar, not for anyone: due items that come due by date. */
export const systemIn = (districtId: string): Actor => ({
  districtId,
  label: 'system',
  userId: null,
});

export interface AuditEntry {
  operation: string;
  targetType: string;
  targetId: string;
  changes: Record<string, unknown>;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/** `CADRE_AUDIT_HASH=sm3` chains new records with SM3 instead of SHA-256. */
export function auditHashAlgorithm(env: NodeJS.ProcessEnv = process.env): AuditHashAlgorithm {
  return env.CADRE_AUDIT_HASH === 'sm3' ? 'sm3' : 'sha256';
}

/**
 * Appends to the district's chain. The first record of a transaction takes the district's chain
 * lock (released at commit), so concurrent writers line up and no two records share a place.
 * Each record links to the chain's head (kept by the owner's trigger, out of the application's
 * reach) rather than to the last record found: records removed from the end leave a gap.
 * Sensitive fields are masked before anything is hashed or stored.
 */
function chainWriter(tx: Transaction, actor: Actor): Audit {
  let tip: { seq: bigint; hash: string } | null = null;
  const algorithm = auditHashAlgorithm();
  return async (entry) => {
    if (!tip) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${actor.districtId}`}, 0))`;
      const head = await tx.auditChainHead.findUnique({
        where: { districtId: actor.districtId },
        select: { seq: true, hash: true },
      });
      tip = head ?? { seq: 0n, hash: CHAIN_START };
    }
    const record = {
      districtId: actor.districtId,
      seq: tip.seq + 1n,
      actor: actor.label,
      operation: entry.operation,
      targetType: entry.targetType,
      targetId: entry.targetId,
      // Stored as JSON, hashed as the JSON it reads back as.
      changes: JSON.parse(
        JSON.stringify(maskSensitiveFields(entry.changes)),
      ) as Prisma.InputJsonValue,
      requestId: actor.requestId ?? null,
      at: new Date(),
    };
    const hash = chainHash(algorithm, tip.hash, record);
    await tx.auditRecord.create({
      data: { ...record, actorId: actor.userId, algorithm, prevHash: tip.hash, hash },
    });
    tip = { seq: record.seq, hash };
  };
}

/**
 * Runs a write in one transaction of the actor's district that also records what it changed
 * and the events it caused: if the write fails, none of it happens; if it commits, all does.
 */
export function writeAudited<T>(
  db: Database,
  actor: Actor,
  work: (tx: Transaction, audit: Audit, emit: Emit) => Promise<T>,
): Promise<T> {
  return db.transaction(actor.districtId, async (tx) => {
    const { audit, emit } = auditedIn(tx, actor);
    return work(tx, audit, emit);
  });
}

/**
 * The audit and events of `actor` in a transaction already open: the demo city's, which spans
 * districts as the owner and records what a clerk would record, all or nothing.
 */
export function auditedIn(tx: Transaction, actor: Actor): { audit: Audit; emit: Emit } {
  return { audit: chainWriter(tx, actor), emit: outboxEmitter(tx, actor.districtId) };
}

/** A value as the trail stores it: calendar dates as `YYYY-MM-DD`, instants in ISO form. */
export function auditable(value: unknown): unknown {
  if (value instanceof Date) {
    return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0
      ? formatDate(value)
      : value.toISOString();
  }
  return value ?? null;
}

/** The fields that differ, each as `[before, after]`; a new row is diffed against `{}`. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  omit: readonly string[] = ['updatedAt', 'createdAt', 'passwordHash'],
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (omit.includes(key)) continue;
    const [from, to] = [auditable(before[key]), auditable(after[key])];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = [from, to];
  }
  return changes;
}
