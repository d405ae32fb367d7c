import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.ts';
import type { Prisma } from './generated/prisma/client.ts';

/** Where the data lives: an embedded PGlite folder (or memory), or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | {
      kind: 'postgres';
      /** The runtime login: neither superuser, nor owner of the schema, nor BYPASSRLS (ADR 0007). */
      url: string;
      /** The owning role's login: migrations, seeding and operator commands. Default: `url`. */
      ownerUrl?: string;
      poolSize?: number;
      /** Longest a runtime statement may run before the server cancels it (ms); 0 = none. */
      statementTimeoutMs?: number;
    };

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

export type Transaction = Prisma.TransactionClient;

/** One district's data: every statement runs in a transaction that names the district (RLS). */
export interface DistrictData {
  readonly districtId: string;
  /** Reads; writes go through `Database.transaction` so they share one transaction. */
  readonly prisma: PrismaClient;
  readonly sql: SqlClient;
}

/**
 * The application's way into the database. Statements run as the application role
 * (`cadre_app`: no superuser, no BYPASSRLS), so a district-owned row is visible only inside a
 * transaction that names its district; without one, no such row is seen at all.
 */
export interface Database {
  readonly target: DatabaseTarget;
  /** Unscoped: for the credential functions and district-free tables only. */
  readonly prisma: PrismaClient;
  forDistrict(districtId: string): DistrictData;
  /** One interactive transaction within a district. */
  transaction<T>(districtId: string, work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** One transaction as the owning role, across districts: seeding and operator commands. */
  asOwner<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs `work` as the owning role on a single connection: migrations, bulk SQL, checks. */
  withChannel<T>(work: (channel: SqlChannel) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The role the application runs as; created by the migrations. */
export const APPLICATION_ROLE = 'cadre_app';
// PGlite is one session: it switches to the role once it exists (before the first migration it
// does not, and the session stays the owner's).
const USE_APPLICATION_ROLE = `DO $$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN SET ROLE ${APPLICATION_ROLE}; END IF;
END $$`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };
/** Owner transactions load whole demo cities and imports. */
const BULK_TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 600_000 };

function checkedDistrict(districtId: string): string {
  if (!UUID.test(districtId)) throw new Error(`Not a district id: ${districtId}`);
  return districtId;
}

/**
 * At most `max` of the work given to it runs at once; the rest waits its turn. A district's reads
 * go through one, so no request (and no district) can hold every pooled connection: the others'
 * reads and the sign-in lookups always find one free.
 */
function concurrencyLimit(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, or is given back.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

interface Driver {
  prisma: PrismaClient;
  /** One statement in its own transaction that names the district. */
  scopedQuery<Row>(districtId: string, text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Concurrent reads one district may have in flight. */
  readsPerDistrict: number;
  asOwner: Database['asOwner'];
  withChannel: Database['withChannel'];
  close(): Promise<void>;
}

/** The parts every driver shares: scoped Prisma clients and SQL, district transactions. */
function withTenancy(target: DatabaseTarget, driver: Driver): Database {
  const { prisma } = driver;
  const scopes = new Map<string, DistrictData>();
  return {
    target,
    prisma,
    forDistrict(districtId) {
      let scope = scopes.get(districtId);
      if (!scope) {
        const id = checkedDistrict(districtId);
        const limit = concurrencyLimit(driver.readsPerDistrict);
        const scoped = prisma.$extends({
          query: {
            $allModels: {
              $allOperations: ({ args, query }) =>
                limit(async () => {
                  const [, result] = await prisma.$transaction([
                    prisma.$executeRaw`SELECT set_config('cadre.district_id', ${id}, TRUE)`,
                    query(args),
                  ]);
                  return result;
                }),
            },
          },
        }) as unknown as PrismaClient;
        const sql: SqlClient = {
          query: (text, params) => limit(() => driver.scopedQuery(id, text, params)),
        };
        scope = { districtId: id, prisma: scoped, sql };
        scopes.set(id, scope);
      }
      return scope;
    },
    transaction: (districtId, work) =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('cadre.district_id', ${checkedDistrict(districtId)}, TRUE)`;
        return work(tx);
      }, TRANSACTION_OPTIONS),
    asOwner: driver.asOwner,
    withChannel: driver.withChannel,
    close: driver.close,
  };
}

/** A statement of the runtime role that runs longer is cancelled by the server. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

const positiveInteger = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
};

/**
 * `DATABASE_URL` picks PostgreSQL (the runtime login; `DATABASE_OWNER_URL` the owning role's, for
 * migrations and operator commands); otherwise PGlite in `CADRE_DATA_DIR` (default `.data/`).
 */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) {
    return {
      kind: 'postgres',
      url: env.DATABASE_URL,
      ownerUrl: env.DATABASE_OWNER_URL || undefined,
      poolSize: positiveInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE),
      statementTimeoutMs: positiveInteger(
        'CADRE_STATEMENT_TIMEOUT_MS',
        env.CADRE_STATEMENT_TIMEOUT_MS,
      ),
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
  await pglite.exec(USE_APPLICATION_ROLE);
  const prisma = prismaClient(new PrismaPGlite(pglite), options);
  // PGlite is a single connection: the channel is the instance itself, as the owner meanwhile.
  const channel: SqlChannel = {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
  };
  const parsers = { [DATE_OID]: parseDateColumn };
  // The session is PGlite's superuser that switched to the application role: the owner's work
  // switches back for its transaction. One process, one session: no statement timeout either
  // (the embedded engine has no timer to cancel with).
  return withTenancy(target, {
    prisma,
    scopedQuery: async <Row>(districtId: string, text: string, params?: readonly unknown[]) => {
      options.onQuery?.(text);
      return pglite.transaction(async (tx) => {
        await tx.query(`SELECT set_config('cadre.district_id', $1, true)`, [districtId]);
        return (await tx.query<Row>(text, params as unknown[], { parsers })).rows;
      });
    },
    readsPerDistrict: Number.POSITIVE_INFINITY,
    asOwner: (work) =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL ROLE NONE');
        return work(tx);
      }, BULK_TRANSACTION_OPTIONS),
    withChannel: async (work) => {
      await pglite.exec('RESET ROLE');
      try {
        return await work(channel);
      } finally {
        await pglite.exec(USE_APPLICATION_ROLE);
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  });
}

/**
 * PostgreSQL as production runs it (ADR 0007): the pool logs in as the runtime role and acts as
 * the application role, with a statement timeout; the owner's work (migrations, seeding, operator
 * commands) has connections of its own, made when first needed.
 */
async function openPostgres(
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  options: DatabaseOptions,
): Promise<Database> {
  const poolSize = target.poolSize ?? 10;
  const timeout = target.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: target.url,
    max: poolSize,
    options: `-c role=${APPLICATION_ROLE} -c statement_timeout=${timeout} -c idle_in_transaction_session_timeout=${Math.max(timeout, 60_000)}`,
  });
  // An idle connection the server ends (a restart, an administrator, a dropped test database)
  // leaves the pool and is replaced on the next request; unheard, its error would end the process.
  pool.on('error', (error) => console.warn(`database: an idle connection ended: ${error.message}`));
  const prisma = prismaClient(new PrismaPg(pool), options);
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === DATE_OID
        ? parseDateColumn
        : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
  const ownerUrl = target.ownerUrl ?? target.url;
  let owner: { pool: pg.Pool; prisma: PrismaClient } | null = null;
  const ownerClient = () => {
    if (!owner) {
      const ownerPool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
      ownerPool.on('error', (error) =>
        console.warn(`database: an idle owner connection ended: ${error.message}`),
      );
      owner = { pool: ownerPool, prisma: new PrismaClient({ adapter: new PrismaPg(ownerPool) }) };
    }
    return owner.prisma;
  };
  return withTenancy(target, {
    prisma,
    scopedQuery: async <Row>(districtId: string, text: string, params?: readonly unknown[]) => {
      options.onQuery?.(text);
      const client = await pool.connect();
      try {
        // One round trip opens the transaction and names the district (a checked uuid).
        const begin = `BEGIN; SELECT set_config('cadre.district_id', '${districtId}', true)`;
        options.onQuery?.(begin);
        await client.query(begin);
        const { rows } = await client.query({ text, values: params as unknown[], types });
        options.onQuery?.('COMMIT');
        await client.query('COMMIT');
        return rows as Row[];
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    // A quarter of the pool (at least one connection) stays free of any one district's reads.
    readsPerDistrict: Math.max(1, poolSize - Math.max(1, Math.floor(poolSize / 4))),
    asOwner: (work) => ownerClient().$transaction(work, BULK_TRANSACTION_OPTIONS),
    withChannel: async (work) => {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        await client.end();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
      if (owner) {
        await owner.prisma.$disconnect();
        await owner.pool.end();
      }
    },
  });
}
