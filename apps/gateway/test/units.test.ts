import { beforeAll, describe, expect, it } from 'vitest';
import { cadreId, cadreInput, createUnit } from '@cadre/testing';
import { auditCount, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);
let bureau: string;
let street: string;

const setQuota = (unitId: string, level: string, leadership: boolean, approved: number) =>
  h.a.data<{
    setPostQuota: { __typename: string; issues?: { path: string; messageZh: string }[] };
  }>(
    `mutation ($unitId: ID!, $level: PostLevel!, $leadership: Boolean!, $approved: Int!) {
      setPostQuota(unitId: $unitId, level: $level, leadership: $leadership, approved: $approved) {
        __typename ... on InputError { issues { path messageZh } } } }`,
    { unitId, level, leadership, approved },
  );

beforeAll(async () => {
  bureau = await createUnit(h.a, { code: 'U1', name: '区发展和改革委员会' });
  street = await createUnit(h.a, { code: 'U2', name: '西湖街道', category: 'SUBDISTRICT' });
  await createUnit(h.a, {
    code: 'U1-1',
    name: '区价格认证中心',
    category: 'PUBLIC_INSTITUTION',
    parentId: bureau,
  });
  // 发改委: one principal approved, two filled (over quota); 街道: three deputies approved, one filled.
  await setQuota(bureau, 'SECTION_PRINCIPAL', true, 1);
  await setQuota(street, 'SECTION_DEPUTY', true, 3);
  for (const [name, unitId, rank] of [
    ['甲', bureau, 'LEADER_SECTION_PRINCIPAL'],
    ['乙', bureau, 'LEADER_SECTION_PRINCIPAL'],
    ['丙', street, 'LEADER_SECTION_DEPUTY'],
    ['丁', street, 'PRINCIPAL_STAFF_1'],
  ] as const) {
    await cadreId(h.a, cadreInput(unitId, { name: `测试${name}`, rank }));
  }
  // A retired cadre fills no post.
  await cadreId(
    h.a,
    cadreInput(street, { name: '测试戊', rank: 'LEADER_SECTION_DEPUTY', status: 'RETIRED' }),
  );
});

describe('units and post quotas', () => {
  it('lists the tree level by level', async () => {
    const { units } = await h.a.data<{ units: { code: string; children: { name: string }[] }[] }>(
      '{ units { code children { name } } }',
    );
    expect(units).toEqual([
      { code: 'U1', children: [{ name: '区价格认证中心' }] },
      { code: 'U2', children: [] },
    ]);
  });

  it('computes approved, filled, vacant and over quota per unit and for the district', async () => {
    const data = await h.a.data<{
      units: { code: string; quotaLines: Record<string, unknown>[] }[];
      quotaTotals: Record<string, number>;
    }>(
      '{ units { code quotaLines { level leadership approved filled vacant overQuota } } quotaTotals { approved filled vacant overQuota } }',
    );
    const lines = Object.fromEntries(data.units.map((u) => [u.code, u.quotaLines]));
    expect(lines.U1).toEqual([
      {
        level: 'SECTION_PRINCIPAL',
        leadership: true,
        approved: 1,
        filled: 2,
        vacant: 0,
        overQuota: 1,
      },
    ]);
    expect(lines.U2).toEqual([
      {
        level: 'SECTION_PRINCIPAL',
        leadership: false,
        approved: 0,
        filled: 1,
        vacant: 0,
        overQuota: 1,
      },
      {
        level: 'SECTION_DEPUTY',
        leadership: true,
        approved: 3,
        filled: 1,
        vacant: 2,
        overQuota: 0,
      },
    ]);
    // Vacancies in one unit do not offset excess in another.
    expect(data.quotaTotals).toEqual({ approved: 4, filled: 4, vacant: 2, overQuota: 2 });
  });

  it('answers where an appointment at a rank would stand in a unit', async () => {
    const at = async (unit: string, rank: string) =>
      (
        await h.a.data<{ unit: { quotaAtRank: Record<string, number> } }>(
          `query ($id: ID!) { unit(id: $id) { quotaAtRank(rank: ${rank}) { approved filled vacant overQuota } } }`,
          { id: unit },
        )
      ).unit.quotaAtRank;
    // The street's deputy posts have room; a deputy researcher (职级) fills no leadership post.
    expect(await at(street, 'LEADER_SECTION_DEPUTY')).toEqual({
      approved: 3,
      filled: 1,
      vacant: 2,
      overQuota: 0,
    });
    expect(await at(bureau, 'LEADER_SECTION_PRINCIPAL')).toEqual({
      approved: 1,
      filled: 2,
      vacant: 0,
      overQuota: 1,
    });
    // No approved line at the level: no vacancy.
    expect(await at(bureau, 'LEADER_COUNTY_DEPUTY')).toEqual({
      approved: 0,
      filled: 0,
      vacant: 0,
      overQuota: 0,
    });
  });

  it('refuses a quota below zero and writes nothing', async () => {
    const before = await auditCount(h);
    const result = await setQuota(bureau, 'SECTION_DEPUTY', true, -1);
    expect(result.setPostQuota).toEqual({
      __typename: 'InputError',
      issues: [{ path: 'approved', messageZh: '职数不能小于 0' }],
    });
    expect(await auditCount(h)).toBe(before);
  });

  it('refuses a duplicate unit code and another district’s parent', async () => {
    const duplicate = await h.a.data<{ createUnit: { code: string } }>(
      'mutation { createUnit(code: "U1", name: "重复单位", category: TOWNSHIP) { ... on Error { code } } }',
    );
    expect(duplicate.createUnit.code).toBe('CORE_UNIT_CODE_TAKEN');
    const { units } = await h.b.data<{ units: unknown[] }>('{ units { code } }');
    expect(units).toEqual([]);
    const foreignParent = await h.b.data<{ createUnit: { code: string } }>(
      `mutation ($p: ID) { createUnit(code: "B1", name: "乙县单位", category: TOWNSHIP, parentId: $p) { ... on Error { code } } }`,
      { p: bureau },
    );
    expect(foreignParent.createUnit.code).toBe('CORE_NOT_FOUND');
  });
});
