import { beforeAll, describe, expect, it } from 'vitest';
import {
  closeDueItem,
  createUser,
  dispatchEvents,
  operatorIn,
  recordDueItem,
  writeAudited,
  type NewDueItem,
} from '@cadre/core';
import { GraphQLClient } from '@cadre/testing';
import { TEST_PASSWORD, useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

const h = useGateway(testPlugins);
const OPERATOR = { label: 'operator', userId: null };
const d = (text: string) => new Date(`${text}T00:00:00Z`);

interface Item {
  subjectId: string;
  source: string;
  dueDate: string;
  overdue: boolean;
  workingDaysLeft: number;
  assignedToMe: boolean;
  closedAt: string | null;
}

const MY_DUE_ITEMS = `query ($asOf: Date, $includeClosed: Boolean) {
  myDueItems(asOf: $asOf, includeClosed: $includeClosed) {
    id source kind subjectId title dueDate overdue workingDaysLeft assignedToMe closedAt
  }
}`;

async function dueItems(client: GraphQLClient, asOf: string, includeClosed = false) {
  return (await client.data<{ myDueItems: Item[] }>(MY_DUE_ITEMS, { asOf, includeClosed }))
    .myDueItems;
}
const figures = (items: Item[]) =>
  items.map((i) => [i.subjectId, i.dueDate, i.overdue, i.workingDaysLeft]);

const record = (districtId: string, item: Partial<NewDueItem> & { subjectId: string }) =>
  writeAudited(h.db, operatorIn(districtId), (tx) =>
    recordDueItem(tx, districtId, {
      source: 'core',
      kind: 'probation-end',
      subjectType: 'Cadre',
      title: `期满 ${item.subjectId}`,
      dueDate: d('2025-10-09'),
      ...item,
    }),
  );

let staffA: string;
let clerkA: string;
let clerk: GraphQLClient;

beforeAll(async () => {
  const a = h.tenants.a.id;
  const b = h.tenants.b.id;
  // A second account in A with a narrower role (考核办): it holds `*.read`, not user management.
  await createUser(h.db, OPERATOR, {
    districtCode: h.tenants.a.code,
    username: 'clerk.a',
    displayName: '考核办',
    password: TEST_PASSWORD,
    roleKeys: ['assessment-office'],
  });
  const userId = async (username: string) =>
    (await h.db.forDistrict(a).prisma.user.findUniqueOrThrow({ where: { username } })).id;
  staffA = await userId(h.tenants.a.username);
  clerkA = await userId('clerk.a');
  clerk = await h.anonymous.login('clerk.a', TEST_PASSWORD);

  await record(a, { subjectId: 'a-mine', dueDate: d('2025-09-30'), assigneeId: staffA });
  // Due on Saturday 11 October 2025, a make-up workday.
  await record(a, {
    source: 'beta',
    kind: 'note-review',
    subjectId: 'a-open',
    dueDate: d('2025-10-11'),
  });
  await record(a, { kind: 'report-due', subjectId: 'a-managers', permission: 'core.user.manage' });
  // A sensitive permission no pattern grants: nobody here holds it by exact key.
  await record(a, {
    kind: 'id-check',
    subjectId: 'a-sensitive',
    dueDate: d('2025-10-10'),
    permission: 'core.cadre.read-id-number',
  });
  await record(a, { subjectId: 'a-clerk', dueDate: d('2025-10-13'), assigneeId: clerkA });
  await record(a, { source: 'gamma', kind: 'x', subjectId: 'a-not-installed' });
  await record(a, {
    kind: 'closed',
    subjectId: 'a-closed',
    dueDate: d('2025-09-26'),
    assigneeId: staffA,
  });
  await writeAudited(h.db, operatorIn(a), (tx) =>
    // Closed on Monday 29 September, 10:00 in Beijing: two working days late (Sunday 28 was one).
    closeDueItem(
      tx,
      a,
      { source: 'core', kind: 'closed', subjectId: 'a-closed' },
      new Date('2025-09-29T02:00:00Z'),
    ),
  );
  await record(b, { subjectId: 'b-open' });
  // Beta is not enabled in B: its items there count for nothing.
  await record(b, { source: 'beta', kind: 'note-review', subjectId: 'b-beta' });
});

describe('myDueItems', () => {
  it('lists the viewer’s open items by due date, with working days on the 2025 National Day calendar', async () => {
    expect(figures(await dueItems(h.a, '2025-09-30'))).toEqual([
      ['a-mine', '2025-09-30', false, 0],
      ['a-managers', '2025-10-09', false, 1],
      ['a-open', '2025-10-11', false, 3],
    ]);
    // The last day of the holiday: a-mine is late by one working day though none has passed.
    expect(figures(await dueItems(h.a, '2025-10-08'))).toEqual([
      ['a-mine', '2025-09-30', true, -1],
      ['a-managers', '2025-10-09', false, 1],
      ['a-open', '2025-10-11', false, 3],
    ]);
    // Monday 13 October: 9, 10, 11 (Saturday, worked) and 13 October have passed.
    expect(figures(await dueItems(h.a, '2025-10-13'))).toEqual([
      ['a-mine', '2025-09-30', true, -4],
      ['a-managers', '2025-10-09', true, -3],
      ['a-open', '2025-10-11', true, -1],
    ]);
  });

  it('shows closed items on request, with the figures of the day they were closed', async () => {
    const items = await dueItems(h.a, '2025-10-08', true);
    expect(figures(items)[0]).toEqual(['a-closed', '2025-09-26', true, -2]);
    expect(items[0]?.closedAt).toBe('2025-09-29T02:00:00.000Z');
    expect(items.map((i) => i.subjectId)).toEqual(['a-closed', 'a-mine', 'a-managers', 'a-open']);
  });

  it('shows unassigned items only to holders of their permission, and assigned ones to their assignee', async () => {
    const items = await dueItems(clerk, '2025-09-30');
    expect(items.map((i) => [i.subjectId, i.assignedToMe])).toEqual([
      ['a-open', false],
      ['a-clerk', true],
    ]);
    expect((await dueItems(h.a, '2025-09-30')).map((i) => i.assignedToMe)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('never shows another district’s items', async () => {
    expect((await dueItems(h.b, '2025-09-30')).map((i) => i.subjectId)).toEqual(['b-open']);
    const inA = await dueItems(h.a, '2025-09-30', true);
    expect(inA.some((i) => i.subjectId.startsWith('b-'))).toBe(false);
  });

  it('gives a partner system (API key) an empty list, or Forbidden without the permission', async () => {
    const issue = async (permissions: string[]) => {
      const { createApiKey } = await h.a.data<{ createApiKey: { data: { secret: string } } }>(
        `mutation ($input: CreateApiKeyInput!) {
          createApiKey(input: $input) { ... on MutationCreateApiKeySuccess { data { secret } } }
        }`,
        { input: { name: `伙伴 ${permissions.join(' ')}`, permissions } },
      );
      return new GraphQLClient(h.gateway.url).withToken(createApiKey.data.secret);
    };
    expect(await dueItems(await issue(['core.due-item.read']), '2025-09-30')).toEqual([]);
    const refused = await (await issue(['core.unit.read'])).request(MY_DUE_ITEMS, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('CORE_FORBIDDEN');
  });

  it('lists what a plugin’s event handler records (alpha’s note → beta’s review deadline)', async () => {
    await writeAudited(h.db, operatorIn(h.tenants.a.id), (_tx, _audit, emit) =>
      emit('alpha.note.written', { noteId: 'n-7', dueDate: '2025-10-10' }),
    );
    let subjects: string[] = [];
    for (let i = 0; i < 100 && !subjects.includes('n-7'); i++) {
      await dispatchEvents(h.db, testPlugins);
      subjects = (await dueItems(h.a, '2025-09-30')).map((item) => item.subjectId);
    }
    expect(subjects).toEqual(['a-mine', 'a-managers', 'n-7', 'a-open']);
  });
});

describe('recordDueItem and closeDueItem', () => {
  const a = () => h.tenants.a.id;

  it('updates and reopens an item recorded again, and closes it once', async () => {
    await record(a(), { kind: 'rerecord', subjectId: 's-1', dueDate: d('2025-11-03') });
    const closed = await writeAudited(h.db, operatorIn(a()), (tx) =>
      closeDueItem(tx, a(), { source: 'core', subjectId: 's-1' }),
    );
    expect(closed).toBe(1);
    expect(
      await writeAudited(h.db, operatorIn(a()), (tx) =>
        closeDueItem(tx, a(), { source: 'core', kind: 'rerecord', subjectId: 's-1' }),
      ),
    ).toBe(0);
    const again = await record(a(), {
      kind: 'rerecord',
      subjectId: 's-1',
      dueDate: d('2025-11-10'),
    });
    expect(again).toMatchObject({ closedAt: null, dueDate: d('2025-11-10') });
    const rows = await h.db
      .forDistrict(a())
      .prisma.dueItem.findMany({ where: { districtId: a(), subjectId: 's-1' } });
    expect(rows).toHaveLength(1);
  });

  it('refuses an assignee of another district and malformed items, writing nothing', async () => {
    const staffB = (
      await h.db.forDistrict(h.tenants.b.id).prisma.user.findFirstOrThrow({
        where: { districtId: h.tenants.b.id },
      })
    ).id;
    await expect(record(a(), { subjectId: 's-2', assigneeId: staffB })).rejects.toMatchObject({
      code: 'CORE_NOT_FOUND',
    });
    await expect(
      record(a(), { subjectId: 's-3', kind: 'Not Kebab', title: ' ', permission: 'nope' }),
    ).rejects.toMatchObject({ code: 'CORE_INVALID_INPUT' });
    const rows = await h.db.forDistrict(a()).prisma.dueItem.findMany({
      where: { districtId: a(), subjectId: { in: ['s-2', 's-3'] } },
    });
    expect(rows).toEqual([]);
  });
});
