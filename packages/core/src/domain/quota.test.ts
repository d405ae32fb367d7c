import { describe, expect, it } from 'vitest';
import { quotaFigures, sumQuotaFigures } from './quota.ts';
import { rankQuotaKey, ranksFilling } from './ranks.ts';

describe('职数 figures', () => {
  it.each([
    [3, 1, { vacant: 2, overQuota: 0 }],
    [1, 3, { vacant: 0, overQuota: 2 }],
    [2, 2, { vacant: 0, overQuota: 0 }],
    [0, 1, { vacant: 0, overQuota: 1 }],
  ])('approved %i and filled %i give %j', (approved, filled, expected) => {
    expect(quotaFigures(approved, filled)).toEqual({ approved, filled, ...expected });
  });

  it('never lets one unit’s vacancy offset another’s excess', () => {
    expect(sumQuotaFigures([quotaFigures(3, 1), quotaFigures(1, 3)])).toEqual({
      approved: 4,
      filled: 4,
      vacant: 2,
      overQuota: 2,
    });
  });

  it('maps every rank to exactly one quota key', () => {
    const keys = [
      ...new Map(Object.values(rankQuotaKey).map((k) => [JSON.stringify(k), k])).values(),
    ];
    const filled = keys.flatMap((key) => ranksFilling(key));
    expect(filled.sort()).toEqual(Object.keys(rankQuotaKey).sort());
    expect(ranksFilling({ level: 'SECTION_PRINCIPAL', leadership: false })).toEqual([
      'PRINCIPAL_STAFF_1',
      'PRINCIPAL_STAFF_2',
    ]);
  });
});
