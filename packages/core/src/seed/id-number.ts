// Resident ID numbers in the GB 11643-1999 layout: 6-digit division code, birth date, a 3-digit
// sequence whose parity gives the gender (odd for men), and an ISO 7064 MOD 11-2 check character.

import { idNumberCheckCharacter } from '../domain/id-number.ts';

export function idNumber(
  divisionCode: string,
  birthDate: Date,
  gender: 'MALE' | 'FEMALE',
  /** 0–499: the sequence is 2·serial + 1 for men and 2·serial for women. */
  serial: number,
): string {
  const date = birthDate.toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = String(serial * 2 + (gender === 'MALE' ? 1 : 0)).padStart(3, '0');
  const first17 = divisionCode + date + sequence;
  return first17 + idNumberCheckCharacter(first17);
}
