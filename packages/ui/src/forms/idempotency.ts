/**
 * The urql context of a mutation that creates a record: the admin client sends `key` as the
 * `Idempotency-Key` header, so that a retry or a second submit of the same form creates one record.
 *
 *   await create(variables, idempotent(key));
 */
export interface IdempotentContext {
  idempotencyKey: string;
}

export const idempotent = (key: string): IdempotentContext => ({ idempotencyKey: key });

/** The key a mutation's context carries, if any (read by the admin client). */
export function idempotencyKeyOf(context: object): string | null {
  const key = (context as Partial<IdempotentContext>).idempotencyKey;
  return typeof key === 'string' ? key : null;
}

/**
 * 32 random hex digits. `crypto.randomUUID` needs a secure context; an intranet served over plain
 * HTTP is not one, `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
