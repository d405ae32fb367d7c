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

export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
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
  return {
    target,
    prisma,
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
  return {
    target,
    prisma,
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
