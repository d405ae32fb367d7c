import { beforeAll, describe, expect, it } from 'vitest';
import {
  cadreId,
  cadreInput,
  createUnit,
  defined,
  rowId,
  type GraphQLClient,
} from '@cadre/testing';
import { auditCount, staffWith, useCountingGateway, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { writers } from './same-transaction.ts';

// 班子成员: cadres seated in a unit's leadership teams, in order, one principal per team, and the
// team's structure counted from its members.

const h = useGateway(testPlugins);
const people: Record<string, string> = {};
let bureau: string;
let team: string;
let otherTeam: string;

interface Member {
  id: string;
  role: string;
  postTitle: string;
  sortOrder: number;
  cadre: { name: string };
}
type Result = {
  __typename: string;
  code?: string;
  messageZh?: string;
  issues?: { path: string; messageZh: string }[];
  data?: { members: Member[] };
};

const RESULT = `__typename
  ... on Error { code messageZh }
  ... on InputError { issues { path messageZh } }`;
const TEAM = 'data { members { id role postTitle sortOrder cadre { name } } }';

async function createTeam(client: GraphQLClient, unitId: string, name: string) {
  const { createLeadershipTeam } = await client.data<{
    createLeadershipTeam: { data: { teams: { id: string; name: string }[] } };
  }>(
    `mutation ($unitId: ID!, $name: String!) { createLeadershipTeam(unitId: $unitId, name: $name) {
      ... on MutationCreateLeadershipTeamSuccess { data { teams { id name } } } } }`,
    { unitId, name },
  );
  return defined(createLeadershipTeam.data.teams.find((t) => t.name === name)).id;
}

const add = async (
  teamId: string,
  cadre: string,
  input: Partial<{ role: string; postTitle: string; sortOrder: number }> = {},
  client = h.a,
) =>
  (
    await client.data<{ addTeamMember: Result }>(
      `mutation ($teamId: ID!, $input: TeamMemberInput!) { addTeamMember(teamId: $teamId, input: $input) {
        ${RESULT} ... on MutationAddTeamMemberSuccess { ${TEAM} } } }`,
      { teamId, input: { cadreId: cadre, role: 'MEMBER', postTitle: '党组成员', ...input } },
    )
  ).addTeamMember;

const update = async (id: string, input: Record<string, unknown>) =>
  (
    await h.a.data<{ updateTeamMember: Result }>(
      `mutation ($id: ID!, $input: TeamMemberUpdateInput!) { updateTeamMember(id: $id, input: $input) {
        ${RESULT} ... on MutationUpdateTeamMemberSuccess { ${TEAM} } } }`,
      { id, input },
    )
  ).updateTeamMember;

const reorder = async (teamId: string, memberIds: string[]) =>
  (
    await h.a.data<{ reorderTeamMembers: Result }>(
      `mutation ($teamId: ID!, $memberIds: [ID!]!) { reorderTeamMembers(teamId: $teamId, memberIds: $memberIds) {
        ${RESULT} ... on MutationReorderTeamMembersSuccess { ${TEAM} } } }`,
      { teamId, memberIds },
    )
  ).reorderTeamMembers;

const remove = async (id: string) =>
  (
    await h.a.data<{ removeTeamMember: Result }>(
      `mutation ($id: ID!) { removeTeamMember(id: $id) {
        ${RESULT} ... on MutationRemoveTeamMemberSuccess { ${TEAM} } } }`,
      { id },
    )
  ).removeTeamMember;

const membersOf = async (teamId: string) => {
  const { unit } = await h.a.data<{
    unit: { teams: { id: string; members: Member[] }[] };
  }>(
    `query ($id: ID!) { unit(id: $id) { teams { id members { id role postTitle sortOrder cadre { name } } } } }`,
    { id: bureau },
  );
  return defined(unit.teams.find((t) => t.id === teamId)).members;
};
const names = (members: Member[]) => members.map((m) => m.cadre.name);
const seatCount = () => h.db.asOwner((tx) => tx.leadershipTeamMember.count());

beforeAll(async () => {
  bureau = await createUnit(h.a, { code: 'T1', name: '区发展和改革委员会' });
  team = await createTeam(h.a, bureau, '党组班子');
  otherTeam = await createTeam(h.a, bureau, '行政班子');
  const cadres: [string, Record<string, unknown>][] = [
    ['班甲', { rank: 'LEADER_SECTION_PRINCIPAL', birthDate: '1975-05-01' }],
    ['班乙', { gender: 'FEMALE', birthDate: '1982-03-01', fullTimeEducation: 'MASTER' }],
    ['班丙', { birthDate: '1988-09-01', politicalStatus: 'MASSES', partyJoinDate: null }],
    ['班丁', {}],
    ['退休', { status: 'RETIRED' }],
  ];
  for (const [name, overrides] of cadres)
    people[name] = await cadreId(h.a, cadreInput(bureau, { name, ...overrides }));
  const foreignUnit = await createUnit(h.b, { code: 'TB', name: '乙县单位' });
  people.乙县 = await cadreId(h.b, cadreInput(foreignUnit, { name: '乙县干部' }));
});

describe('team members (班子成员)', () => {
  it('seats cadres in the order asked, last by default, with the audit in the same transaction', async () => {
    const principal = await add(team, defined(people.班甲), {
      role: 'PRINCIPAL',
      postTitle: '党组书记、主任',
    });
    expect(principal.__typename).toBe('MutationAddTeamMemberSuccess');
    await add(team, defined(people.班乙), { role: 'DEPUTY', postTitle: '党组成员、副主任' });
    const third = await add(team, defined(people.班丙), { sortOrder: 0 });
    expect(names(defined(third.data).members)).toEqual(['班丙', '班甲', '班乙']);
    expect(defined(third.data).members.map((m) => m.sortOrder)).toEqual([0, 1, 2]);

    const seat = defined(defined(third.data).members[0]);
    const written = await writers(h, [{ table: 'leadership_team_member', id: rowId(seat.id) }], {
      targetId: rowId(seat.id),
      operation: 'unit.team.member.add',
    });
    expect(written.audit).toHaveLength(1);
    expect(written.rows).toEqual(written.audit);
  });

  it('shows the teams a cadre sits in', async () => {
    await add(otherTeam, defined(people.班甲), { role: 'PRINCIPAL', postTitle: '主任' });
    const { cadre } = await h.a.data<{
      cadre: { teamSeats: { postTitle: string; role: string; team: { name: string } }[] };
    }>('query ($id: ID!) { cadre(id: $id) { teamSeats { postTitle role team { name } } } }', {
      id: people.班甲,
    });
    expect(cadre.teamSeats).toEqual(
      expect.arrayContaining([
        { postTitle: '党组书记、主任', role: 'PRINCIPAL', team: { name: '党组班子' } },
        { postTitle: '主任', role: 'PRINCIPAL', team: { name: '行政班子' } },
      ]),
    );
    expect(cadre.teamSeats).toHaveLength(2);
  });

  it('refuses what the rules forbid with typed errors, writing nothing', async () => {
    const before = { audit: await auditCount(h), seats: await seatCount() };
    const refusals: [Promise<Result>, Partial<Result>][] = [
      // Another district's cadre answers as a missing one.
      [add(team, defined(people.乙县)), { code: 'CORE_NOT_FOUND', messageZh: '干部不存在' }],
      [add(team, defined(people.班甲)), { code: 'CORE_ALREADY_IN_TEAM' }],
      [add(team, defined(people.退休)), { code: 'CORE_CADRE_NOT_ACTIVE' }],
      [
        add(team, defined(people.班丁), { role: 'PRINCIPAL' }),
        {
          code: 'CORE_TEAM_PRINCIPAL_TAKEN',
          messageZh: '该班子已有正职（党组书记、主任），每个班子只设一名主要负责人',
        },
      ],
      [
        add(team, defined(people.班丁), { postTitle: ' 副' }),
        {
          __typename: 'InputError',
          issues: [{ path: 'input.postTitle', messageZh: '班子职务至少 2 个字' }],
        },
      ],
      [
        add(team, defined(people.班丁), { sortOrder: -1 }),
        {
          __typename: 'InputError',
          issues: [{ path: 'input.sortOrder', messageZh: '排序不能小于 0' }],
        },
      ],
    ];
    for (const [result, expected] of refusals) expect(await result).toMatchObject(expected);
    // A team of another district, with a cadre of this one.
    const foreignUnit = await createUnit(h.b, { code: 'TB2', name: '乙县民政局' });
    const foreignTeam = await createTeam(h.b, foreignUnit, '乙县班子');
    const before2 = { audit: await auditCount(h), seats: await seatCount() };
    expect(await add(foreignTeam, defined(people.班丁))).toMatchObject({ code: 'CORE_NOT_FOUND' });
    expect({ audit: await auditCount(h), seats: await seatCount() }).toEqual(before2);
    expect(before2.seats).toBe(before.seats);
  });

  it('changes a seat, but never into a second principal', async () => {
    const [first] = await membersOf(team);
    const changed = await update(defined(first).id, { postTitle: '党组成员、副主任（常务）' });
    expect(defined(changed.data).members[0]?.postTitle).toBe('党组成员、副主任（常务）');
    const before = await auditCount(h);
    expect(await update(defined(first).id, { role: 'PRINCIPAL' })).toMatchObject({
      code: 'CORE_TEAM_PRINCIPAL_TAKEN',
    });
    expect(await update(defined(first).id, { postTitle: '' })).toMatchObject({
      issues: [{ path: 'input.postTitle', messageZh: '班子职务至少 2 个字' }],
    });
    expect(await auditCount(h)).toBe(before);
    // The principal may keep the role while the post changes.
    const principal = defined((await membersOf(team)).find((m) => m.role === 'PRINCIPAL'));
    expect(
      (await update(principal.id, { role: 'PRINCIPAL', postTitle: '党组书记' })).__typename,
    ).toBe('MutationUpdateTeamMemberSuccess');
  });

  it('lists the team in a new order naming every member once', async () => {
    const members = await membersOf(team);
    const ids = members.map((m) => m.id).reverse();
    const reordered = await reorder(team, ids);
    expect(names(defined(reordered.data).members)).toEqual(names(members).reverse());
    expect(defined(reordered.data).members.map((m) => m.sortOrder)).toEqual([1, 2, 3]);

    const before = await auditCount(h);
    const partial = await reorder(team, ids.slice(1));
    expect(partial).toMatchObject({
      __typename: 'InputError',
      issues: [{ path: 'memberIds', messageZh: '须列出该班子的全部 3 名成员，每人一次' }],
    });
    const twice = await reorder(team, [defined(ids[0]), defined(ids[0]), defined(ids[1])]);
    expect(twice.__typename).toBe('InputError');
    // A seat of another team does not belong in this one.
    const [foreign] = await membersOf(otherTeam);
    expect((await reorder(team, [...ids.slice(1), defined(foreign).id])).__typename).toBe(
      'InputError',
    );
    expect(await auditCount(h)).toBe(before);
    expect(names(await membersOf(team))).toEqual(names(members).reverse());
  });

  it('takes a cadre out of a team', async () => {
    const members = await membersOf(team);
    const leaving = defined(members.find((m) => m.cadre.name === '班丙'));
    const removed = await remove(leaving.id);
    expect(names(defined(removed.data).members)).not.toContain('班丙');
    expect(await remove(leaving.id)).toMatchObject({ code: 'CORE_NOT_FOUND' });
    const records = await h.db.asOwner((tx) =>
      tx.auditRecord.findMany({ where: { operation: 'unit.team.member.remove' } }),
    );
    expect(records.map((r) => r.targetId)).toEqual([rowId(leaving.id)]);
    // Back in, for the structure below.
    expect((await add(team, defined(people.班丙))).__typename).toBe('MutationAddTeamMemberSuccess');
  });

  it('needs core.unit.write to change a team', async () => {
    const reader = await staffWith(h, 'team.reader', ['core.unit.read', 'core.cadre.read']);
    const refused = await add(team, defined(people.班丁), {}, reader);
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'CORE_FORBIDDEN' });
    expect(names(await membersOf(team))).not.toContain('班丁');
  });
});

