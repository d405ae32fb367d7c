import { describe, expect, it, beforeAll } from 'vitest';
import { cadreId, cadreInput, createCadre, createUnit, globalId } from '@cadre/testing';
import { auditCount, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);
const units = {} as {
  finance: string;
  financeCentre: string;
  street: string;
  otherDistrict: string;
};

beforeAll(async () => {
  units.finance = await createUnit(h.a, { code: 'A01', name: '区财政局' });
  units.financeCentre = await createUnit(h.a, {
    code: 'A0101',
    name: '区财政局会计核算中心',
    category: 'PUBLIC_INSTITUTION',
    parentId: units.finance,
  });
  units.street = await createUnit(h.a, { code: 'A02', name: '东湖街道', category: 'SUBDISTRICT' });
  units.otherDistrict = await createUnit(h.b, { code: 'B01', name: '县财政局' });
});

describe('cadre records', () => {
  it('creates a cadre and computes the three ages from the archive dates', async () => {
    const result = await createCadre(h.a, cadreInput(units.finance));
    expect(result.__typename).toBe('MutationCreateCadreSuccess');
    const { cadre } = await h.a.data<{ cadre: Record<string, unknown> }>(
      `query ($id: ID!) { cadre(id: $id) { name birthDate age partyYears workYears highestEducation unit { name } } }`,
      { id: (result.data as { id: string }).id },
    );
    expect(cadre).toMatchObject({
      name: '张明',
      birthDate: '1985-03-12',
      highestEducation: 'UNIVERSITY',
      unit: { name: '区财政局' },
    });
    const today = new Date();
    const yearsSince = (y: number, m: number, d: number) =>
      today.getUTCFullYear() -
      y -
      (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)
        ? 1
        : 0);
    expect(cadre.age).toBe(yearsSince(1985, 3, 12));
    expect(cadre.partyYears).toBe(yearsSince(2006, 6, 1));
    expect(cadre.workYears).toBe(yearsSince(2007, 7, 1));
  });

  it('refuses inconsistent records field by field, in both languages, and writes nothing', async () => {
    const before = await auditCount(h);
    const count = await h.db.asOwner((tx) => tx.cadre.count());
    const result = await createCadre(
      h.a,
      cadreInput(units.finance, {
        name: '李',
        partyJoinDate: '1999-01-01',
        workStartDate: '2030-01-01',
        idNumber: '320102198503121235',
      }),
    );
    expect(result.__typename).toBe('InputError');
    const issues = result.issues as { path: string; messageZh: string; messageEn: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'input.idNumber',
        'input.name',
        'input.partyJoinDate',
        'input.workStartDate',
        'input.rankSince',
      ].sort(),
    );
    expect(issues.find((i) => i.path === 'input.partyJoinDate')?.messageZh).toBe(
      '入党时须年满 18 周岁',
    );
    expect(issues.find((i) => i.path === 'input.workStartDate')?.messageEn).toBe(
      'The date cannot be after today',
    );
    expect(await auditCount(h)).toBe(before);
    expect(await h.db.asOwner((tx) => tx.cadre.count())).toBe(count);
  });

  it('refuses a unit of another district exactly as a unit that does not exist', async () => {
    const before = await auditCount(h);
    const foreign = await createCadre(h.a, cadreInput(units.otherDistrict));
    const missing = await createCadre(
      h.a,
      cadreInput(globalId('Unit', '00000000-0000-4000-8000-000000000000')),
    );
    const notFound = {
      __typename: 'NotFoundError',
      code: 'CORE_NOT_FOUND',
      messageZh: '单位不存在',
    };
    expect(foreign).toMatchObject(notFound);
    expect(missing).toMatchObject(notFound);
    expect(await auditCount(h)).toBe(before);
  });

  it('keeps every row inside its district', async () => {
    const id = await cadreId(h.b, cadreInput(units.otherDistrict, { name: '王县' }));
    expect(await h.a.data(`query ($id: ID!) { cadre(id: $id) { name } }`, { id })).toEqual({
      cadre: null,
    });
    const { cadres } = await h.a.data<{ cadres: { edges: { node: { name: string } }[] } }>(
      '{ cadres(first: 100) { edges { node { name } } } }',
    );
    expect(cadres.edges.map((e) => e.node.name)).not.toContain('王县');
    const update = await h.a.data<{ updateCadre: { __typename: string } }>(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { name: "改名" }) { __typename } }`,
      { id },
    );
    expect(update.updateCadre.__typename).toBe('NotFoundError');
  });

  it('records post history, refuses a post before birth, and counts grass-roots years once', async () => {
    const id = await cadreId(
      h.a,
      cadreInput(units.street, {
        name: '陈基层',
        birthDate: '1980-01-01',
        workStartDate: '2002-07-01',
        partyJoinDate: '2001-07-01',
        rankSince: '2015-01-01',
      }),
    );
    const add = (input: Record<string, unknown>) =>
      h.a.data<{
        addCadrePost: { __typename: string; issues?: { path: string; messageZh: string }[] };
      }>(
        `mutation ($id: ID!, $input: CadrePostInput!) { addCadrePost(cadreId: $id, input: $input) {
          __typename ... on InputError { issues { path messageZh } } } }`,
        { id, input },
      );
    const early = await add({ organization: '某乡', title: '科员', startedOn: '1979-05-01' });
    expect(early.addCadrePost).toEqual({
      __typename: 'InputError',
      issues: [{ path: 'input.startedOn', messageZh: '任职起始日期不能早于出生日期' }],
    });
    expect(
      (
        await add({
          organization: '东湖镇',
          title: '科员',
          startedOn: '2002-07-01',
          endedOn: '2006-07-01',
          grassRoots: true,
        })
      ).addCadrePost.__typename,
    ).toBe('MutationAddCadrePostSuccess');
    // Held at the same time (兼任): the overlap counts once.
    await add({
      organization: '东湖镇某村',
      title: '驻村干部',
      startedOn: '2004-07-01',
      endedOn: '2006-07-01',
      grassRoots: true,
    });
    await add({
      organization: '东湖街道',
      title: '党工委委员',
      startedOn: '2006-07-02',
      unitId: units.street,
    });
    const { cadre } = await h.a.data<{
      cadre: { grassRootsYears: number; currentPost: { title: string }; posts: unknown[] };
    }>(
      `query ($id: ID!) { cadre(id: $id) { grassRootsYears currentPost { title } posts { title } } }`,
      { id },
    );
    expect(cadre.grassRootsYears).toBe(4);
    expect(cadre.currentPost.title).toBe('党工委委员');
    expect(cadre.posts).toHaveLength(3);
  });

  it('drops a fact’s verification when the fact changes, and audits both', async () => {
    const id = await cadreId(h.a, cadreInput(units.finance, { name: '周核实' }));
    const verify = await h.a.data<{
      verifyArchiveFact: {
        data: { verifications: { fact: string; verifiedBy: { username: string } }[] };
      };
    }>(
      `mutation ($id: ID!) { verifyArchiveFact(cadreId: $id, fact: BIRTH_DATE, note: "与档案一致") {
        ... on MutationVerifyArchiveFactSuccess { data { verifications { fact verifiedBy { username } } } } } }`,
      { id },
    );
    expect(verify.verifyArchiveFact.data.verifications).toEqual([
      { fact: 'BIRTH_DATE', verifiedBy: { username: 'staff.a' } },
    ]);
    await h.a.data(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { nativePlace: "江苏苏州" }) { __typename } }`,
      { id },
    );
    const still = await h.a.data<{ cadre: { verifications: unknown[] } }>(
      `query ($id: ID!) { cadre(id: $id) { verifications { fact } } }`,
      { id },
    );
    expect(still.cadre.verifications).toHaveLength(1);
    await h.a.data(
      `mutation ($id: ID!) { updateCadre(id: $id, input: { birthDate: "1985-03-13" }) { __typename } }`,
      { id },
    );
    const gone = await h.a.data<{ cadre: { verifications: unknown[] } }>(
      `query ($id: ID!) { cadre(id: $id) { verifications { fact } } }`,
      { id },
    );
    expect(gone.cadre.verifications).toEqual([]);
    const records = await h.db.asOwner((tx) =>
      tx.auditRecord.findMany({
        where: { operation: 'cadre.update' },
        orderBy: { id: 'asc' },
      }),
    );
    expect(records.at(-1)?.changes).toEqual({ birthDate: ['1985-03-12', '1985-03-13'] });
  });
});

