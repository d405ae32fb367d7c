import { InputError } from '../errors/cadre-error.ts';

/** A keyset cursor: the row's order key and id, opaque to clients. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { key: string; id: string } | null {
  if (cursor === undefined) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))
      return { key, id };
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