describe('team structure (班子结构)', () => {
  it('counts the members in service as the cadre structure counts cadres', async () => {
    // The cadre input does not carry these archive entries yet.
    await h.db.asOwner(async (tx) => {
      await tx.cadre.update({
        where: { id: rowId(defined(people.班甲)) },
        data: { professionalTitle: '高级经济师', specialty: '宏观经济' },
      });
      await tx.cadre.update({
        where: { id: rowId(defined(people.班乙)) },
        data: { professionalTitle: '高级经济师' },
      });
    });
    const { unit } = await h.a.data<{
      unit: { teams: { name: string; structure: Record<string, unknown> }[] };
    }>(
      `query ($id: ID!) { unit(id: $id) { teams { name structure {
        total byGender { gender count } byPoliticalStatus { politicalStatus count }
        byEducation { education count } byProfessionalTitle { value count } bySpecialty { value count }
        ageBands { fromAge male female }
      } } } }`,
      { id: bureau },
    );
    const structure = defined(unit.teams.find((t) => t.name === '党组班子')).structure;
    expect(structure).toMatchObject({
      total: 3,
      byGender: [
        { gender: 'MALE', count: 2 },
        { gender: 'FEMALE', count: 1 },
      ],
      byPoliticalStatus: [
        { politicalStatus: 'CPC_MEMBER', count: 2 },
        { politicalStatus: 'MASSES', count: 1 },
      ],
      byEducation: [
        { education: 'MASTER', count: 1 },
        { education: 'UNIVERSITY', count: 2 },
      ],
      byProfessionalTitle: [
        { value: '高级经济师', count: 2 },
        { value: null, count: 1 },
      ],
      bySpecialty: [
        { value: '宏观经济', count: 1 },
        { value: null, count: 2 },
      ],
    });
    // 行政班子 has one member; the same cadre counts in both teams.
    expect(defined(unit.teams.find((t) => t.name === '行政班子')).structure).toMatchObject({
      total: 1,
      byProfessionalTitle: [{ value: '高级经济师', count: 1 }],
    });
  });

  it('leaves out members no longer in service', async () => {
    await h.a.data(
      'mutation ($id: ID!) { updateCadre(id: $id, input: { status: RETIRED }) { __typename } }',
      {
        id: people.班丙,
      },
    );
    const { unit } = await h.a.data<{
      unit: { teams: { name: string; structure: { total: number } }[] };
    }>('query ($id: ID!) { unit(id: $id) { teams { name structure { total } } } }', { id: bureau });
    expect(unit.teams).toEqual([
      { name: '党组班子', structure: { total: 2 } },
      { name: '行政班子', structure: { total: 1 } },
    ]);
  });
});

