import { beforeAll, describe, expect, it } from 'vitest';
import { createDistrict, createUser } from '@cadre/core';
import { selectionPlugin } from '@cadre/plugin-selection';
import { cadreId, cadreInput, createUnit, rowId, type GraphQLClient } from '@cadre/testing';
import {
  auditCount,
  staffWith,
  TEST_PASSWORD,
  useGateway,
  type Harness,
} from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// 市级汇总: the city (C01) reads its districts' figures (D01 with selection, D02 without) and,
// with core.city.read-managed-cadres, their 市管干部; never another city's district (D03 of C02).

const PLUGINS = [...testPlugins, selectionPlugin];
const OPERATOR = { label: 'operator', userId: null };
const h = useGateway(PLUGINS, {}, { a: ['alpha', 'beta', 'selection'] });

const STRUCTURE = `total averageAge byRank { rank count } byGender { gender count }
  ageBands { fromAge toAge male female } byPoliticalStatus { politicalStatus count }
  byEducation { education count }`;
const QUOTA = 'approved filled vacant overQuota';
const FIGURES = `code name cadresInService openDueItems overdueDueItems overQuotaUnits
  structure { ${STRUCTURE} } quota { ${QUOTA} } headlineFigures { plugin key label value }`;
const PAGE = `__typename ... on Error { code messageZh messageEn }
  ... on QueryCityManagedCadresSuccess { data { nodes { id name rank unitName postTitle }
    endCursor hasNextPage } }`;

