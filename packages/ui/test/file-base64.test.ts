import { describe, expect, it } from 'vitest';
import { fileAsBase64 } from '../src/spreadsheets/download.ts';

describe('fileAsBase64', () => {
  it('encodes every byte of a file larger than one slice, as the server decodes it', async () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    const base64 = await fileAsBase64(new Blob([bytes]));
    expect(Buffer.from(base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
