import { describe, expect, it } from 'vitest';
import {
  pageArguments,
  readView,
  targetPage,
  withFilter,
  writeView,
} from '../src/pages/cadres/registry-state.ts';

const view = (query: string) => readView(new URLSearchParams(query));

describe('the registry view in the address', () => {
  it('reads the plain registry as the first page of 50 by name, of the cadres in service', () => {
    expect(view('')).toEqual({
      filter: {
        search: undefined,
        unitId: undefined,
        ranks: undefined,
        educationAtLeast: undefined,
        gender: undefined,
        politicalStatuses: undefined,
        statuses: ['ACTIVE'],
        managementAuthorities: undefined,
        ageMin: undefined,
        ageMax: undefined,
      },
      orderBy: 'NAME',
      descending: false,
      size: 50,
      page: 1,
      cursor: null,
    });
    expect(writeView(view('')).toString()).toBe('');
  });

  it('writes back what it read', () => {
    const query =
      'q=%E7%8E%8B&ranks=STAFF_1%2CSTAFF_2&edu=UNIVERSITY&ageMin=30&sort=AGE&desc=1&size=20&p=3&after=abc';
    expect(writeView(view(query)).toString()).toBe(query);
  });

  it('keeps the removed in-service filter in the address', () => {
    const all = withFilter(view(''), { filter: { statuses: undefined } });
    expect(writeView(all).toString()).toBe('status=all');
    expect(view('status=all').filter.statuses).toBeUndefined();
    expect(view('status=RETIRED').filter.statuses).toEqual(['RETIRED']);
    expect(writeView(view('status=ACTIVE')).toString()).toBe('');
  });

  it('refuses what it does not know: odd sizes, orders and numbers', () => {
    const odd = view('size=7&sort=SALARY&ageMin=abc&p=-2');
    expect([odd.size, odd.orderBy, odd.filter.ageMin, odd.page]).toEqual([
      50,
      'NAME',
      undefined,
      1,
    ]);
  });

  it('turns keyset positions into connection arguments, without empty filters', () => {
    expect(pageArguments(view('gender=FEMALE&status='))).toEqual({
      filter: { gender: 'FEMALE' },
      orderBy: 'NAME',
      descending: false,
      first: 50,
    });
    expect(pageArguments(view('after=x&size=20'))).toMatchObject({ first: 20, after: 'x' });
    expect(pageArguments(view('before=y&size=20'))).toMatchObject({ last: 20, before: 'y' });
    expect(pageArguments(view('last=7'))).toMatchObject({ last: 7 });
    // A page by number without a cursor passes over the pages before it.
    expect(pageArguments(view('p=3&size=20'))).toMatchObject({ first: 20, skip: 40 });
    expect(pageArguments(view('p=3&size=20&after=x'))).not.toHaveProperty('skip');
  });

  it('jumps to a page by number, within the pages there are', () => {
    const info = { startCursor: 's', endCursor: 'e' };
    expect(targetPage({ page: 2 }, view(''), 125, info)).toEqual({ page: 2, cursor: null });
    expect(targetPage({ page: 9 }, view(''), 125, info)).toEqual({ page: 3, cursor: null });
    expect(targetPage({ page: 1 }, view(''), 125, info)).toBeNull();
  });

  it('starts at the first page when the filter changes', () => {
    const changed = withFilter(view('p=4&after=x'), { filter: { gender: 'MALE' } });
    expect([changed.page, changed.cursor]).toEqual([1, null]);
  });

  // 125 cadres by 50: pages of 50, 50 and 25.
  const info = { startCursor: 's', endCursor: 'e' };
  it.each([
    ['first', '', null],
    ['first', 'p=3&last=25', { page: 1, cursor: null }],
    ['previous', '', null],
    ['previous', 'p=2&after=a', { page: 1, cursor: null }],
    ['previous', 'p=3&last=25', { page: 2, cursor: { before: 's' } }],
    ['next', '', { page: 2, cursor: { after: 'e' } }],
    ['next', 'p=3&after=a', null],
    ['last', '', { page: 3, cursor: { last: 25 } }],
    ['last', 'p=3&after=a', null],
  ] as const)('turns to the %s page from "%s"', (direction, query, expected) => {
    expect(targetPage(direction, view(query), 125, info)).toEqual(expected);
  });

  it('keeps a full last page when the total divides evenly', () => {
    expect(targetPage('last', view(''), 100, info)).toEqual({ page: 2, cursor: { last: 50 } });
  });
});
