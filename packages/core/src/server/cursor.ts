import { InputError } from '../errors/cadre-error.ts';

/** A keyset cursor: the row's order keys and id, opaque to clients. */
export function encodeCursor(keys: readonly string[], id: string): string {
  return Buffer.from(JSON.stringify([...keys, id])).toString('base64url');
}

/** The keys and id of a cursor made for an order of `keyCount` keys. */
export function decodeCursor(
  cursor: string | undefined,
  keyCount: number,
): { keys: string[]; id: string } | null {
  if (cursor === undefined) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const id = parts.at(-1);
    const keys = parts.slice(0, -1);
    if (
      keys.length === keyCount &&
      keys.every((key) => typeof key === 'string') &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    )
      return { keys: keys as string[], id };
  } catch {
    // Falls through to the error below.
  }
  throw new InputError([
    {
      path: 'after',
      code: 'INVALID_CURSOR',
      text: { zh: '分页游标无效', en: 'Invalid page cursor' },
    },
  ]);
}
