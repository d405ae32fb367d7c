import DataLoader from 'dataloader';
import type { PrismaClient } from '@cadre/db';
import type { RequestContext } from '../contract/context.ts';

type Row = Record<string, unknown>;
type Scalar = string | number | bigint | boolean;

interface Delegate {
  findMany(args: object): Promise<Row[]>;
  findUnique(args: object): Promise<Row | null>;
}

interface UniqueArgs {
  where: Row;
  select?: Row;
  include?: Row;
}

const isScalar = (value: unknown): value is Scalar =>
  ['string', 'number', 'bigint', 'boolean'].includes(typeof value);

/**
 * The fields a unique `where` names: `{ id }`, or a compound key `{ a_b: { a, b } }`; null for
 * anything else (which is then read on its own).
 */
function keyOf(where: Row): Record<string, Scalar> | null {
  const entries = Object.entries(where);
  const [name, value] = entries[0] ?? [];
  if (entries.length !== 1 || name === undefined) return null;
  if (isScalar(value)) return { [name]: value };
  if (value === null || typeof value !== 'object') return null;
  const fields = Object.entries(value as Row);
  return fields.length > 0 && fields.every(([, v]) => isScalar(v))
    ? (Object.fromEntries(fields) as Record<string, Scalar>)
    : null;
}

const sameKey = (row: Row, key: Record<string, Scalar>) =>
  Object.entries(key).every(([field, value]) => String(row[field]) === String(value));

/**
 * One model's unique reads of a tick, with the same selection, as one `findMany`: the rows of
 * a page that each ask for a relation cost one statement, not one transaction per row.
 */
function uniqueLoader(delegate: () => Delegate, shape: Omit<UniqueArgs, 'where'>) {
  return new DataLoader<Row, Row | null>(
    async (wheres) => {
      const keys = wheres.map(keyOf);
      const fields = keys[0] && Object.keys(keys[0]);
      const uniform =
        fields &&
        keys.every(
          (k): k is Record<string, Scalar> => k !== null && Object.keys(k).join() === fields.join(),
        );
      if (!uniform || !fields) {
        return Promise.all(wheres.map((where) => delegate().findUnique({ ...shape, where })));
      }
      const [only] = fields;
      const where =
        fields.length === 1 && only !== undefined
          ? { [only]: { in: [...new Set(keys.map((k) => k[only]))] } }
          : { OR: keys };
      // The key fields come back too, to give each row to the read that asked for it.
      const select = shape.select && {
        ...shape.select,
        ...Object.fromEntries(fields.map((f) => [f, true])),
      };
      const rows = await delegate().findMany({ ...shape, ...(select ? { select } : {}), where });
      return keys.map((key) => rows.find((row) => sameKey(row, key)) ?? null);
    },
    // Within one request only; no cache, so a read after a write sees the write.
    { cache: false },
  );
}

function batchedDelegate(ctx: RequestContext, model: string): Delegate {
  const loaders = new Map<string, DataLoader<Row, Row | null>>();
  const delegate = () => (ctx.prisma as unknown as Record<string, Delegate>)[model] as Delegate;
  const load = (args: UniqueArgs) => {
    const { where, ...shape } = args;
    const id = JSON.stringify(shape, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    let loader = loaders.get(id);
    if (!loader) loaders.set(id, (loader = uniqueLoader(delegate, shape)));
    return loader.load(where);
  };
  return new Proxy(delegate() as object, {
    get(_target, prop) {
      if (prop === 'findUnique') return load;
      if (prop === 'findUniqueOrThrow') {
        return async (args: UniqueArgs) => {
          const row = await load(args);
          if (!row) throw new Error(`No ${model} record matches ${JSON.stringify(args.where)}`);
          return row;
        };
      }
      // Everything else is the request's own client, read when used.
      const current = delegate() as unknown as Record<string | symbol, unknown>;
      const value = current[prop];
      return typeof value === 'function' ? (value as () => unknown).bind(current) : value;
    },
  }) as Delegate;
}

const clients = new WeakMap<RequestContext, PrismaClient>();

/**
 * The request's Prisma client (`ctx.prisma`, scoped to its district), with `findUnique` and
 * `findUniqueOrThrow` of each model batched per tick into one `findMany … WHERE key IN (…)`.
 * Every district read is a transaction of its own, so per-row reads are what a nested list
 * must never make: Pothos' Prisma plugin reads a relation the parent's query did not load with
 * one `findUnique` per parent row, and per-parent resolvers do the same. Both go through this.
 */
export function batchedPrisma(ctx: RequestContext): PrismaClient {
  let client = clients.get(ctx);
  if (!client) {
    const delegates = new Map<string, Delegate>();
    client = new Proxy({} as PrismaClient, {
      get(_target, prop) {
        const prisma = ctx.prisma as unknown as Record<string | symbol, unknown>;
        const value = prisma[prop];
        if (typeof prop !== 'string' || prop.startsWith('$') || typeof value !== 'object')
          return typeof value === 'function' ? (value as () => unknown).bind(prisma) : value;
        if (value === null || !('findMany' in value)) return value;
        let delegate = delegates.get(prop);
        if (!delegate) delegates.set(prop, (delegate = batchedDelegate(ctx, prop)));
        return delegate;
      },
      has: (_target, prop) => prop in (ctx.prisma as object),
    });
    clients.set(ctx, client);
  }
  return client;
}