interface Figures {
  code: string;
  cadresInService: number;
  openDueItems: number;
  overdueDueItems: number;
  overQuotaUnits: number;
  structure: { total: number };
  quota: Record<string, number>;
  headlineFigures: { plugin: string; key: string; label: string; value: number }[];
}
interface Page {
  __typename: string;
  code?: string;
  messageZh?: string;
  data?: {
    nodes: { id: string; name: string }[];
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

let city: GraphQLClient;
let cityReader: GraphQLClient;
let cityId: string;
const managed: Record<string, string> = {};

/** A signed-in user of `districtCode` holding the given built-in and own roles. */
async function userOf(
  harness: Harness,
  districtCode: string,
  username: string,
  grants?: string[],
): Promise<GraphQLClient> {
  const district = await harness.db.asOwner((tx) =>
    tx.district.findUniqueOrThrow({ where: { code: districtCode } }),
  );
  const roleKeys = ['district-admin'];
  if (grants) {
    await harness.db.asOwner((tx) =>
      tx.role.create({
        data: { districtId: district.id, key: `own-${username}`, nameZh: 'x', nameEn: 'x', grants },
      }),
    );
    roleKeys.push(`own-${username}`);
  }
  await createUser(harness.db, OPERATOR, {
    districtCode,
    username,
    displayName: username,
    password: TEST_PASSWORD,
    roleKeys,
  });
  return harness.anonymous.login(username, TEST_PASSWORD);
}

const figures = async (client: GraphQLClient) =>
  (await client.data<{ cityDistrictFigures: Figures[] }>(`{ cityDistrictFigures { ${FIGURES} } }`))
    .cityDistrictFigures;

const managedPage = async (
  client: GraphQLClient,
  variables: { code: string; first?: number; after?: string; search?: string },
) =>
  (
    await client.data<{ cityManagedCadres: Page }>(
      `query ($code: String!, $first: Int, $after: String, $search: String) {
        cityManagedCadres(districtCode: $code, first: $first, after: $after, search: $search) {
          ${PAGE} } }`,
      variables,
    )
  ).cityManagedCadres;

const managedReads = () =>
  h.db.asOwner((tx) =>
    tx.auditRecord.findMany({
      where: { operation: 'city.read-managed-cadres' },
      orderBy: { seq: 'asc' },
    }),
  );

beforeAll(async () => {
  const bureau = await createUnit(h.a, { code: 'C1', name: '区发展和改革委员会' });
  const street = await createUnit(h.a, { code: 'C2', name: '东湖街道', category: 'SUBDISTRICT' });
  await h.a.data(
    `mutation ($u: ID!) { setPostQuota(unitId: $u, level: SECTION_DEPUTY, leadership: true,
      approved: 3) { __typename } }`,
    { u: street },
  );
  managed.a1 = rowId(
    await cadreId(
      h.a,
      cadreInput(bureau, { name: '市管甲', managementAuthority: 'CITY', gender: 'FEMALE' }),
    ),
  );
  managed.a2 = rowId(
    await cadreId(
      h.a,
      cadreInput(street, {
        name: '市管乙',
        managementAuthority: 'CITY',
        rank: 'LEADER_SECTION_PRINCIPAL',
        birthDate: '1975-01-01',
      }),
    ),
  );
  await cadreId(h.a, cadreInput(street, { name: '区管丙' }));
  await cadreId(h.a, cadreInput(bureau, { name: '调出丁', status: 'TRANSFERRED_OUT' }));
  const bUnit = await createUnit(h.b, { code: 'B1', name: '乙县财政局' });
  managed.b1 = rowId(
    await cadreId(h.b, cadreInput(bUnit, { name: '市管戊', managementAuthority: 'CITY' })),
  );

  // Due items of district A: open and not yet due, open and overdue, closed.
  await h.db.asOwner((tx) =>
    tx.dueItem.createMany({
      data: [
        ['soon', '2999-01-01', null],
        ['late', '2000-01-01', null],
        ['done', '2000-01-01', new Date()],
      ].map(([subject, due, closedAt]) => ({
        districtId: h.tenants.a.id,
        source: 'core',
        kind: 'city-test',
        subjectType: 'Cadre',
        subjectId: subject as string,
        title: subject as string,
        dueDate: new Date(`${due as string}T00:00:00Z`),
        closedAt: closedAt as Date | null,
      })),
    }),
  );
  // One selection under way in A.
  const opened = await h.a.data<{ openSelectionCase: { __typename: string } }>(
    `mutation ($i: OpenSelectionCaseInput!) { openSelectionCase(input: $i) { __typename } }`,
    {
      i: {
        title: '东湖街道副主任',
        unitId: street,
        postTitle: '副主任',
        targetRank: 'LEADER_SECTION_DEPUTY',
        adjustmentType: 'PROMOTION',
        analysisNote: '缺配',
      },
    },
  );
  expect(opened.openSelectionCase.__typename).toBe('MutationOpenSelectionCaseSuccess');

  // Another city with a district and a city-managed cadre of its own.
  await createDistrict(h.db, OPERATOR, { code: 'C02', name: '别市', level: 'CITY' });
  await createDistrict(h.db, OPERATOR, {
    code: 'D03',
    name: '别区',
    level: 'DISTRICT',
    parentCode: 'C02',
  });
  const other = await userOf(h, 'D03', 'staff.other');
  const otherUnit = await createUnit(other, { code: 'O1', name: '别区财政局' });
  managed.other = rowId(
    await cadreId(other, cadreInput(otherUnit, { name: '别市管', managementAuthority: 'CITY' })),
  );

  city = await userOf(h, 'C01', 'city.admin');
  cityReader = await userOf(h, 'C01', 'city.reader', ['core.city.read-managed-cadres']);
  cityId = (await h.db.asOwner((tx) => tx.district.findUniqueOrThrow({ where: { code: 'C01' } })))
    .id;
});

describe('city roll-up', () => {
  it("counts each district's cadres, structure, quotas and due items as the district does", async () => {
    const [a, b] = await figures(city);
    const own = await h.a.data<{ cadreStructure: unknown; quotaTotals: unknown }>(
      `{ cadreStructure { ${STRUCTURE} } quotaTotals { ${QUOTA} } }`,
    );
    expect(a).toMatchObject({
      code: 'D01',
      cadresInService: 3,
      openDueItems: 2,
      overdueDueItems: 1,
      // Each unit holds a leader at a level it has no approved post for.
      overQuotaUnits: 2,
      structure: own.cadreStructure,
      quota: own.quotaTotals,
    });
    expect(a?.quota).toEqual({ approved: 3, filled: 3, vacant: 2, overQuota: 2 });
    expect(b).toMatchObject({ code: 'D02', cadresInService: 1, openDueItems: 0 });
    expect(b?.structure.total).toBe(1);
  });

  it("adds the enabled plugins' headline figures, per district", async () => {
    const [a, b] = await figures(city);
    expect(a?.headlineFigures).toEqual([
      { plugin: 'selection', key: 'open-cases', label: '在办选任事项', value: 1 },
      { plugin: 'selection', key: 'appointed-this-year', label: '本年任职', value: 0 },
    ]);
    // Selection is off in D02: it contributes nothing there.
    expect(b?.headlineFigures).toEqual([]);
  });

  it('drills down to one of its districts, never to another city’s', async () => {
    const one = async (client: GraphQLClient, code: string) =>
      (
        await client.data<{ cityDistrict: { __typename: string; code?: string; data?: Figures } }>(
          `query ($code: String!) { cityDistrict(code: $code) { __typename
            ... on Error { code } ... on QueryCityDistrictSuccess { data { ${FIGURES} } } } }`,
          { code },
        )
      ).cityDistrict;
    expect((await one(city, 'D01')).data).toEqual((await figures(city))[0]);
    expect(await one(city, 'D03')).toEqual({ __typename: 'NotFoundError', code: 'CORE_NOT_FOUND' });
    // A district-level tenant has no districts to read.
    expect(await one(h.a, 'D01')).toEqual({ __typename: 'NotFoundError', code: 'CORE_NOT_FOUND' });
    expect(await figures(h.a)).toEqual([]);
  });
});

describe('市管干部 of the districts', () => {
  it('needs core.city.read-managed-cadres, which no pattern grants', async () => {
    const before = await auditCount(h);
    expect(await managedPage(city, { code: 'D01' })).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'CORE_FORBIDDEN',
      messageZh: '没有权限（core.city.read-managed-cadres）',
    });
    expect(await auditCount(h)).toBe(before);
  });

  it('lists only the city-managed cadres of the district, and audits each read', async () => {
    const before = await managedReads();
    const page = await managedPage(cityReader, { code: 'D01' });
    expect(page.data?.nodes.map((c) => c.name).sort()).toEqual(['市管乙', '市管甲']);
    expect(page.data?.hasNextPage).toBe(false);
    const reads = (await managedReads()).slice(before.length);
    expect(reads.map((r) => r.targetId).sort()).toEqual([managed.a1, managed.a2].sort());
    expect(reads.every((r) => r.districtId === cityId && r.targetType === 'Cadre')).toBe(true);
  });

  it('pages and searches', async () => {
    const first = await managedPage(cityReader, { code: 'D01', first: 1 });
    expect(first.data?.hasNextPage).toBe(true);
    const next = await managedPage(cityReader, {
      code: 'D01',
      first: 1,
      after: first.data?.endCursor ?? '',
    });
    expect(next.data?.hasNextPage).toBe(false);
    expect(
      [...(first.data?.nodes ?? []), ...(next.data?.nodes ?? [])].map((c) => c.id).sort(),
    ).toEqual([managed.a1, managed.a2].sort());
    const found = await managedPage(cityReader, { code: 'D01', search: '乙' });
    expect(found.data?.nodes.map((c) => c.name)).toEqual(['市管乙']);
    expect((await managedPage(cityReader, { code: 'D01', search: '%' })).data?.nodes).toEqual([]);
  });

  it("reads one cadre's basic facts; nothing of another city or through the wrong district", async () => {
    const one = async (code: string, id: string) =>
      (
        await cityReader.data<{
          cityManagedCadre: { __typename: string; data?: { name: string } };
        }>(
          `query ($code: String!, $id: String!) { cityManagedCadre(districtCode: $code, id: $id) {
            __typename ... on QueryCityManagedCadreSuccess { data { name } } } }`,
          { code, id },
        )
      ).cityManagedCadre;
    expect((await one('D01', managed.a1 ?? '')).data?.name).toBe('市管甲');
    expect((await one('D02', managed.a1 ?? '')).__typename).toBe('NotFoundError');
    expect((await one('D03', managed.other ?? '')).__typename).toBe('NotFoundError');
    expect((await managedPage(cityReader, { code: 'D03' })).code).toBe('CORE_NOT_FOUND');
  });

  it('gives a district-level viewer nothing, even with the permission', async () => {
    const districtReader = await staffWith(h, 'district.reader', ['core.city.read-managed-cadres']);
    expect((await managedPage(districtReader, { code: 'D01' })).code).toBe('CORE_NOT_FOUND');
  });

  it('refuses an over-long search in both languages, reading nothing', async () => {
    const before = await auditCount(h);
    const page = await managedPage(cityReader, { code: 'D01', search: '甲'.repeat(51) });
    expect(page).toMatchObject({ __typename: 'InputError', code: 'CORE_INVALID_INPUT' });
    expect(await auditCount(h)).toBe(before);
  });
});