describe('cadre registry', () => {
  beforeAll(async () => {
    const people: [string, Record<string, unknown>][] = [
      [
        '刘一',
        {
          unitId: units.financeCentre,
          gender: 'FEMALE',
          birthDate: '1990-06-01',
          partyJoinDate: '2012-01-01',
          workStartDate: '2012-07-01',
          rankSince: '2019-01-01',
          rank: 'PRINCIPAL_STAFF_2',
          fullTimeEducation: 'MASTER',
          fullTimeDegree: 'MASTER',
        },
      ],
      [
        '刘二',
        {
          unitId: units.finance,
          birthDate: '1970-01-15',
          partyJoinDate: '1995-01-01',
          workStartDate: '1992-07-01',
          rankSince: '2010-01-01',
          rank: 'LEADER_SECTION_PRINCIPAL',
          fullTimeEducation: 'COLLEGE',
          fullTimeDegree: 'NONE',
          inServiceEducation: 'UNIVERSITY',
        },
      ],
      [
        '吴三',
        {
          unitId: units.street,
          politicalStatus: 'MASSES',
          partyJoinDate: null,
          fullTimeEducation: 'COLLEGE',
          fullTimeDegree: 'NONE',
        },
      ],
    ];
    for (const [name, overrides] of people)
      await cadreId(h.a, cadreInput(units.finance, { name, ...overrides }));
  });

  const list = async (variables: Record<string, unknown>) => {
    const { cadres } = await h.a.data<{
      cadres: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      `query ($filter: CadreFilter, $orderBy: CadreOrderField, $descending: Boolean) {
        cadres(first: 50, filter: $filter, orderBy: $orderBy, descending: $descending) { totalCount edges { node { name } } } }`,
      variables,
    );
    return { total: cadres.totalCount, names: cadres.edges.map((e) => e.node.name) };
  };

  it('filters by a unit and everything under it', async () => {
    const { names } = await list({ filter: { unitId: units.finance, search: '刘' } });
    expect(names.sort()).toEqual(['刘一', '刘二']);
    expect((await list({ filter: { unitId: units.financeCentre } })).names).toEqual(['刘一']);
  });

  it('filters by age range, gender, party, education and rank', async () => {
    expect((await list({ filter: { search: '刘', ageMin: 50 } })).names).toEqual(['刘二']);
    expect((await list({ filter: { search: '刘', ageMax: 40 } })).names).toEqual(['刘一']);
    expect((await list({ filter: { gender: 'FEMALE' } })).names).toEqual(['刘一']);
    expect((await list({ filter: { politicalStatuses: ['MASSES'] } })).names).toEqual(['吴三']);
    // In-service education counts: 刘二 has a full-time 专科 and an in-service 本科.
    const university = (
      await list({ filter: { educationAtLeast: 'UNIVERSITY', search: '刘' } })
    ).names.sort();
    expect(university).toEqual(['刘一', '刘二']);
    expect(
      (await list({ filter: { educationAtLeast: 'UNIVERSITY', search: '吴' } })).names,
    ).toEqual([]);
    expect((await list({ filter: { ranks: ['LEADER_SECTION_PRINCIPAL'] } })).names).toEqual([
      '刘二',
    ]);
  });

  it('sorts by age and pages with cursors', async () => {
    const byAge = await list({ filter: { search: '刘' }, orderBy: 'AGE', descending: true });
    expect(byAge.names).toEqual(['刘二', '刘一']);
    const first = await h.a.data<{
      cadres: {
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: { node: { name: string } }[];
      };
    }>(
      '{ cadres(first: 2, orderBy: NAME) { pageInfo { endCursor hasNextPage } edges { node { name } } } }',
    );
    expect(first.cadres.pageInfo.hasNextPage).toBe(true);
    const next = await h.a.data<{ cadres: { edges: { node: { name: string } }[] } }>(
      'query ($after: String) { cadres(first: 2, orderBy: NAME, after: $after) { edges { node { name } } } }',
      { after: first.cadres.pageInfo.endCursor },
    );
    const seen = [...first.cadres.edges, ...next.cadres.edges].map((e) => e.node.name);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await list({ orderBy: 'NAME' })).names;
    expect(seen).toEqual(all.slice(0, 4));
  });

  it('shows on a page exactly what the cadre itself shows, whatever the page selects', async () => {
    const fields =
      'id name age partyYears highestEducation idNumberMasked rank unit { name } currentPost { title }';
    const { cadres } = await h.a.data<{
      cadres: { edges: { node: Record<string, unknown> & { id: string } }[] };
    }>(`{ cadres(first: 50) { edges { node { ${fields} } } } }`);
    expect(cadres.edges.length).toBeGreaterThan(3);
    for (const { node } of cadres.edges) {
      const { cadre } = await h.a.data<{ cadre: Record<string, unknown> }>(
        `query ($id: ID!) { cadre(id: $id) { ${fields} } }`,
        { id: node.id },
      );
      expect(node).toEqual(cadre);
    }
  });

  it('pages backwards from the end and refuses a forged cursor', async () => {
    const all = (await list({ orderBy: 'AGE' })).names;
    const last = await h.a.data<{ cadres: { edges: { node: { name: string } }[] } }>(
      '{ cadres(last: 2, orderBy: AGE) { edges { node { name } } } }',
    );
    expect(last.cadres.edges.map((e) => e.node.name)).toEqual(all.slice(-2));
    const forged = await h.a.request(
      '{ cadres(first: 2, after: "not-a-cursor") { edges { cursor } } }',
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('CORE_INVALID_INPUT');
  });
});
