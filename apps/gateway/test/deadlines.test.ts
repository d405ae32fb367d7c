import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  createDistrict,
  runDeadlines,
  setPluginEnabled,
  type DistrictDeadlineRun,
} from '@cadre/core';
import { migrate, openDatabase, type Database } from '@cadre/db';
import {
  cadreId,
  cadreInput,
  createUnit,
  globalId,
  rowId,
  type GraphQLClient,
} from '@cadre/testing';
import { staffWith, useGateway } from '@cadre/testing/gateway';
import { startGateway } from '../src/gateway.ts';
import { delta } from './fixtures/deadline-plugin.ts';
import { testPlugins } from './fixtures/test-plugins.ts';

// Due items that come due by date: core's own (influence-period ends, missing annual grades) and
// a plugin's (a yearly report, a visit every three months), created by runs of the scheduler for
// chosen days and seen over HTTP. The tests follow one calendar, each run a later day.

const PLUGINS = [...testPlugins, delta];
const h = useGateway(PLUGINS, {}, { a: ['alpha', 'beta', 'delta'] });
const OPERATOR = { label: 'operator', userId: null };
/** What a sanction's content says: it must never reach a title, an audit record or a log. */
const SECRET_REASON = '违规收受礼金';
const d = (text: string) => new Date(`${text}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Names by row id (cadres and units), to read subjects like `<cadreId>/2027` as `张三/2027`. */
const names = new Map<string, string>();
const idOf = (name: string) => {
  const id = [...names].find(([, n]) => n === name)?.[0];
  if (!id) throw new Error(`no ${name}`);
  return id;
};
let supervisor: GraphQLClient;
let unitA: string;

const run = (on: string, db: Database = h.db) =>
  runDeadlines({ db, plugins: PLUGINS, today: d(on) });

/** Created, updated and closed per district; a run with errors fails the test here. */
function counts(runs: DistrictDeadlineRun[]) {
  expect(runs.flatMap((r) => r.errors)).toEqual([]);
  return Object.fromEntries(runs.map((r) => [r.districtCode, [r.created, r.updated, r.closed]]));
}

interface Item {
  kind: string;
  subjectId: string;
  title: string;
  dueDate: string;
  overdue: boolean;
}

/** The viewer's open items as `kind subject due [overdue]`, in a stable order. */
async function listed(client: GraphQLClient, asOf: string): Promise<string[]> {
  const { myDueItems } = await client.data<{ myDueItems: Item[] }>(
    `query ($asOf: Date) { myDueItems(asOf: $asOf) { kind subjectId title dueDate overdue } }`,
    { asOf },
  );
  return myDueItems
    .map((i) => {
      const subject = i.subjectId.replace(/^[0-9a-f-]{36}/, (id) => names.get(id) ?? id);
      return `${i.kind} ${subject} ${i.dueDate}${i.overdue ? ' overdue' : ''}`;
    })
    .sort();
}

const scheduleAudits = (districtId: string) =>
  h.db.asOwner((tx) =>
    tx.auditRecord.findMany({
      where: { districtId, operation: 'due-item.schedule' },
      orderBy: { seq: 'asc' },
    }),
  );

/** A sanction written straight to the table, for the scheduler's mechanics (its last day given). */
async function addSanction(cadre: string, restrictedUntil: string): Promise<string> {
  const row = await h.db.asOwner((tx) =>
    tx.cadreSanction.create({
      data: {
        districtId: h.tenants.a.id,
        cadreId: idOf(cadre),
        kind: 'ADMIN_DEMERIT',
        decisionDate: d('2026-07-10'),
        effectiveDate: d('2026-07-16'),
        issuingBody: '区纪委监委',
        reason: SECRET_REASON,
        restrictedUntil: d(restrictedUntil),
      },
      select: { id: true },
    }),
  );
  return row.id;
}

/** Each sanction mutation's variables and arguments. */
const SANCTION_MUTATIONS = {
  addCadreSanction: [
    '$cadreId: ID!, $input: CadreSanctionInput!',
    'cadreId: $cadreId, input: $input',
  ],
  liftCadreSanction: [
    '$id: ID!, $liftedOn: Date!, $procedure: String!',
    'id: $id, liftedOn: $liftedOn, procedure: $procedure',
  ],
  revokeCadreSanction: ['$id: ID!, $reason: String!', 'id: $id, reason: $reason'],
} as const;

/** An archive mutation on a sanction, by the supervisor over HTTP: its id and last day restricted. */
async function sanctionMutation(
  field: keyof typeof SANCTION_MUTATIONS,
  variables: Record<string, unknown>,
): Promise<{ id: string; restrictedUntil: string }> {
  const [types, args] = SANCTION_MUTATIONS[field];
  const success = `Mutation${field[0]?.toUpperCase()}${field.slice(1)}Success`;
  const result = await supervisor.data<
    Record<string, { data?: { id: string; restrictedUntil: string } }>
  >(
    `mutation (${types}) { ${field}(${args}) {
      __typename ... on Error { code } ... on ${success} { data { id restrictedUntil } } } }`,
    variables,
  );
  const data = result[field]?.data;
  if (!data) throw new Error(`${field}: ${JSON.stringify(result)}`);
  return data;
}

const retire = (id: string) =>
  h.a.data(
    `mutation ($id: ID!) { updateCadre(id: $id, input: { status: RETIRED }) { __typename } }`,
    { id },
  );

const sanctionItem = (subjectId: string) =>
  h.db.asOwner((tx) =>
    tx.dueItem.findFirstOrThrow({ where: { kind: 'influence-period-end', subjectId } }),
  );

beforeAll(async () => {
  unitA = await createUnit(h.a, { code: 'U1', name: '区委办公室' });
  const unitB = await createUnit(h.b, { code: 'U1', name: '县委办公室' });
  names.set(rowId(unitA), '区委办公室').set(rowId(unitB), '县委办公室');
  const make = async (client: GraphQLClient, unit: string, name: string, extra = {}) => {
    const input = cadreInput(unit, { name, rankSince: '2026-08-31', ...extra });
    names.set(rowId(await cadreId(client, input)), name);
  };
  await make(h.a, unitA, '张三');
  await make(h.a, unitA, '李四');
  // Retired: no reports, no visits, and no grade is missing for them.
  await make(h.a, unitA, '退休丁', { status: 'RETIRED' });
  // In district B, where delta is not enabled.
  await make(h.b, unitB, '王五');
  supervisor = await staffWith(h, 'supervisor', [
    'core.due-item.read',
    'core.cadre.read',
    'core.sanction.read',
    'core.sanction.write',
  ]);
});

describe('deadlines that come due by date', () => {
  it('creates on a day what is due by then, overdue included, and the user sees it', async () => {
    expect(counts(await run('2026-12-31'))).toEqual({
      C01: [0, 0, 0],
      // Two visits (three months from 31 August: 30 November) and the unit's 2025 grades.
      D01: [3, 0, 0],
      D02: [1, 0, 0],
    });
    expect(await listed(h.a, '2026-12-31')).toEqual([
      'annual-grade-missing 区委办公室/2025 2026-03-31 overdue',
      'visit 张三/2026-11 2026-11-30 overdue',
      'visit 李四/2026-11 2026-11-30 overdue',
    ]);
    // The system made them, once per district, naming keys only.
    const [audit] = await scheduleAudits(h.tenants.a.id);
    expect(audit).toMatchObject({ actor: 'system', actorId: null, targetId: h.tenants.a.id });
    expect(audit?.changes).toMatchObject({ date: '2026-12-31', updated: [], closed: [] });
    expect((audit?.changes as { created: string[] }).created).toHaveLength(3);
  });

  it('creates nothing and audits nothing when run again for the same day', async () => {
    const before = await h.db.asOwner((tx) => tx.auditRecord.count());
    expect(counts(await run('2026-12-31'))).toEqual({
      C01: [0, 0, 0],
      D01: [0, 0, 0],
      D02: [0, 0, 0],
    });
    expect(await h.db.asOwner((tx) => tx.auditRecord.count())).toBe(before);
  });

  it('asks for last year’s grades from 1 January, closing the year before’s, and shows the year’s reports', async () => {
    expect(counts(await run('2027-01-01'))).toEqual({
      C01: [0, 0, 0],
      D01: [3, 0, 1],
      D02: [1, 0, 1],
    });
    expect(await listed(h.a, '2027-01-01')).toEqual([
      'annual-grade-missing 区委办公室/2026 2027-03-31',
      'report 张三/2027 2027-01-31',
      'report 李四/2027 2027-01-31',
      'visit 张三/2026-11 2026-11-30 overdue',
      'visit 李四/2026-11 2026-11-30 overdue',
    ]);
  });

  it('closes a unit’s grade item once every active cadre has a grade', async () => {
    await h.db.asOwner((tx) =>
      tx.cadreAnnualGrade.create({
        data: { districtId: h.tenants.a.id, cadreId: idOf('张三'), year: 2026, grade: 'COMPETENT' },
      }),
    );
    expect(counts(await run('2027-01-02')).D01).toEqual([0, 0, 0]);
    await h.db.asOwner((tx) =>
      tx.cadreAnnualGrade.create({
        data: { districtId: h.tenants.a.id, cadreId: idOf('李四'), year: 2026, grade: 'EXCELLENT' },
      }),
    );
    expect(counts(await run('2027-01-02')).D01).toEqual([0, 0, 1]);
    expect(await listed(h.a, '2027-01-02')).not.toContain(
      'annual-grade-missing 区委办公室/2026 2027-03-31',
    );
  });

  it('creates each item exactly once when two runs (two connections on PostgreSQL) race', async () => {
    // On PostgreSQL the second run has its own pool, as another gateway process would.
    const other = h.db.target.kind === 'postgres' ? await openDatabase(h.db.target) : h.db;
    try {
      const audits = (await scheduleAudits(h.tenants.a.id)).length;
      const runs = await Promise.all([run('2027-02-20'), run('2027-02-20', other)]);
      const createdInA = runs.flat().filter((r) => r.districtCode === 'D01');
      expect(createdInA.reduce((sum, r) => sum + r.created, 0)).toBe(2);
      expect(runs.flat().flatMap((r) => r.errors)).toEqual([]);
      // Only the run that created them audited it.
      expect(await scheduleAudits(h.tenants.a.id)).toHaveLength(audits + 1);
      const visits = await h.db.asOwner((tx) =>
        tx.dueItem.groupBy({
          by: ['subjectId'],
          where: { kind: 'visit', subjectId: { endsWith: '/2027-02' } },
          _count: true,
        }),
      );
      expect(visits.map((v) => v._count)).toEqual([1, 1]);
    } finally {
      if (other !== h.db) await other.close();
    }
  });

  it('makes up after downtime for the days no run saw, as overdue items', async () => {
    // No run between 20 February and 10 June: the visits due 31 May (28 + 3 months) were missed.
    expect(counts(await run('2027-06-10')).D01).toEqual([2, 0, 0]);
    expect(await listed(h.a, '2027-06-10')).toEqual([
      'report 张三/2027 2027-01-31 overdue',
      'report 李四/2027 2027-01-31 overdue',
      'visit 张三/2026-11 2026-11-30 overdue',
      'visit 张三/2027-02 2027-02-28 overdue',
      'visit 张三/2027-05 2027-05-31 overdue',
      'visit 李四/2026-11 2026-11-30 overdue',
      'visit 李四/2027-02 2027-02-28 overdue',
      'visit 李四/2027-05 2027-05-31 overdue',
    ]);
  });

  it('shows an influence period’s end from 30 days before, by name, to sanction readers only', async () => {
    // 记过: 12 months from its effective date; the archive's engine writes the last day.
    const { id, restrictedUntil } = await sanctionMutation('addCadreSanction', {
      cadreId: globalId('Cadre', idOf('张三')),
      input: {
        kind: 'ADMIN_DEMERIT',
        decisionDate: '2026-07-10',
        effectiveDate: '2026-07-16',
        issuingBody: '区纪委监委',
        reason: SECRET_REASON,
      },
    });
    const until = d(restrictedUntil);
    expect(counts(await run(day(addDays(until, -31)))).D01).toEqual([0, 0, 0]);
    const shownOn = day(addDays(until, -30));
    expect(counts(await run(shownOn)).D01).toEqual([1, 0, 0]);

    const { myDueItems } = await supervisor.data<{ myDueItems: Item[] }>(
      `query ($asOf: Date) { myDueItems(asOf: $asOf) { kind subjectId title dueDate overdue } }`,
      { asOf: shownOn },
    );
    expect(myDueItems).toEqual([
      {
        kind: 'influence-period-end',
        subjectId: rowId(id),
        title: '张三 影响期届满',
        dueDate: day(addDays(until, 1)),
        overdue: false,
      },
    ]);
    // A sensitive permission is not granted by a pattern: the administrator's `*` does not show it.
    expect((await listed(h.a, shownOn)).join()).not.toContain('influence-period-end');
    // Listing it was an audited read of the sanction; the scheduler's record names keys only.
    const item = await sanctionItem(rowId(id));
    const reads = await h.db.asOwner((tx) =>
      tx.auditRecord.count({
        where: {
          operation: 'due-item.read-sensitive',
          targetId: item.id,
          actor: { startsWith: 'user:' },
        },
      }),
    );
    expect(reads).toBe(1);
    const scheduled = JSON.stringify((await scheduleAudits(h.tenants.a.id)).map((r) => r.changes));
    expect(scheduled).toContain(`core/influence-period-end/${rowId(id)}`);
    expect(scheduled).not.toMatch(new RegExp(`张三|影响期|${SECRET_REASON}`));
  });

  it('moves the item with a lifted period, and closes it when the sanction is revoked', async () => {
    const { subjectId, dueDate } = await h.db.asOwner((tx) =>
      tx.dueItem.findFirstOrThrow({ where: { kind: 'influence-period-end' } }),
    );
    const id = globalId('CadreSanction', subjectId);
    const lifted = await sanctionMutation('liftCadreSanction', {
      id,
      liftedOn: '2026-11-20',
      procedure: '综合评估合格，按程序解除',
    });
    // The next run moves the item to the day after the new end (overdue now).
    const onDay = day(addDays(dueDate, -30));
    expect(counts(await run(onDay)).D01).toEqual([0, 1, 0]);
    expect((await sanctionItem(subjectId)).dueDate).toEqual(addDays(d(lifted.restrictedUntil), 1));

    await sanctionMutation('revokeCadreSanction', { id, reason: '复查撤销' });
    expect(counts(await run(onDay)).D01).toEqual([0, 0, 1]);
    expect((await sanctionItem(subjectId)).closedAt).not.toBeNull();
  });

  it('closes a plugin’s self-closing items that no longer apply, and keeps the others', async () => {
    await retire(globalId('Cadre', idOf('李四')));
    // 李四's three open visits close; his report is not self-closing and stays.
    expect(counts(await run('2027-06-18')).D01).toEqual([0, 0, 3]);
    const mine = (await listed(h.a, '2027-06-18')).filter((i) => i.includes('李四'));
    expect(mine).toEqual(['report 李四/2027 2027-01-31 overdue']);
  });

  it('asks a plugin only where it is enabled', async () => {
    const bySource = (districtId: string) =>
      h.db.asOwner((tx) =>
        tx.dueItem.groupBy({ by: ['source'], where: { districtId }, _count: true }),
      );
    // 王五 in district B would have reports and visits if delta were on there.
    expect(await bySource(h.tenants.b.id)).toEqual([{ source: 'core', _count: 2 }]);

    await setPluginEnabled(h.db, PLUGINS, OPERATOR, h.tenants.a.id, 'delta', false);
    try {
      // 张三's visit due 31 August is on the list from 21 August, but delta is off.
      expect(counts(await run('2027-08-25')).D01).toEqual([0, 0, 0]);
    } finally {
      await setPluginEnabled(h.db, PLUGINS, OPERATOR, h.tenants.a.id, 'delta', true);
    }
    expect(counts(await run('2027-08-25')).D01).toEqual([1, 0, 0]);
  });

  it('reports a source that fails and leaves its items as they were; the others go on', async () => {
    const openDelta = () =>
      h.db.asOwner((tx) => tx.dueItem.count({ where: { source: 'delta', closedAt: null } }));
    const open = await openDelta();
    const broken = await cadreId(
      h.a,
      cadreInput(unitA, { name: '故障戊', rankSince: '2026-08-31' }),
    );
    // Shown from 21 August: core's source still answers.
    await addSanction('张三', '2027-09-20');
    const runs = await run('2027-08-26');
    // The new cadre has no 2026 grade: the unit's closed grade item opens again.
    expect(runs.find((r) => r.districtCode === 'D01')).toEqual({
      districtCode: 'D01',
      created: 1,
      updated: 1,
      closed: 0,
      errors: ['delta: delta source is down'],
    });
    expect(await openDelta()).toBe(open);
    await retire(broken);
    expect(counts(await run('2027-08-26')).D01).toEqual([0, 0, 1]);
  });

  it('runs in the gateway at start and then on its interval, until the gateway closes', async () => {
    let today = d('2027-09-30');
    const gateway = await startGateway({
      db: h.db,
      plugins: PLUGINS,
      port: 0,
      eventDispatch: false,
      deadlines: { intervalMs: 100, today: () => today },
    });
    const ids: string[] = [];
    const seen = async () =>
      (await supervisor.data<{ myDueItems: Item[] }>(`{ myDueItems { subjectId } }`)).myDueItems
        .map((i) => i.subjectId)
        .filter((id) => ids.includes(id));
    try {
      // Shown from 30 September: the run at start makes it.
      ids.push(await addSanction('张三', '2027-10-30'));
      await expect.poll(seen, { timeout: 10_000 }).toEqual([ids[0]]);
      ids.push(await addSanction('张三', '2027-10-31'));
      today = d('2027-10-01');
      await expect.poll(seen, { timeout: 10_000 }).toEqual(ids);
    } finally {
      await gateway.close();
    }
    ids.push(await addSanction('张三', '2027-11-01'));
    today = d('2027-10-02');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await seen()).toHaveLength(2);
  });
});

describe('cadre deadlines run', () => {
  const bin = fileURLToPath(new URL('../bin/cadre.mjs', import.meta.url));
  let dataDir: string;
  const cadre = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', CADRE_DATA_DIR: dataDir },
      input: '',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  beforeAll(async () => {
    // An embedded database of its own with one district and an active cadre, closed before the
    // command opens it.
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-deadlines-'));
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await db.withChannel((c) => migrate(c));
      const district = await createDistrict(db, OPERATOR, {
        code: 'X1',
        name: '示范区',
        level: 'CITY',
      });
      await db.asOwner(async (tx) => {
        const unitId = randomUUID();
        await tx.unit.create({
          data: {
            id: unitId,
            districtId: district.id,
            path: `/${unitId}/`,
            code: 'U1',
            name: '示范单位',
            category: 'PARTY_GOVERNMENT_ORGAN',
          },
        });
        await tx.cadre.create({
          data: {
            districtId: district.id,
            unitId,
            name: '赵六',
            gender: 'MALE',
            ethnicity: '汉族',
            nativePlace: '江苏南京',
            birthDate: d('1985-03-12'),
            politicalStatus: 'CPC_MEMBER',
            workStartDate: d('2007-07-01'),
            identity: 'CIVIL_SERVANT',
            rank: 'LEADER_SECTION_DEPUTY',
            rankSince: d('2018-05-01'),
            managementAuthority: 'DISTRICT',
          },
        });
      });
    } finally {
      await db.close();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs for the day given, and refuses a day that does not exist', () => {
    expect(cadre(['deadlines', 'run', '--date', '2027-02-30'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--date must be a calendar date'),
    });
    expect(cadre(['deadlines', 'run', '--date', '2027-01-05'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('X1: 新增 1，更新 0，关闭 0'),
    });
  });
});
