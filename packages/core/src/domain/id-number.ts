import { parseDate } from './dates.ts';

// 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence whose parity is
// the gender (odd for men), and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return CHECK[sum % 11] ?? '';
}

export function isValidIdNumber(id: string): boolean {
  return (
    /^\d{17}[\dX]$/.test(id) &&
    idNumberCheckCharacter(id.slice(0, 17)) === id[17] &&
    idNumberBirthDate(id) !== null
  );
}

export function idNumberBirthDate(id: string): Date | null {
  return parseDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
}

export function idNumberGender(id: string): 'MALE' | 'FEMALE' {
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** What lists and cards show: area and check character only (3201**********123X). */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`;
}
