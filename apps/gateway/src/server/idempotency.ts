import { createHash } from 'node:crypto';
import type { RequestContext } from '@cadre/core';
import { HttpError } from './http-error.ts';

/** How long an answer is kept for a retry with the same key. */
const KEEP_MS = 24 * 3600_000;
const KEY = /^[\x21-\x7e]{8,200}$/;

export type IdempotentStart =
  | { kind: 'fresh'; finish(status: number, body: string): Promise<void>; abandon(): Promise<void> }
  | { kind: 'replay'; status: number; body: string };

/**
 * `Idempotency-Key`: the first request with a key runs and its answer is kept; a retry with the
 * same key and body gets that answer without running again; the same key with another body, or
 * while the first is still running, is refused. Keys belong to one credential.
 */
export async function startIdempotent(
  ctx: RequestContext,
  key: string,
  body: unknown,
): Promise<IdempotentStart> {
  if (!ctx.credential || !ctx.district)
    throw new HttpError(401, 'CORE_UNAUTHENTICATED', {
      zh: '使用幂等键须先登录',
      en: 'Sign in to use an idempotency key',
    });
  if (!KEY.test(key))
    throw new HttpError(400, 'CORE_IDEMPOTENCY_KEY_INVALID', {
      zh: '幂等键须为 8–200 个可见 ASCII 字符',
      en: 'Idempotency-Key: 8–200 visible ASCII characters',
    });
  const districtId = ctx.district.id;
  const credential = `${ctx.credential.kind}:${ctx.credential.id}`;
  const requestHash = createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');
  const existing = await ctx.db.transaction(districtId, async (tx) => {
    await tx.idempotencyRecord.deleteMany({
      where: { credential, createdAt: { lt: new Date(Date.now() - KEEP_MS) } },
    });
    // A concurrent first request with this key makes this wait for it, then find its row.
    const inserted = await tx.$executeRaw`
      INSERT INTO core.idempotency_record (district_id, credential, key, request_hash)
      VALUES (${districtId}::uuid, ${credential}, ${key}, ${requestHash})
      ON CONFLICT DO NOTHING`;
    return inserted === 1
      ? null
      : tx.idempotencyRecord.findUniqueOrThrow({
          where: { credential_key: { credential, key } },
        });
  });
  if (!existing) {
    const where = { credential_key: { credential, key } };
    return {
      kind: 'fresh',
      finish: async (status, responseBody) => {
        await ctx.db.transaction(districtId, (tx) =>
          tx.idempotencyRecord.update({
            where,
            data: { status, responseBody, completedAt: new Date() },
          }),
        );
      },
      abandon: async () => {
        await ctx.db.transaction(districtId, (tx) =>
          tx.idempotencyRecord.deleteMany({ where: { credential, key } }),
        );
      },
    };
  }
  if (existing.requestHash !== requestHash)
    throw new HttpError(422, 'CORE_IDEMPOTENCY_KEY_REUSED', {
      zh: '该幂等键已用于另一个请求',
      en: 'This idempotency key was used for a different request',
    });
  if (existing.completedAt === null || existing.responseBody === null)
    throw new HttpError(409, 'CORE_IDEMPOTENCY_IN_PROGRESS', {
      zh: '使用该幂等键的请求仍在处理中',
      en: 'A request with this idempotency key is still running',
    });
  return { kind: 'replay', status: existing.status ?? 200, body: existing.responseBody };
}
