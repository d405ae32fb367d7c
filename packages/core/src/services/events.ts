import type { Database, Prisma, Transaction } from '@cadre/db';
import type { OutboxEvent } from '@cadre/db/client';
import type { DomainEvent, Emit, EventHandler, EventType } from '../contract/events.ts';
import type { CadrePlugin } from '../contract/plugin.ts';
import { isUuid } from '../domain/ids.ts';
import { maskSensitiveFields } from '../domain/sensitive-fields.ts';
import { NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { type Actor, writeAudited } from './audit.ts';

// The outbox: events are written in the transaction that caused them and delivered after it
// commits, to each handler until it succeeds once. Every step is safe with any number of
// dispatchers in any number of processes: claims take row locks with SKIP LOCKED and a lease,
// and a handler's work commits together with its delivery record.

/** `<plugin>.<entity>.<past-tense verb>`, each part kebab-case: `supervision.tip.concluded`. */
const EVENT_TYPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*){2}$/;

export function isEventType(type: EventType): boolean {
  return EVENT_TYPE.test(type);
}

/** Appends events to the outbox in `tx`: they exist exactly if the write that emits them commits. */
export function outboxEmitter(tx: Transaction, districtId: string): Emit {
  return async (type, payload) => {
    // A misnamed event is a programming error, caught the first time the write runs.
    if (!isEventType(type)) throw new Error(`Event type "${type}" is not <plugin>.<entity>.<verb>`);
    await tx.outboxEvent.create({
      data: {
        districtId,
        type,
        // Partners may subscribe to events: sensitive fields never travel in them.
        payload: JSON.parse(JSON.stringify(maskSensitiveFields(payload))) as Prisma.InputJsonValue,
      },
    });
  };
}

export interface DispatchOptions {
  /** Events claimed per run. */
  batchSize?: number;
  /** How long a claim holds an event: after it, a crashed dispatcher's events are claimed again. */
  leaseMs?: number;
  /** Tries before an event is given up as DEAD (an operator may replay it). */
  maxAttempts?: number;
  /** The wait before try `attempts + 1`; by default 30 s doubling, at most an hour. */
  retryDelayMs?: (attempts: number) => number;
  /** The clock (tests move it forward to reach retries). */
  now?: () => Date;
}

export interface DispatchReport {
  claimed: number;
  delivered: number;
  retrying: number;
  dead: number;
}

const DEFAULTS = {
  batchSize: 50,
  leaseMs: 5 * 60_000,
  maxAttempts: 8,
  retryDelayMs: (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000),
  now: () => new Date(),
} satisfies Required<DispatchOptions>;

interface ClaimedEvent extends DomainEvent {
  attempts: number;
}

/**
 * Takes up to `batchSize` due events of every district through `core.claim_outbox_events` (the
 * dispatcher serves all districts; the function is the one narrow way across them). The same
 * statement moves `available_at` past the lease and counts the attempt, so a second dispatcher
 * skips these rows while they are locked and, after the commit, until the lease runs out.
 */
