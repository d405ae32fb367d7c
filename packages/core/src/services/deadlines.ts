import type { Database, DistrictData } from '@cadre/db';
import type { DueItem } from '@cadre/db/client';
import type { DeadlineQuery, DeadlineSource } from '../contract/deadlines.ts';
import { CORE_SUBGRAPH, type CadrePlugin } from '../contract/plugin.ts';
import { formatDate, todayInChina } from '../domain/dates.ts';
import { systemIn, writeAudited } from './audit.ts';
import { CORE_DEADLINES } from './core-deadlines.ts';
import { checkDueItem, dueItemFields, type DueItemKey, type NewDueItem } from './due-items.ts';

// The deadline scheduler: due items that come due by date appear on their day without anyone's
// write. Each run computes from the facts what should exist by a day, so any number of gateway
// processes may run it at once, and a day they were all down is made up for at the next run.
// The unique key of a due item, not a lock, makes each one exist once.

export interface DeadlineRun {
  db: Database;
  plugins: readonly CadrePlugin[];
  /** The calendar day to run for; today in China by default. */
  today?: Date;
}

/** What one run did in one district. */
export interface DistrictDeadlineRun {
  districtCode: string;
  created: number;
  /** Items of self-closing kinds opened again or brought in line with the facts. */
  updated: number;
  closed: number;
  /**
   * What failed, as `<source>: <message>` (its items were left as they were), or `run: …` when
   * the district's reads or its write did (then nothing was written).
   */
  errors: string[];
}

const EXISTING = {
  id: true,
  source: true,
  kind: true,
  subjectId: true,
  subjectType: true,
  title: true,
  dueDate: true,
  link: true,
  assigneeId: true,
  permission: true,
  closedAt: true,
} as const;
type Existing = Pick<DueItem, keyof typeof EXISTING>;

interface Answer {
  source: string;
  selfClosing: ReadonlySet<string>;
  items: Map<string, NewDueItem>;
}

interface Plan {
  create: NewDueItem[];
  refresh: { existing: Existing; item: NewDueItem }[];
  close: Existing[];
}

const keyOf = (item: DueItemKey) => `${item.source}/${item.kind}/${item.subjectId}`;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Core's source first, then those of the plugins enabled in the district. */
async function sourcesIn(
  data: DistrictData,
  plugins: readonly CadrePlugin[],
): Promise<{ source: string; deadlines: DeadlineSource }[]> {
  const enabled = await data.prisma.districtPlugin.findMany({
    where: { districtId: data.districtId, enabled: true },
    select: { pluginId: true },
  });
  const on = new Set(enabled.map((row) => row.pluginId));
  return [
    { source: CORE_SUBGRAPH, deadlines: CORE_DEADLINES },
    ...plugins.flatMap((plugin) =>
      plugin.deadlines && on.has(plugin.id)
        ? [{ source: plugin.id, deadlines: plugin.deadlines }]
        : [],
    ),
  ];
}

/** Each source's items, checked; a source that fails (or returns a bad item) is left out. */
async function ask(
  sources: { source: string; deadlines: DeadlineSource }[],
  query: DeadlineQuery,
  errors: string[],
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const { source, deadlines } of sources) {
    try {
      const items = new Map<string, NewDueItem>();
      for (const deadline of await deadlines.due(query)) {
        const item = { ...deadline, source };
        checkDueItem(item);
        items.set(keyOf(item), item);
      }
      answers.push({ source, selfClosing: new Set(deadlines.selfClosing), items });
    } catch (error) {
      errors.push(`${source}: ${describe(error)}`);
    }
  }
  return answers;
}

const differs = (existing: Existing, item: NewDueItem) => {
  const wanted = dueItemFields(item);
  return (
    existing.closedAt !== null ||
    existing.dueDate.getTime() !== wanted.dueDate.getTime() ||
    (['subjectType', 'title', 'link', 'assigneeId', 'permission'] as const).some(
      (field) => existing[field] !== wanted[field],
    )
  );
};

/** What the answers change, read before any write: most runs change nothing and write nothing. */
async function plan(data: DistrictData, answers: Answer[]): Promise<Plan> {
  const wanted = answers.flatMap(({ source, items, selfClosing }) => {
    const subjects = [...new Set([...items.values()].map((item) => item.subjectId))];
    return [
      ...(subjects.length > 0 ? [{ source, subjectId: { in: subjects } }] : []),
      ...(selfClosing.size > 0 ? [{ source, kind: { in: [...selfClosing] }, closedAt: null }] : []),
    ];
  });
  const rows: Existing[] =
    wanted.length === 0
      ? []
      : await data.prisma.dueItem.findMany({
          where: { districtId: data.districtId, OR: wanted },
          select: EXISTING,
        });
  const existing = new Map(rows.map((row) => [keyOf(row), row]));
  const result: Plan = { create: [], refresh: [], close: [] };
  for (const { items, selfClosing } of answers) {
    for (const [key, item] of items) {
      const found = existing.get(key);
      if (!found) result.create.push(item);
      else if (selfClosing.has(item.kind) && differs(found, item)) {
        result.refresh.push({ existing: found, item });
      }
    }
  }
  const bySource = new Map(answers.map((answer) => [answer.source, answer]));
  for (const row of existing.values()) {
    const answer = bySource.get(row.source);
    if (
      answer?.selfClosing.has(row.kind) &&
      row.closedAt === null &&
      !answer.items.has(keyOf(row))
    ) {
      result.close.push(row);
    }
  }
  // One order for every run, so concurrent runs meet on the same row first, never crosswise.
  result.create.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  return result;
}

