import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';

/** Where the data lives: an embedded PGlite folder (or memory), or a PostgreSQL server. */
export type DatabaseTarget =
  { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize?: number };

/** One statement-at-a-time channel for work Prisma does not do: migrations, bulk SQL, checks. */
export interface SqlChannel {
  /** Runs a script of one or more statements without parameters. */
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * Pooled SQL for hot read paths where the ORM's per-query work shows: one statement, rows with
 * the aliases the query gives them, dates (`date` columns) as UTC midnight like Prisma's.
 */
export interface SqlClient {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
  readonly sql: SqlClient;
  /** Runs `work` with a channel on a single connection held for its duration. */
  withChannel<T>(work: (channel: SqlChannel) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `DATABASE_URL` picks PostgreSQL; otherwise PGlite in `CADRE_DATA_DIR` (default `.data/`). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) {
    return {
      kind: 'postgres',
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined,
    };
  }
  return { kind: 'pglite', dataDir: env.CADRE_DATA_DIR ?? '.data' };
}

export interface DatabaseOptions {
  /** Called with every SQL statement Prisma sends: for diagnostics and statement counts. */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(
  target: DatabaseTarget,
  options: DatabaseOptions = {},
): Promise<Database> {
  return target.kind === 'pglite' ? openPGlite(target, options) : openPostgres(target, options);
}

function prismaClient(adapter: SqlDriverAdapterFactory, options: DatabaseOptions): PrismaClient {
  if (!options.onQuery) return new PrismaClient({ adapter });
  const { onQuery } = options;
  const prisma = new PrismaClient({
    adapter,
    log: [{ emit: 'event' as const, level: 'query' as const }],
  });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma;
}

const DATE_OID = 1082;
/** `YYYY-MM-DD` to UTC midnight, whatever the process's time zone. */
const parseDateColumn = (text: string) => new Date(`${text}T00:00:00Z`);

async function openPGlite(
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: DatabaseOptions,
): Promise<Database> {
  const pglite = await PGlite.create(target.dataDir);
  const prisma = prismaClient(new PrismaPGlite(pglite), options);
  // PGlite is a single connection: the channel is the instance itself.
  const channel: SqlChannel = {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
  };
  const parsers = { [DATE_OID]: parseDateColumn };
  return {
    target,
    prisma,
    sql: {
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        options.onQuery?.(text);
        return (await pglite.query<Row>(text, params as unknown[], { parsers })).rows;
      },
    },
    withChannel: (work) => work(channel),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  const prisma = prismaClient(new PrismaPg(pool), options);
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === DATE_OID
        ? parseDateColumn
        : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
  return {
    target,
    prisma,
    sql: {
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        options.onQuery?.(text);
        return (await pool.query({ text, values: params as unknown[], types })).rows as Row[];
      },
    },
    withChannel: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