describe('a page of teams with members', () => {
  const counting = useCountingGateway(testPlugins, 100);

  const PAGE = `{ units { teams { name members { role postTitle cadre { name age } }
    structure { total averageAge byGender { gender count } } } } }`;

  /** Seats one more cadre of the full demo district in each team from `from` up to `to`. */
  async function seat(from: number, to: number) {
    const { units } = await counting.client.data<{
      units: { teams: { id: string; members: { cadre: { id: string } }[] }[] }[];
    }>('{ units { teams { id members { cadre { id } } } } }');
    const { cadres } = await counting.client.data<{
      cadres: { edges: { node: { id: string } }[] };
    }>('{ cadres(first: 60, filter: { statuses: [ACTIVE] }) { edges { node { id } } } }');
    const teams = units.flatMap((u) => u.teams).slice(from, to);
    expect(teams).toHaveLength(to - from);
    for (const team of teams) {
      // A cadre sits in a team once: the first one not seated there yet.
      const seated = new Set(team.members.map((m) => m.cadre.id));
      const cadre = defined(cadres.edges.find((e) => !seated.has(e.node.id))).node.id;
      const result = await add(team.id, cadre, {}, counting.client);
      expect(result.__typename).toBe('MutationAddTeamMemberSuccess');
    }
  }

  async function statementsFor() {
    const { result, statements } = await counting.counted(() => counting.client.request(PAGE));
    expect(result.errors).toBeUndefined();
    return statements;
  }

  it('reads the members and structure of every team in one statement each', async () => {
    await seat(0, 2);
    const few = await statementsFor();
    await seat(2, 12);
    const many = await statementsFor();
    expect(many).toHaveLength(few.length);
    // The members' loader and the structure's grouping sets: one statement each, and the teams
    // are not read again to find their members.
    expect(many.filter((s) => s.includes('leadership_team_member'))).toHaveLength(2);
    expect(many.filter((s) => /FROM "core"\."leadership_team"/.test(s))).toHaveLength(1);
    const { units } = await counting.client.data<{
      units: { teams: { members: unknown[]; structure: { total: number } }[] }[];
    }>(PAGE);
    const teams = units.flatMap((u) => u.teams);
    expect(teams.filter((t) => t.members.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(teams.every((t) => t.structure.total === t.members.length)).toBe(true);
  });
});
