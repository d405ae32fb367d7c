import type { DueItem } from '@cadre/db/client';
import { CORE_SUBGRAPH } from '../contract/plugin.ts';
import { todayInChina } from '../domain/dates.ts';
import { type DeadlineStanding, deadlineStanding } from '../domain/working-days.ts';
import { loadWorkingDayCalendar } from '../services/calendar.ts';
import { dueItemsFor } from '../services/due-items.ts';
import type { Builder } from './builder.ts';
import { districtOf } from './scope.ts';
import { auditSensitiveRead } from './sensitive-reads.ts';

type DueItemView = DueItem & DeadlineStanding & { viewerId: string };

/** Deadlines (到期提醒) that plugins record, as one to-do list per staff member. */
export function registerDueItem(builder: Builder) {
  const DueItemRef = builder.objectRef<DueItemView>('DueItem').implement({
    description: 'A deadline a plugin (or core) recorded: publicity end, probation end …',
    fields: (t) => ({
      id: t.globalID({ resolve: (item) => ({ type: 'DueItem', id: item.id }) }),
      source: t.exposeString('source', { description: 'The plugin that recorded it, or core' }),
      kind: t.exposeString('kind', { description: 'e.g. publicity-end, probation-end' }),
      subjectType: t.exposeString('subjectType'),
      subjectId: t.exposeString('subjectId'),
      title: t.exposeString('title'),
      dueDate: t.expose('dueDate', { type: 'Date' }),
      link: t.exposeString('link', { nullable: true, description: 'Where the admin UI opens it' }),
      assignedToMe: t.boolean({
        description: 'Assigned to the viewer, not just open to their role',
        resolve: (item) => item.assigneeId === item.viewerId,
      }),
      closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
      overdue: t.exposeBoolean('overdue', { description: 'The due date has passed' }),
      workingDaysLeft: t.exposeInt('workingDaysLeft', {
        description:
          'Working days after the reference day up to the due date, on the Chinese calendar ' +
          'with official holidays and make-up workdays (调休); negative (at least -1) when ' +
          'overdue. A closed item keeps the figures of the day it was closed.',
      }),
    }),
  });

  builder.queryField('myDueItems', (t) =>
    t.field({
      type: [DueItemRef],
      description:
        'The signed-in staff member’s deadlines, soonest first: assigned to them, or unassigned ' +
        'and open to a permission they hold. Partner systems (API keys) are nobody’s to-do ' +
        'list and get an empty list.',
      authScopes: { permission: 'core.due-item.read' },
      args: {
        includeClosed: t.arg.boolean({ required: false, defaultValue: false }),
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'The day figures are counted from; today in China by default',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const district = districtOf(ctx);
        if (!ctx.viewer) return [];
        const viewerId = ctx.viewer.userId;
        const [items, calendar] = await Promise.all([
          dueItemsFor(ctx.prisma, {
            districtId: district.id,
            userId: viewerId,
            holds: (key) => ctx.permissions.has(key),
            // A plugin switched off contributes nothing, its deadlines included.
            sources: [CORE_SUBGRAPH, ...district.enabledPlugins],
            includeClosed: args.includeClosed ?? false,
          }),
          loadWorkingDayCalendar(ctx.prisma),
        ]);
        // An item open to a sensitive permission tells of a sensitive record (an influence
        // period's end tells of a sanction): listing it is a read of that record, audited in
        // one batch before it is returned.
        const sensitive = items.filter(
          (item) => item.permission && ctx.permissions.catalog.get(item.permission)?.sensitive,
        );
        await Promise.all(
          sensitive.map((item) =>
            auditSensitiveRead(ctx, 'due-item.read-sensitive', 'DueItem', item.id),
          ),
        );
        const asOf = args.asOf ?? todayInChina();
        return items.map((item) => {
          // A closed item keeps the figures of the day it was closed: on time, or how late.
          const closedOn = item.closedAt && todayInChina(item.closedAt);
          const day = closedOn && closedOn < asOf ? closedOn : asOf;
          return { ...item, ...deadlineStanding(calendar, item.dueDate, day), viewerId };
        });
      },
    }),
  );
}
