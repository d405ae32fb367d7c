import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  definePlugin,
  dispatchEvents,
  operatorIn,
  replayDeadEvent,
  setPluginEnabled,
  startEventDispatcher,
  writeAudited,
  type CadrePlugin,
  type DomainEvent,
} from '@cadre/core';
import { openDatabase, type Database } from '@cadre/db';
import { createTestDatabase, type TestDatabase } from '@cadre/testing';
import { createTestTenants, useGateway, type TestTenant } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// Plugins that only listen: each handler notes what it saw, and can be told to fail.
const seen = new Map<string, string[]>();
const failing = new Set<string>();
const slow = new Set<string>();

function listener(id: string, dependsOn: string[] = []): CadrePlugin {
  return definePlugin({
    id,
    title: { zh: id, en: id },
    dependsOn,
    permissions: {},
    registerSchema: () => {},
    eventHandlers: {
      'source.thing.happened': async (event: DomainEvent, tx) => {
        // A write of the handler's own, committed with its delivery record or not at all.
        await tx.$queryRaw`SELECT 1`;
        if (slow.has(id)) await new Promise((resolve) => setTimeout(resolve, 30));
        if (failing.has(id)) throw new Error(`${id} cannot handle ${event.id}`);
        seen.set(id, [...(seen.get(id) ?? []), event.id]);
      },
    },
  });
}

const source = definePlugin({
  id: 'source',
  title: { zh: '来源', en: 'Source' },
  permissions: {},
  registerSchema: () => {},
});
const installed = [source, listener('steady'), listener('flaky'), listener('quiet')];

const runs = (id: string, eventId: string) =>
  (seen.get(id) ?? []).filter((e) => e === eventId).length;

