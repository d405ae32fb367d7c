import { describe, expect, it } from 'vitest';
import {
  idNumberBirthDate,
  idNumberCheckCharacter,
  idNumberGender,
  isValidIdNumber,
  maskIdNumber,
} from './id-number.ts';

describe('公民身份号码', () => {
  // The worked example of GB 11643-1999.
  it('computes the MOD 11-2 check character of the standard’s example', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('rejects a wrong check character, a bad date or a wrong length', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194913310029')).toBe(false);
    expect(isValidIdNumber('11010519491231002')).toBe(false);
  });

  it('reads birth date and gender, and masks the middle', () => {
    expect(idNumberBirthDate('11010519491231002X')?.toISOString().slice(0, 10)).toBe('1949-12-31');
    expect(idNumberGender('11010519491231002X')).toBe('FEMALE');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
