import type { Prisma, PrismaClient } from '@cadre/db';
import { formatDate } from '../domain/dates.ts';

export type Transaction = Prisma.TransactionClient;

/** Who a write is done for: a signed-in user, or an operator at the command line (no actor). */
export interface Actor {
  districtId: string | null;
  userId: string | null;
}

export interface AuditEntry {
  operation: string;
  targetType: string;
  targetId: string;
  changes: Record<string, unknown>;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * Runs a write in one transaction that also records what it changed: if the write fails,
 * neither happens; if it commits, its audit records commit with it.
 */
export function writeAudited<T>(
  prisma: PrismaClient,
  actor: Actor,
  work: (tx: Transaction, audit: Audit) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const audit: Audit = async (entry) => {
      await tx.auditRecord.create({
        data: {
          districtId: actor.districtId,
          actorId: actor.userId,
          operation: entry.operation,
          targetType: entry.targetType,
          targetId: entry.targetId,
          changes: entry.changes as Prisma.InputJsonValue,
        },
      });
    };
    return work(tx, audit);
  });
}

function auditable(value: unknown): unknown {
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