describe('the outbox dispatcher', () => {
  let db: TestDatabase;
  let tenants: { a: TestTenant; b: TestTenant };
  // The dispatchers' clock: real time, moved forward by the tests to reach retries and leases.
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);
  const options = { now, maxAttempts: 3, retryDelayMs: () => 60_000, leaseMs: 300_000 };

  /** Writes one event in district A (or `districtId`) the way a plugin's mutation does. */
  const emitEvent = (districtId = tenants.a.id, payload: Record<string, unknown> = {}) =>
    writeAudited(db, operatorIn(districtId), async (tx, audit, emit) => {
      await emit('source.thing.happened', payload);
      return tx.outboxEvent.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    });
  const eventRow = (id: string) =>
    db.asOwner((tx) => tx.outboxEvent.findUniqueOrThrow({ where: { id } }));
  /** Runs dispatchers until none finds work at the current clock. */
  const drain = async () => {
    while ((await dispatchEvents(db, installed, options)).claimed > 0);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // A runs steady and flaky (quiet is installed but off); B runs quiet only.
    tenants = await createTestTenants(db, installed, {
      a: ['source', 'steady', 'flaky'],
      b: ['quiet'],
    });
  });
  afterAll(async () => {
    await db?.destroy();
  });
  beforeEach(async () => {
    ahead = 0;
    failing.clear();
    slow.clear();
    await drain();
  });

  it('never delivers an event whose write rolled back', async () => {
    await expect(
      writeAudited(db, operatorIn(tenants.a.id), async (_tx, _audit, emit) => {
        await emit('source.thing.happened', { doomed: true });
        throw new Error('the write failed after emitting');
      }),
    ).rejects.toThrow('the write failed');
    const rows = await db.asOwner((tx) =>
      tx.outboxEvent.findMany({ where: { payload: { equals: { doomed: true } } } }),
    );
    expect(rows).toEqual([]);
    expect((await dispatchEvents(db, installed, options)).claimed).toBe(0);
  });

  it('refuses an event type that is not <plugin>.<entity>.<verb>', async () => {
    await expect(
      writeAudited(db, operatorIn(tenants.a.id), (_tx, _audit, emit) => emit('ThingHappened', {})),
    ).rejects.toThrow(/is not <plugin>/);
  });

  it('delivers to the enabled plugins of the event’s district only', async () => {
    const inA = await emitEvent(tenants.a.id);
    const inB = await emitEvent(tenants.b.id);
    const report = await dispatchEvents(db, installed, options);
    expect(report).toEqual({ claimed: 2, delivered: 2, retrying: 0, dead: 0 });
    expect([runs('steady', inA.id), runs('flaky', inA.id), runs('quiet', inA.id)]).toEqual([
      1, 1, 0,
    ]);
    expect([runs('steady', inB.id), runs('flaky', inB.id), runs('quiet', inB.id)]).toEqual([
      0, 0, 1,
    ]);
    const delivered = await eventRow(inA.id);
    expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: 1, lastError: null });
    const handlers = await db.asOwner((tx) =>
      tx.eventDelivery.findMany({ where: { eventId: inA.id }, orderBy: { handler: 'asc' } }),
    );
    expect(handlers.map((d) => d.handler)).toEqual(['flaky', 'steady']);
  });

  it('stops delivering to a plugin once the district disables it', async () => {
    await setPluginEnabled(db, installed, operatorIn(tenants.b.id), tenants.b.id, 'quiet', false);
    const event = await emitEvent(tenants.b.id);
    await drain();
    expect(runs('quiet', event.id)).toBe(0);
    expect((await eventRow(event.id)).status).toBe('DELIVERED');
    await setPluginEnabled(db, installed, operatorIn(tenants.b.id), tenants.b.id, 'quiet', true);
  });

  it('retries a failing handler with back-off, runs the others once, and gives up as DEAD', async () => {
    failing.add('flaky');
    const event = await emitEvent();
    const before = now().getTime();
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ retrying: 1 });
    let row = await eventRow(event.id);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toContain('flaky: Error: flaky cannot handle');
    expect(row.availableAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(row.availableAt.getTime()).toBeLessThanOrEqual(now().getTime() + 60_000);
    // Not before the back-off has passed.
    expect((await dispatchEvents(db, installed, options)).claimed).toBe(0);
    ahead += 60_000;
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ retrying: 1 });
    ahead += 60_000;
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ dead: 1 });
    row = await eventRow(event.id);
    expect(row).toMatchObject({ status: 'DEAD', attempts: 3 });
    ahead += 3_600_000;
    expect((await dispatchEvents(db, installed, options)).claimed).toBe(0);
    // The handler that succeeded the first time was not run again on the retries.
    expect(runs('steady', event.id)).toBe(1);
    expect(runs('flaky', event.id)).toBe(0);

    // Fixed: an operator replays it, and only the handler that had failed runs.
    failing.clear();
    const replayed = await replayDeadEvent(db, operatorIn(tenants.a.id), event.id, now());
    expect(replayed).toMatchObject({ status: 'PENDING', attempts: 0, lastError: null });
    await drain();
    expect(await eventRow(event.id)).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    expect([runs('steady', event.id), runs('flaky', event.id)]).toEqual([1, 1]);
    const audit = await db.asOwner((tx) =>
      tx.auditRecord.findFirst({ where: { operation: 'outbox-event.replay', targetId: event.id } }),
    );
    expect(audit).not.toBeNull();
  });

  it('replays only a dead event of the actor’s own district', async () => {
    const event = await emitEvent();
    await drain();
    await expect(replayDeadEvent(db, operatorIn(tenants.a.id), event.id)).rejects.toMatchObject({
      code: 'CORE_EVENT_NOT_DEAD',
    });
    await expect(replayDeadEvent(db, operatorIn(tenants.b.id), event.id)).rejects.toMatchObject({
      code: 'CORE_NOT_FOUND',
    });
    await expect(replayDeadEvent(db, operatorIn(tenants.a.id), 'nonsense')).rejects.toMatchObject({
      code: 'CORE_NOT_FOUND',
    });
  });

  it('does not run a handler again when an event is delivered a second time', async () => {
    const event = await emitEvent();
    await drain();
    // As after a dispatcher that ran the handlers and died before marking the event delivered.
    await db.asOwner((tx) =>
      tx.outboxEvent.update({
        where: { id: event.id },
        data: { status: 'PENDING', deliveredAt: null, availableAt: now() },
      }),
    );
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ delivered: 1 });
    expect([runs('steady', event.id), runs('flaky', event.id)]).toEqual([1, 1]);
  });

  it('takes a crashed dispatcher’s events back after the lease, and gives up on endless crashes', async () => {
    const event = await emitEvent();
    // A claim whose dispatcher never came back: attempts counted, lease running.
    await db.asOwner((tx) =>
      tx.outboxEvent.update({
        where: { id: event.id },
        data: { attempts: 1, availableAt: new Date(now().getTime() + 300_000) },
      }),
    );
    expect((await dispatchEvents(db, installed, options)).claimed).toBe(0);
    ahead += 300_000;
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ delivered: 1 });
    expect(runs('steady', event.id)).toBe(1);

    const stuck = await emitEvent();
    await db.asOwner((tx) =>
      tx.outboxEvent.update({ where: { id: stuck.id }, data: { attempts: 3 } }),
    );
    expect(await dispatchEvents(db, installed, options)).toMatchObject({ dead: 1 });
    expect((await eventRow(stuck.id)).lastError).toContain('claimed 4 times');
    expect(runs('steady', stuck.id)).toBe(0);
  });

  it('delivers each event exactly once per handler with two dispatchers running at once', async () => {
    // On PostgreSQL the second dispatcher has its own connection pool, as another process would.
    const other: Database = db.target.kind === 'postgres' ? await openDatabase(db.target) : db;
    try {
      const events = [];
      for (let i = 0; i < 24; i++)
        events.push(await emitEvent(i % 3 === 0 ? tenants.b.id : tenants.a.id));
      const dispatcher = async (database: Database) => {
        let claimed = 0;
        for (;;) {
          const report = await dispatchEvents(database, installed, { ...options, batchSize: 4 });
          if (report.claimed === 0) return claimed;
          claimed += report.claimed;
        }
      };
      const [first, second] = await Promise.all([dispatcher(db), dispatcher(other)]);
      // No event was claimed twice.
      expect(first + second).toBe(24);
      for (const event of events) {
        const expected = event.districtId === tenants.a.id ? [1, 1, 0] : [0, 0, 1];
        expect([
          runs('steady', event.id),
          runs('flaky', event.id),
          runs('quiet', event.id),
        ]).toEqual(expected);
        expect((await eventRow(event.id)).status).toBe('DELIVERED');
      }
    } finally {
      if (other !== db) await other.close();
    }
  });

  it('runs a handler once even when its lease runs out while it works', async () => {
    const other: Database = db.target.kind === 'postgres' ? await openDatabase(db.target) : db;
    try {
      slow.add('steady');
      const events = [];
      for (let i = 0; i < 6; i++) events.push(await emitEvent());
      // A lease of 0: every claimed event may be claimed again by the other dispatcher at once.
      const dispatcher = async (database: Database) => {
        const hurried = { ...options, leaseMs: 0, batchSize: 2 };
        while ((await dispatchEvents(database, installed, hurried)).claimed > 0);
      };
      await Promise.all([dispatcher(db), dispatcher(other)]);
      for (const event of events) {
        expect([runs('steady', event.id), runs('flaky', event.id)]).toEqual([1, 1]);
        expect((await eventRow(event.id)).status).toBe('DELIVERED');
      }
    } finally {
      if (other !== db) await other.close();
    }
  });

  it('runs in the background until stopped, one batch at a time', async () => {
    const dispatcher = startEventDispatcher(db, installed, { intervalMs: 20, batchSize: 2 });
    const events = [await emitEvent(), await emitEvent(), await emitEvent()];
    for (let i = 0; i < 200 && events.some((e) => runs('steady', e.id) === 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await dispatcher.stop();
    expect(events.map((e) => runs('steady', e.id))).toEqual([1, 1, 1]);
    // Stopped: a new event stays pending.
    const later = await emitEvent();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await eventRow(later.id)).status).toBe('PENDING');
  });
});

