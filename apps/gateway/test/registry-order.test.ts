import { beforeAll, describe, expect, it } from 'vitest';
import { fillNameKeys } from '@cadre/core';
import { cadreId, cadreInput, createUnit, rowId } from '@cadre/testing';
import { useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// The registry as a clerk reads it (名册习惯): names by pinyin, a unit's roster by post, search by
// pinyin or initials, and pages by number. Run on PGlite and on PostgreSQL: both list alike.

const h = useGateway(testPlugins);

type Page = {
  cadres: {
    totalCount: number;
    pageInfo: { endCursor: string; hasPreviousPage: boolean };
    edges: { node: { id: string; name: string } }[];
  };
};
const PAGE = `query ($filter: CadreFilter, $orderBy: CadreOrderField, $first: Int, $after: String, $skip: Int) {
  cadres(filter: $filter, orderBy: $orderBy, first: $first, after: $after, skip: $skip) {
    totalCount pageInfo { endCursor hasPreviousPage } edges { node { id name } }
  }
}`;
const page = (variables: Record<string, unknown>) => h.a.data<Page>(PAGE, variables);
const names = async (variables: Record<string, unknown>) =>
  (await page({ first: 100, ...variables })).cadres.edges.map((e) => e.node.name);

const units = {} as { bureau: string; office: string; committee: string };

beforeAll(async () => {
  // Unit tree: 区财政局 (B1) › 会计核算中心 (Z9), then 区委办 (C1). By code alone Z9 would come last.
  units.bureau = await createUnit(h.a, { code: 'B1', name: '区财政局' });
  units.office = await createUnit(h.a, {
    code: 'Z9',
    name: '会计核算中心',
    category: 'PUBLIC_INSTITUTION',
    parentId: units.bureau,
  });
  units.committee = await createUnit(h.a, { code: 'C1', name: '区委办' });
  const staff: [string, string, string][] = [
    ['付四', units.committee, 'STAFF_1'],
    ['于三', units.bureau, 'STAFF_1'],
    ['严二', units.bureau, 'LEADER_SECTION_DEPUTY'],
    ['丁一', units.office, 'STAFF_2'],
    ['吕金庆', units.bureau, 'LEADER_SECTION_PRINCIPAL'],
    ['单雄信', units.committee, 'LEADER_SECTION_PRINCIPAL'],
    ['曾国藩', units.office, 'PRINCIPAL_STAFF_3'],
    ['黎明', units.committee, 'STAFF_1'],
    ['李明', units.committee, 'STAFF_1'],
  ];
  for (const [name, unitId, rank] of staff) await cadreId(h.a, cadreInput(unitId, { name, rank }));
});

/** 丁 付 吕 单(shan) 严 于 曾(zeng) by sound; 李明 and 黎明 read alike, so by character. */
const BY_PINYIN = ['丁一', '付四', '李明', '黎明', '吕金庆', '单雄信', '严二', '于三', '曾国藩'];

describe('registry conventions', () => {
  it('orders names by pinyin, surnames read as surnames, in pages that join up', async () => {
    expect(await names({ orderBy: 'NAME' })).toEqual(BY_PINYIN);
    const first = await page({ orderBy: 'NAME', first: 4 });
    const rest = await names({ orderBy: 'NAME', after: first.cadres.pageInfo.endCursor });
    expect([...first.cadres.edges.map((e) => e.node.name), ...rest]).toEqual(BY_PINYIN);
  });

  it('orders a roster by post: unit tree order, the higher rank first, then pinyin', async () => {
    expect(await names({ orderBy: 'POST_ORDER' })).toEqual([
      // 区财政局: 乡科级正职, 乡科级副职, 一级科员.
      '吕金庆',
      '严二',
      '于三',
      // 会计核算中心 under it: 三级主任科员 before 二级科员.
      '曾国藩',
      '丁一',
      // 区委办: its leader, then the 一级科员 by name.
      '单雄信',
      '付四',
      '李明',
      '黎明',
    ]);
    const first = await page({ orderBy: 'POST_ORDER', first: 5 });
    const rest = await names({ orderBy: 'POST_ORDER', after: first.cadres.pageInfo.endCursor });
    expect(rest).toEqual(['单雄信', '付四', '李明', '黎明']);
    expect(await names({ orderBy: 'POST_ORDER', filter: { unitId: units.office } })).toEqual([
      '曾国藩',
      '丁一',
    ]);
  });

  it('finds a name by characters, pinyin or initials, in any case', async () => {
    for (const search of ['ljq', 'LJ', 'lvjin', 'JinQing', '金庆', '吕'])
      expect(await names({ filter: { search } }), search).toEqual(['吕金庆']);
    expect(await names({ filter: { search: 'ming' } })).toEqual(['李明', '黎明']);
    expect(await names({ filter: { search: 'xyz' } })).toEqual([]);
  });

  it('jumps to a page by number with the filter still applied', async () => {
    const jumped = await page({ orderBy: 'NAME', first: 3, skip: 6 });
    expect(jumped.cadres.edges.map((e) => e.node.name)).toEqual(BY_PINYIN.slice(6, 9));
    expect(jumped.cadres.pageInfo.hasPreviousPage).toBe(true);
    const filtered = await page({ filter: { search: 'ming' }, first: 1, skip: 1 });
    expect(filtered.cadres.edges.map((e) => e.node.name)).toEqual(['黎明']);
    expect(filtered.cadres.totalCount).toBe(2);
    // Then on by cursor from where the jump landed.
    const after = await page({ orderBy: 'NAME', first: 3, skip: 3 });
    expect(await names({ orderBy: 'NAME', after: after.cadres.pageInfo.endCursor })).toEqual(
      BY_PINYIN.slice(6),
    );
  });

  it('refuses a jump with a cursor or a negative one', async () => {
    const { cadres } = await page({ orderBy: 'NAME', first: 2 });
    const withCursor = await h.a.request(PAGE, {
      first: 2,
      skip: 2,
      after: cadres.pageInfo.endCursor,
    });
    expect(withCursor.errors?.[0]?.extensions?.code).toBe('CORE_INVALID_INPUT');
    expect(JSON.stringify(withCursor.errors?.[0]?.extensions)).toContain('SKIP_WITH_CURSOR');
    const negative = await h.a.request(PAGE, { first: 2, skip: -1 });
    expect(negative.errors?.[0]?.message).toBeTruthy();
    expect(negative.data?.cadres ?? null).toBeNull();
  });

  it('stores the keys on every write and fills those of rows stored before them', async () => {
    const id = await cadreId(h.a, cadreInput(units.bureau, { name: '区小红' }));
    const keys = () =>
      h.db.asOwner((tx) =>
        tx.cadre.findUniqueOrThrow({
          where: { id: rowId(id) },
          select: { namePinyin: true, nameInitials: true },
        }),
      );
    expect(await keys()).toEqual({ namePinyin: 'ouxiaohong', nameInitials: 'oxh' });
    await h.a.data(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { name: "仇英" }) { __typename } }`,
      { id },
    );
    expect(await keys()).toEqual({ namePinyin: 'qiuying', nameInitials: 'qy' });
    // As the migration leaves an existing row: no keys, so it would sort first and never match.
    await h.db.asOwner((tx) =>
      tx.cadre.update({ where: { id: rowId(id) }, data: { namePinyin: '', nameInitials: '' } }),
    );
    expect(await names({ filter: { search: 'qy' } })).toEqual([]);
    expect(await fillNameKeys(h.db)).toBe(1);
    expect(await keys()).toEqual({ namePinyin: 'qiuying', nameInitials: 'qy' });
    expect(await names({ filter: { search: 'qy' } })).toEqual(['仇英']);
    expect(await fillNameKeys(h.db)).toBe(0);
  });
});