/**
 * Applies a plan in one audited transaction. Every statement is conditional on the row as the
 * plan saw it (an insert skips an existing key, an update needs the values it read), so of two
 * runs at once only one makes each change, and only that one counts and audits it.
 */
async function apply(db: Database, districtId: string, today: Date, changes: Plan) {
  return writeAudited(db, systemIn(districtId), async (tx, audit) => {
    const key = { source: true, kind: true, subjectId: true } as const;
    const created =
      changes.create.length === 0
        ? []
        : await tx.dueItem.createManyAndReturn({
            data: changes.create.map((item) => ({
              districtId,
              source: item.source,
              kind: item.kind,
              subjectId: item.subjectId,
              ...dueItemFields(item),
            })),
            skipDuplicates: true,
            select: key,
          });
    const updated: DueItemKey[] = [];
    for (const { existing, item } of changes.refresh) {
      const { id, source, kind, subjectId, closedAt, ...seen } = existing;
      const { count } = await tx.dueItem.updateMany({
        where: { id, closedAt: closedAt === null ? null : { not: null }, ...seen },
        data: dueItemFields(item),
      });
      if (count > 0) updated.push({ source, kind, subjectId });
    }
    const closed =
      changes.close.length === 0
        ? []
        : await tx.dueItem.updateManyAndReturn({
            where: { id: { in: changes.close.map((row) => row.id) }, closedAt: null },
            data: { closedAt: new Date() },
            select: key,
          });
    if (created.length + updated.length + closed.length > 0) {
      // Keys only: a title may name a cadre, and a subject may be a sensitive record's id.
      await audit({
        operation: 'due-item.schedule',
        targetType: 'District',
        targetId: districtId,
        changes: {
          date: formatDate(today),
          created: created.map(keyOf),
          updated: updated.map(keyOf),
          closed: closed.map(keyOf),
        },
      });
    }
    return { created: created.length, updated: updated.length, closed: closed.length };
  });
}

async function runDistrict(
  db: Database,
  plugins: readonly CadrePlugin[],
  district: { id: string; code: string },
  today: Date,
): Promise<DistrictDeadlineRun> {
  const run: DistrictDeadlineRun = {
    districtCode: district.code,
    created: 0,
    updated: 0,
    closed: 0,
    errors: [],
  };
  try {
    const data = db.forDistrict(district.id);
    const answers = await ask(await sourcesIn(data, plugins), { data, today }, run.errors);
    const changes = await plan(data, answers);
    if (changes.create.length + changes.refresh.length + changes.close.length > 0) {
      Object.assign(run, await apply(db, district.id, today, changes));
    }
  } catch (error) {
    run.errors.push(`run: ${describe(error)}`);
  }
  return run;
}

/**
 * One run over every district (the list the runtime role may read): asks core's source and
 * those of the plugins enabled there, creates the missing items, and keeps self-closing kinds
 * in step. A district or source that fails is reported and the others go on.
 */
export async function runDeadlines({
  db,
  plugins,
  today = todayInChina(),
}: DeadlineRun): Promise<DistrictDeadlineRun[]> {
  const districts = await db.prisma.district.findMany({
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  });
  const runs: DistrictDeadlineRun[] = [];
  for (const district of districts) runs.push(await runDistrict(db, plugins, district, today));
  return runs;
}

export interface DeadlineSchedulerOptions {
  /** The pause between runs; the first runs at once. */
  intervalMs: number;
  /** The day each run is for; today in China by default. */
  today?: () => Date;
  /** Where failures are reported (the schedule goes on); `console.error` by default. */
  onError?: (message: string) => void;
}

export interface DeadlineScheduler {
  /** Ends the schedule after the run in progress, and waits for it. */
  stop(): Promise<void>;
}

/** Runs `runDeadlines` now and then every `intervalMs`, one run at a time, until stopped. */
export function startDeadlineScheduler(
  db: Database,
  plugins: readonly CadrePlugin[],
  options: DeadlineSchedulerOptions,
): DeadlineScheduler {
  const { intervalMs, today = () => todayInChina() } = options;
  const onError = options.onError ?? ((message) => console.error(`deadlines: ${message}`));
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        for (const run of await runDeadlines({ db, plugins, today: today() })) {
          for (const error of run.errors) onError(`${run.districtCode} ${error}`);
        }
      } catch (error) {
        onError(describe(error));
      }
      if (stopped) return;
      timer = setTimeout(tick, intervalMs);
      // A waiting schedule does not keep the process alive by itself.
      timer.unref();
    })();
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