async function claimEvents(
  db: Database,
  batchSize: number,
  leaseMs: number,
  now: Date,
): Promise<ClaimedEvent[]> {
  // Timestamps without zone, in UTC, as Prisma writes them.
  const utc = (at: Date) => at.toISOString().replace('Z', '');
  const rows = await db.prisma.$queryRaw<ClaimedRow[]>`
    SELECT id::text, district_id::text, type, payload, attempts, created_at
      FROM core.claim_outbox_events(${batchSize}::int, ${utc(now)}::timestamp,
                                    ${utc(new Date(now.getTime() + leaseMs))}::timestamp)`;
  return rows
    .map((row): ClaimedEvent => ({
      id: row.id,
      districtId: row.district_id,
      type: row.type,
      payload: row.payload ?? {},
      createdAt: row.created_at,
      attempts: row.attempts,
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

interface ClaimedRow {
  id: string;
  district_id: string;
  type: string;
  payload: Record<string, unknown> | null;
  attempts: number;
  created_at: Date;
}

/** The handlers an event goes to: of installed plugins that are enabled in its district. */
async function handlersFor(
  db: Database,
  plugins: readonly CadrePlugin[],
  event: DomainEvent,
): Promise<{ name: string; handle: EventHandler }[]> {
  const listening = plugins.flatMap((plugin) => {
    const handle = plugin.eventHandlers?.[event.type];
    return handle ? [{ name: plugin.id, handle }] : [];
  });
  if (listening.length === 0) return [];
  const enabled = await db.forDistrict(event.districtId).prisma.districtPlugin.findMany({
    where: {
      districtId: event.districtId,
      enabled: true,
      pluginId: { in: listening.map((handler) => handler.name) },
    },
    select: { pluginId: true },
  });
  const on = new Set(enabled.map((row) => row.pluginId));
  return listening.filter((handler) => on.has(handler.name));
}

/**
 * Runs one handler in a transaction of the event's district that first records the delivery.
 * A delivery already recorded means an earlier try committed: the handler is not run again. If
 * another dispatcher is running the same handler right now (its lease ran out), the insert waits
 * for it and then finds its row.
 */
async function runHandler(
  db: Database,
  event: DomainEvent,
  handler: { name: string; handle: EventHandler },
): Promise<void> {
  await db.transaction(event.districtId, async (tx) => {
    const recorded = await tx.eventDelivery.createMany({
      data: [{ districtId: event.districtId, eventId: event.id, handler: handler.name }],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return;
    await handler.handle(event, tx);
  });
}

const describeError = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2_000);

type Outcome = 'delivered' | 'retrying' | 'dead';

async function deliver(
  db: Database,
  plugins: readonly CadrePlugin[],
  event: ClaimedEvent,
  options: Required<DispatchOptions>,
): Promise<Outcome> {
  const failures: string[] = [];
  // Claimed more often than allowed without finishing: each try crashed or outlived its lease.
  if (event.attempts > options.maxAttempts) {
    failures.push(`claimed ${event.attempts} times without finishing`);
  } else {
    for (const handler of await handlersFor(db, plugins, event)) {
      try {
        await runHandler(db, event, handler);
      } catch (error) {
        failures.push(`${handler.name}: ${describeError(error)}`);
      }
    }
  }
  const now = options.now();
  const where = { id: event.id, status: 'PENDING' as const };
  return db.transaction(event.districtId, async (tx) => {
    if (failures.length === 0) {
      await tx.outboxEvent.updateMany({
        where,
        data: { status: 'DELIVERED', deliveredAt: now, lastError: null },
      });
      return 'delivered';
    }
    const dead = event.attempts >= options.maxAttempts;
    await tx.outboxEvent.updateMany({
      where,
      data: dead
        ? { status: 'DEAD', lastError: failures.join('\n') }
        : {
            availableAt: new Date(now.getTime() + options.retryDelayMs(event.attempts)),
            lastError: failures.join('\n'),
          },
    });
    return dead ? 'dead' : 'retrying';
  });
}

/**
 * One run of the dispatcher: claims due events of all districts and hands each to the handlers
 * of the plugins enabled in its district. An event is DELIVERED when every handler has succeeded
 * (now or on an earlier try), is retried later with back-off while one fails, and is DEAD after
 * `maxAttempts` tries.
 */
export async function dispatchEvents(
  db: Database,
  plugins: readonly CadrePlugin[],
  options: DispatchOptions = {},
): Promise<DispatchReport> {
  const settings: Required<DispatchOptions> = {
    batchSize: options.batchSize ?? DEFAULTS.batchSize,
    leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
    maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    retryDelayMs: options.retryDelayMs ?? DEFAULTS.retryDelayMs,
    now: options.now ?? DEFAULTS.now,
  };
  const events = await claimEvents(db, settings.batchSize, settings.leaseMs, settings.now());
  const report: DispatchReport = { claimed: events.length, delivered: 0, retrying: 0, dead: 0 };
  for (const event of events) report[await deliver(db, plugins, event, settings)] += 1;
  return report;
}

export interface EventDispatcher {
  /** Ends the loop after the batch that is running, and waits for it. */
  stop(): Promise<void>;
}

export interface EventDispatcherOptions extends DispatchOptions {
  /** The pause after a run that found less than a full batch. */
  intervalMs?: number;
  /** Where a failed run is reported (the loop goes on); `console.error` by default. */
  onError?: (error: unknown) => void;
}

/**
 * Dispatches in the background until stopped: one run at a time, the next right away while
 * runs come back full, else after `intervalMs`. Every gateway process may run one; the claims
 * keep them from delivering the same event at the same time.
 */
export function startEventDispatcher(
  db: Database,
  plugins: readonly CadrePlugin[],
  options: EventDispatcherOptions = {},
): EventDispatcher {
  const { intervalMs = 1_000, onError = (e) => console.error('event dispatcher:', e) } = options;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  let stopped = false;
  let wake: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const pause = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, intervalMs);
      // A waiting dispatcher does not keep the process alive by itself.
      timer.unref?.();
    });

  const loop = (async () => {
    while (!stopped) {
      let full = false;
      try {
        full = (await dispatchEvents(db, plugins, options)).claimed >= batchSize;
      } catch (error) {
        onError(error);
      }
      if (!full && !stopped) await pause();
    }
  })();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}

/**
 * Puts a DEAD event back in line (after the cause is fixed), audited in the actor's district.
 * Handlers that had succeeded keep their delivery record and are not run again.
 */
export async function replayDeadEvent(
  db: Database,
  actor: Actor,
  eventId: string,
  now: Date = new Date(),
): Promise<OutboxEvent> {
  return writeAudited(db, actor, async (tx, audit) => {
    const event = isUuid(eventId)
      ? await tx.outboxEvent.findFirst({ where: { id: eventId, districtId: actor.districtId } })
      : null;
    if (!event) throw new NotFoundError({ zh: '事件', en: 'Event' });
    if (event.status !== 'DEAD') {
      throw new RuleViolationError('CORE_EVENT_NOT_DEAD', {
        zh: '只能重放已放弃投递的事件',
        en: 'Only an event given up as dead can be replayed',
      });
    }
    const replayed = await tx.outboxEvent.update({
      where: { id: event.id },
      data: { status: 'PENDING', attempts: 0, availableAt: now, lastError: null },
    });
    await audit({
      operation: 'outbox-event.replay',
      targetType: 'OutboxEvent',
      targetId: event.id,
      changes: {
        type: event.type,
        status: [event.status, replayed.status],
        attempts: [event.attempts, 0],
        lastError: [event.lastError, null],
      },
    });
    return replayed;
  });
}
