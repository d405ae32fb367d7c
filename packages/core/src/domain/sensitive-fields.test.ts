import { describe, expect, it } from 'vitest';
import {
  declareSensitiveFields,
  isSensitiveField,
  maskSensitiveFields,
  REDACTED,
} from './sensitive-fields.ts';

describe('maskSensitiveFields', () => {
  it('masks an ID number as the screens show it, before and after, at any depth', () => {
    expect(
      maskSensitiveFields({
        name: ['张三', '张叁'],
        idNumber: ['11010519491231002X', null],
        nested: { rows: [{ idNumber: '110105194912310021' }] },
      }),
    ).toEqual({
      name: ['张三', '张叁'],
      idNumber: ['1101**********002X', null],
      nested: { rows: [{ idNumber: '1101**********0021' }] },
    });
  });

  it('redacts secrets and malformed numbers entirely', () => {
    expect(
      maskSensitiveFields({ passwordHash: 'scrypt$abc', idNumber: '12345', secret: 42 }),
    ).toEqual({ passwordHash: REDACTED, idNumber: REDACTED, secret: REDACTED });
  });

  it("masks a plugin's declared fields too, and leaves others' values and dates alone", () => {
    expect(isSensitiveField('reporterName')).toBe(false);
    declareSensitiveFields(['reporterName']);
    expect(isSensitiveField('reporterName')).toBe(true);
    const at = new Date('2026-01-02T03:04:05Z');
    expect(maskSensitiveFields({ reporterName: ['李四', '王五'], at, count: 3 })).toEqual({
      reporterName: [REDACTED, REDACTED],
      at,
      count: 3,
    });
  });
});