describe('outbox events over GraphQL', () => {
  const h = useGateway(testPlugins);

  const outbox = (status?: string) =>
    h.a.data<{
      outboxEvents: { id: string; type: string; status: string; deliveredTo: string[] }[];
    }>(
      `query ($status: OutboxStatus) {
        outboxEvents(status: $status, first: 10) { id type status attempts lastError deliveredTo }
      }`,
      { status },
    );
  const replay = (client: typeof h.a, id: string) =>
    client.data<{ replayEvent: { __typename: string; code?: string; data?: { status: string } } }>(
      `mutation ($id: ID!) { replayEvent(id: $id) {
        __typename
        ... on MutationReplayEventSuccess { data { status } }
        ... on Error { code }
      } }`,
      { id },
    );

  it('lists the district’s events and replays a dead one', async () => {
    // Alpha's note event goes to beta's handler (fixtures), which refuses notes marked `fail`.
    const write = (payload: Record<string, unknown>) =>
      writeAudited(h.db, operatorIn(h.tenants.a.id), (_tx, _audit, emit) =>
        emit('alpha.note.written', payload),
      );
    await write({ noteId: 'n1', dueDate: '2025-10-09' });
    await write({ noteId: 'n2', dueDate: '2025-10-09', fail: true });
    // Dispatch until both have been tried (a dispatcher the gateway runs may get there first).
    const rows = () =>
      h.db.asOwner((tx) =>
        tx.outboxEvent.findMany({
          where: { districtId: h.tenants.a.id, type: 'alpha.note.written' },
          orderBy: { createdAt: 'asc' },
        }),
      );
    for (let i = 0; i < 100; i++) {
      await dispatchEvents(h.db, testPlugins, { maxAttempts: 1 });
      const [n1, n2] = await rows();
      if (n1?.status === 'DELIVERED' && n2?.lastError) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [, failed] = await rows();
    if (!failed) throw new Error('the failing event is missing');
    expect(failed.lastError).toContain('beta refuses note n2');
    // Given up, whichever dispatcher's retry limit applied.
    await h.db.asOwner((tx) =>
      tx.outboxEvent.update({ where: { id: failed.id }, data: { status: 'DEAD' } }),
    );

    const [dead, ...moreDead] = (await outbox('DEAD')).outboxEvents;
    expect(moreDead).toEqual([]);
    expect(dead).toMatchObject({ type: 'alpha.note.written', deliveredTo: [] });
    const [delivered, ...moreDelivered] = (await outbox('DELIVERED')).outboxEvents;
    expect(moreDelivered).toEqual([]);
    expect(delivered).toMatchObject({ type: 'alpha.note.written', deliveredTo: ['beta'] });
    if (!dead || !delivered) throw new Error('events missing');

    // District B sees none of A's events and cannot replay them.
    const inB = await h.b.request<{ outboxEvents: unknown[] }>('{ outboxEvents { id } }');
    expect(inB.data?.outboxEvents ?? []).toEqual([]);
    expect((await replay(h.b, dead.id)).replayEvent).toMatchObject({
      __typename: expect.stringMatching(/NotFoundError|ForbiddenError/),
    });

    expect((await replay(h.a, dead.id)).replayEvent).toEqual({
      __typename: 'MutationReplayEventSuccess',
      data: { status: 'PENDING' },
    });
    expect((await replay(h.a, delivered.id)).replayEvent).toMatchObject({
      code: 'CORE_EVENT_NOT_DEAD',
    });
  });
});
