import { beforeAll, describe, expect, it } from 'vitest';
import { cadreId, cadreInput, createUnit } from '@cadre/testing';
import { auditCount, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);
let unit: string;
let pool: string;
const cadres: string[] = [];

const addEntry = (cadre: string, input: Record<string, unknown> = {}) =>
  h.a.data<{ addReservePoolEntry: Record<string, unknown> }>(
    `mutation ($pool: ID!, $cadre: ID!, $input: ReservePoolEntryInput!) {
      addReservePoolEntry(poolId: $pool, cadreId: $cadre, input: $input) {
        __typename
        ... on MutationAddReservePoolEntrySuccess { data { entryCount entries(first: 10) { edges { node { maturityRank cadre { name } } } } } }
        ... on InputError { issues { path messageZh } }
        ... on Error { code }
      }
    }`,
    {
      pool,
      cadre,
      input: { source: '民主推荐', enteredOn: '2025-01-01', nextReviewOn: '2026-01-01', ...input },
    },
  );

beforeAll(async () => {
  unit = await createUnit(h.a, { code: 'R1', name: '区委组织部' });
  for (const name of ['后甲', '后乙']) cadres.push(await cadreId(h.a, cadreInput(unit, { name })));
  const created = await h.a.data<{ createReservePool: { data: { id: string } } }>(
    `mutation { createReservePool(name: "优秀年轻干部库", kind: YOUNG_TALENT) {
      ... on MutationCreateReservePoolSuccess { data { id } } } }`,
  );
  pool = created.createReservePool.data.id;
});

describe('reserve pools', () => {
  it('ranks entries by maturity in the order they came in', async () => {
    await addEntry(cadres[0] as string);
    const second = await addEntry(cadres[1] as string, { trainingDirection: '党政正职' });
    expect(second.addReservePoolEntry).toMatchObject({
      __typename: 'MutationAddReservePoolEntrySuccess',
      data: {
        entryCount: 2,
        entries: {
          edges: [
            { node: { maturityRank: 1, cadre: { name: '后甲' } } },
            { node: { maturityRank: 2, cadre: { name: '后乙' } } },
          ],
        },
      },
    });
    const { cadre } = await h.a.data<{
      cadre: { reservePoolEntries: { pool: { name: string } }[] };
    }>('query ($id: ID!) { cadre(id: $id) { reservePoolEntries { pool { name } } } }', {
      id: cadres[1],
    });
    expect(cadre.reservePoolEntries).toEqual([{ pool: { name: '优秀年轻干部库' } }]);
  });

  it('refuses a cadre twice, a review before entry and a duplicate pool, writing nothing', async () => {
    const before = await auditCount(h);
    expect((await addEntry(cadres[0] as string)).addReservePoolEntry.code).toBe(
      'CORE_ALREADY_IN_POOL',
    );
    const early = await addEntry(cadres[0] as string, { nextReviewOn: '2024-12-31' });
    expect(early.addReservePoolEntry).toMatchObject({
      __typename: 'InputError',
      issues: [{ path: 'input.nextReviewOn', messageZh: '复核日期须晚于入库日期' }],
    });
    const duplicate = await h.a.data<{ createReservePool: { code: string } }>(
      'mutation { createReservePool(name: "优秀年轻干部库", kind: RESERVE) { ... on Error { code } } }',
    );
    expect(duplicate.createReservePool.code).toBe('CORE_POOL_NAME_TAKEN');
    expect(await auditCount(h)).toBe(before);
  });

  it('refuses an entry dated before the cadre started work or after today, by name', async () => {
    const newcomer = await cadreId(h.a, cadreInput(unit, { name: '后丙' }));
    const before = await auditCount(h);
    const early = await addEntry(newcomer, { enteredOn: '2007-06-30' });
    expect(early.addReservePoolEntry).toMatchObject({
      __typename: 'InputError',
      issues: [
        { path: 'input.enteredOn', messageZh: '入库日期早于后丙参加工作时间（2007-07-01）' },
      ],
    });
    const future = await addEntry(newcomer, {
      enteredOn: '2099-01-01',
      nextReviewOn: '2100-01-01',
    });
    expect(future.addReservePoolEntry).toMatchObject({
      __typename: 'InputError',
      issues: [{ path: 'input.enteredOn', messageZh: '入库日期不能晚于今天' }],
    });
    expect(await auditCount(h)).toBe(before);
  });

  it('keeps another district’s pools and cadres out of reach', async () => {
    expect(await h.b.data('{ reservePools { name } }')).toEqual({ reservePools: [] });
    const foreign = await h.b.data<{ addReservePoolEntry: { code: string } }>(
      `mutation ($pool: ID!, $cadre: ID!) { addReservePoolEntry(poolId: $pool, cadreId: $cadre,
        input: { source: "组织推荐", enteredOn: "2025-01-01", nextReviewOn: "2026-01-01" }) { ... on Error { code } } }`,
      { pool, cadre: cadres[0] },
    );
    expect(foreign.addReservePoolEntry.code).toBe('CORE_NOT_FOUND');
  });
});

describe('leadership teams', () => {
  it('adds a team to a unit', async () => {
    const result = await h.a.data<{
      createLeadershipTeam: { data: { teams: { name: string }[] } };
    }>(
      `mutation ($unit: ID!) { createLeadershipTeam(unitId: $unit, name: "部务会") {
        ... on MutationCreateLeadershipTeamSuccess { data { teams { name } } } } }`,
      { unit },
    );
    expect(result.createLeadershipTeam.data.teams).toEqual([{ name: '部务会' }]);
  });
});
