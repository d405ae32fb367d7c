import { describe, expect, it } from 'vitest';
import { exceedsPrincipals, isFullOrder } from './leadership-team.ts';

const team = [
  { id: 'a', role: 'PRINCIPAL' as const },
  { id: 'b', role: 'DEPUTY' as const },
];

describe('team seats', () => {
  it('allows one principal per team, whom a change of post leaves in place', () => {
    expect(exceedsPrincipals(team, 'PRINCIPAL')).toBe(true);
    expect(exceedsPrincipals(team, 'PRINCIPAL', 'b')).toBe(true);
    expect(exceedsPrincipals(team, 'PRINCIPAL', 'a')).toBe(false);
    expect(exceedsPrincipals(team, 'DEPUTY')).toBe(false);
    expect(exceedsPrincipals([{ id: 'b', role: 'DEPUTY' }], 'PRINCIPAL')).toBe(false);
  });

  it('takes a new order that names every member once', () => {
    expect(isFullOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
    expect(isFullOrder(['a', 'b', 'c'], ['c', 'a'])).toBe(false);
    expect(isFullOrder(['a', 'b', 'c'], ['c', 'a', 'a'])).toBe(false);
    expect(isFullOrder(['a', 'b'], ['a', 'b', 'x'])).toBe(false);
    expect(isFullOrder(['a', 'b'], ['a', 'x'])).toBe(false);
    expect(isFullOrder([], [])).toBe(true);
  });
});
