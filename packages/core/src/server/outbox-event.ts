import { OutboxStatus } from '@cadre/db';
import { replayDeadEvent } from '../services/events.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { listCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';

const MAX_EVENTS = 200;

/** The district's domain events (领域事件) in the outbox: what was delivered, what is stuck. */
export function registerOutboxEvent(builder: Builder) {
  const Status = builder.enumType(OutboxStatus, {
    name: 'OutboxStatus',
    description: 'PENDING until every enabled handler has run; DEAD after the last retry',
  });

  const Event = builder.prismaNode('OutboxEvent', {
    id: { field: 'id' },
    fields: (t) => ({
      type: t.exposeString('type', { description: '<plugin>.<entity>.<past-tense verb>' }),
      payload: t.expose('payload', { type: 'JSON' }),
      status: t.expose('status', { type: Status }),
      attempts: t.exposeInt('attempts'),
      availableAt: t.expose('availableAt', {
        type: 'DateTime',
        description: 'Not tried again before this time',
      }),
      lastError: t.exposeString('lastError', { nullable: true }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
      deliveredTo: t.stringList({
        description: 'The plugins whose handlers have run',
        select: { deliveries: { select: { handler: true }, orderBy: { deliveredAt: 'asc' } } },
        resolve: (event) => event.deliveries.map((d) => d.handler),
      }),
    }),
  });

  builder.queryField('outboxEvents', (t) =>
    t.prismaField({
      type: [Event],
      description: `The district's events, newest first (at most ${MAX_EVENTS})`,
      authScopes: { permission: 'core.audit.read' },
      complexity: (args) => listCost(Math.min(Math.max(args.first ?? 50, 1), MAX_EVENTS)),
      args: {
        status: t.arg({ type: Status, required: false }),
        first: t.arg.int({ required: false, defaultValue: 50 }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.outboxEvent.findMany({
          ...selecting(query),
          where: {
            districtId: districtOf(ctx).id,
            ...(args.status ? { status: args.status } : {}),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: Math.min(Math.max(args.first ?? 50, 1), MAX_EVENTS),
        }),
    }),
  );

  builder.mutationField('replayEvent', (t) =>
    t.prismaField({
      type: Event,
      description: 'Deliver a DEAD event again, to the handlers that have not yet run',
      authScopes: { permission: 'core.district.configure' },
      errors: {},
      args: { id: t.arg.globalID({ for: Event }) },
      resolve: async (query, _root, args, ctx) => {
        const event = await replayDeadEvent(ctx.db, actorOf(ctx), args.id.id);
        return ctx.prisma.outboxEvent.findUniqueOrThrow({
          ...selecting(query),
          where: { id: event.id },
        });
      },
    }),
  );
}
