import { beforeAll, describe, expect, it } from 'vitest';
import { cadreId, cadreInput, createUnit } from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// 干部结构: the dashboard's figures, counted by the database over the district's cadres in service.

const h = useGateway(testPlugins);
let bureau: string;
let centre: string;

const STRUCTURE = `query ($unitId: ID) { cadreStructure(unitId: $unitId) {
  total averageAge
  byRank { rank count }
  byGender { gender count }
  ageBands { fromAge toAge male female }
  byPoliticalStatus { politicalStatus count }
  byEducation { education count }
} }`;

interface Structure {
  total: number;
  averageAge: number | null;
  byRank: { rank: string; count: number }[];
  byGender: { gender: string; count: number }[];
  ageBands: { fromAge: number; toAge: number | null; male: number; female: number }[];
  byPoliticalStatus: { politicalStatus: string; count: number }[];
  byEducation: { education: string | null; count: number }[];
}

const structureOf = async (client = h.a, unitId: string | null = null) =>
  (await client.data<{ cadreStructure: Structure }>(STRUCTURE, { unitId })).cadreStructure;

/** The date `years` years and then `laterDays` days on from today's date `years` ago, in China. */
function bornOn(years: number, laterDays = 0): string {
  const today = new Date(Date.now() + 8 * 3600_000);
  const birth = new Date(
    Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()),
  );
  birth.setUTCDate(birth.getUTCDate() + laterDays);
  return birth.toISOString().slice(0, 10);
}

beforeAll(async () => {
  bureau = await createUnit(h.a, { code: 'S1', name: '区发展和改革委员会' });
  centre = await createUnit(h.a, {
    code: 'S1-1',
    name: '区价格认证中心',
    category: 'PUBLIC_INSTITUTION',
    parentId: bureau,
  });
  const street = await createUnit(h.a, { code: 'S2', name: '东湖街道', category: 'SUBDISTRICT' });
  const cadres: [string, Record<string, unknown>][] = [
    // 30 until tomorrow: still in the youngest band.
    [
      centre,
      {
        name: '结构甲',
        gender: 'FEMALE',
        birthDate: bornOn(31, 1),
        rank: 'STAFF_1',
        politicalStatus: 'MASSES',
        partyJoinDate: null,
        workStartDate: '2018-07-01',
        rankSince: '2020-01-01',
        fullTimeEducation: 'UNIVERSITY',
        inServiceEducation: 'MASTER',
      },
    ],
    // 31 today: the next band.
    [
      bureau,
      {
        name: '结构乙',
        birthDate: bornOn(31),
        partyJoinDate: '2015-06-01',
        workStartDate: '2016-07-01',
      },
    ],
    [bureau, { name: '结构丙', birthDate: bornOn(46, 100), rank: 'LEADER_SECTION_PRINCIPAL' }],
    [
      street,
      {
        name: '结构丁',
        gender: 'FEMALE',
        birthDate: bornOn(58, 30),
        politicalStatus: 'DEMOCRATIC_PARTY',
        partyJoinDate: null,
        workStartDate: '1990-07-01',
        fullTimeEducation: null,
        fullTimeDegree: null,
      },
    ],
    // Not in service: counted nowhere.
    [street, { name: '结构戊', birthDate: bornOn(41, 10), status: 'RETIRED' }],
  ];
  for (const [unitId, overrides] of cadres) await cadreId(h.a, cadreInput(unitId, overrides));
});

describe('cadre structure (干部结构)', () => {
  it('counts the cadres in service by rank, gender and age band, party and education', async () => {
    expect(await structureOf()).toEqual({
      total: 4,
      // (30 + 31 + 45 + 57) / 4 = 40.75, to one decimal
      averageAge: 40.8,
      byRank: [
        { rank: 'LEADER_SECTION_PRINCIPAL', count: 1 },
        { rank: 'LEADER_SECTION_DEPUTY', count: 2 },
        { rank: 'STAFF_1', count: 1 },
      ],
      byGender: [
        { gender: 'MALE', count: 2 },
        { gender: 'FEMALE', count: 2 },
      ],
      ageBands: [
        { fromAge: 0, toAge: 30, male: 0, female: 1 },
        { fromAge: 31, toAge: 35, male: 1, female: 0 },
        { fromAge: 36, toAge: 40, male: 0, female: 0 },
        { fromAge: 41, toAge: 45, male: 1, female: 0 },
        { fromAge: 46, toAge: 50, male: 0, female: 0 },
        { fromAge: 51, toAge: 55, male: 0, female: 0 },
        { fromAge: 56, toAge: null, male: 0, female: 1 },
      ],
      byPoliticalStatus: [
        { politicalStatus: 'CPC_MEMBER', count: 2 },
        { politicalStatus: 'DEMOCRATIC_PARTY', count: 1 },
        { politicalStatus: 'MASSES', count: 1 },
      ],
      // The higher of full-time and in-service education counts; none recorded comes last.
      byEducation: [
        { education: 'MASTER', count: 1 },
        { education: 'UNIVERSITY', count: 2 },
        { education: null, count: 1 },
      ],
    });
  });

  it('agrees with the ages the registry shows', async () => {
    const { cadres } = await h.a.data<{ cadres: { edges: { node: { age: number } }[] } }>(
      '{ cadres(first: 50, filter: { statuses: [ACTIVE] }) { edges { node { age } } } }',
    );
    const ages = cadres.edges.map((e) => e.node.age).sort((a, b) => a - b);
    expect(ages).toEqual([30, 31, 45, 57]);
  });

  it('narrows to a unit and the units under it', async () => {
    const underBureau = await structureOf(h.a, bureau);
    expect(underBureau.total).toBe(3);
    expect(underBureau.byGender).toEqual([
      { gender: 'MALE', count: 2 },
      { gender: 'FEMALE', count: 1 },
    ]);
    const centreOnly = await structureOf(h.a, centre);
    expect(centreOnly).toMatchObject({ total: 1, averageAge: 30 });
  });

  it('shows another district nothing of these cadres, even with their unit id', async () => {
    expect(await structureOf(h.b)).toMatchObject({
      total: 0,
      averageAge: null,
      byRank: [],
      byGender: [],
      byEducation: [],
    });
    expect((await structureOf(h.b, bureau)).total).toBe(0);
    const bands = (await structureOf(h.b)).ageBands;
    expect(bands.every((b) => b.male === 0 && b.female === 0)).toBe(true);
  });

  it('needs core.cadre.read', async () => {
    const outsider = await staffWith(h, 'no.cadres', ['core.unit.read']);
    const refused = await outsider.request(STRUCTURE, { unitId: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
    const reader = await staffWith(h, 'cadre.reader', ['core.cadre.read']);
    expect((await structureOf(reader)).total).toBe(4);
  });
});
