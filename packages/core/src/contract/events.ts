import type { Transaction } from '@cadre/db';

// Domain events travel through the outbox: written in the transaction that caused them, then
// delivered at least once to the handlers of plugins enabled in the event's district.

/** `<plugin>.<entity>.<past-tense verb>`, e.g. `supervision.tip.concluded`. */
export type EventType = string;

export interface DomainEvent {
  id: string;
  districtId: string;
  type: EventType;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * Runs inside a transaction of the event's district that also records the delivery, so a handler
 * that commits is never run again for that event; one that throws is retried later.
 */
export type EventHandler = (event: DomainEvent, tx: Transaction) => Promise<void>;

/** Appends an event to the outbox in the current write's transaction. */
export type Emit = (type: EventType, payload: Record<string, unknown>) => Promise<void>;
