import type {
  CadreIdentity,
  CadreStatus,
  Education,
  Gender,
  PoliticalStatus,
  Rank,
} from '@cadre/db';
import type { RequestContext } from '../contract/context.ts';
import { InputError, NotFoundError } from '../errors/cadre-error.ts';
import type { Builder } from './builder.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { listCost } from './query-budgets.ts';
import { districtOf } from './scope.ts';
import { auditSensitiveRead } from './sensitive-reads.ts';

// 市管干部: cadres whose management authority is the city (DOMAIN §1). The city decides on them,
// so with `core.city.read-managed-cadres` (sensitive: granted by its key) it reads their basic
// facts in its districts, read-only; every cadre returned is audited as a sensitive read.

export const READ_MANAGED = 'core.city.read-managed-cadres';
const PAGE_MAX = 100;
const SEARCH_MAX = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DISTRICT = { zh: '所辖区县', en: 'District of the city' };

/** A row of core.city_managed_cadres: the basic facts, never the ID number. */
interface ManagedCadre {
  id: string;
  name: string;
  name_pinyin: string;
  gender: Gender;
  ethnicity: string;
  native_place: string;
  birth_date: Date;
  political_status: PoliticalStatus;
  party_join_date: Date | null;
  work_start_date: Date;
  full_time_education: Education | null;
  in_service_education: Education | null;
  identity: CadreIdentity;
  rank: Rank;
  rank_since: Date;
  status: CadreStatus;
  unit_name: string;
  post_title: string | null;
}

interface Page {
  nodes: ManagedCadre[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The viewer's city's district of that code; any other district answers as a missing one. */
async function checkDistrict(ctx: RequestContext, code: string): Promise<void> {
  const city = districtOf(ctx);
  const found =
    city.level === 'CITY' &&
    (await ctx.prisma.district.count({ where: { code, parentId: city.id } })) > 0;
  if (!found) throw new NotFoundError(DISTRICT);
}

/** Reads through the function that checks the district's parent itself; audits each cadre. */
async function managedCadres(
  ctx: RequestContext,
  request: {
    districtCode: string;
    search: string | null;
    after: { keys: string[]; id: string } | null;
    limit: number;
    cadreId: string | null;
  },
): Promise<ManagedCadre[]> {
  await checkDistrict(ctx, request.districtCode);
  const rows = await ctx.sql.query<ManagedCadre>(
    `SELECT * FROM core.city_managed_cadres($1::uuid, $2, $3, $4, $5::uuid, $6::int, $7::uuid)`,
    [
      districtOf(ctx).id,
      request.districtCode,
      request.search,
      request.after?.keys[0] ?? null,
      request.after?.id ?? null,
      request.limit,
      request.cadreId,
    ],
  );
  await Promise.all(
    rows.map((r) => auditSensitiveRead(ctx, 'city.read-managed-cadres', 'Cadre', r.id)),
  );
  return rows;
}

/** The search as a LIKE fragment: trimmed, wildcards taken literally; blank means none. */
function searchTerm(search: string | null | undefined): string | null {
  const term = search?.trim() ?? '';
  if (term.length > SEARCH_MAX) {
    throw new InputError([
      {
        path: 'search',
        code: 'SEARCH_TOO_LONG',
        text: {
          zh: `搜索词不能超过 ${SEARCH_MAX} 个字`,
          en: `A search cannot exceed ${SEARCH_MAX} characters`,
        },
      },
    ]);
  }
  return term ? term.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
}

export function registerCityManagedCadres(builder: Builder, enums: CadreEnums) {
  const Cadre = builder.objectRef<ManagedCadre>('CityManagedCadre').implement({
    description: "市管干部 of one of the city's districts: basic facts, read-only",
    fields: (t) => ({
      id: t.exposeString('id', { description: 'The cadre row id within its district' }),
      name: t.exposeString('name'),
      gender: t.field({ type: enums.Gender, resolve: (c) => c.gender }),
      ethnicity: t.exposeString('ethnicity'),
      nativePlace: t.exposeString('native_place'),
      birthDate: t.expose('birth_date', { type: 'Date' }),
      politicalStatus: t.field({ type: enums.PoliticalStatus, resolve: (c) => c.political_status }),
      partyJoinDate: t.expose('party_join_date', { type: 'Date', nullable: true }),
      workStartDate: t.expose('work_start_date', { type: 'Date' }),
      fullTimeEducation: t.field({
        type: enums.Education,
        nullable: true,
        resolve: (c) => c.full_time_education,
      }),
      inServiceEducation: t.field({
        type: enums.Education,
        nullable: true,
        resolve: (c) => c.in_service_education,
      }),
      identity: t.field({ type: enums.CadreIdentity, resolve: (c) => c.identity }),
      rank: t.field({ type: enums.Rank, resolve: (c) => c.rank }),
      rankSince: t.expose('rank_since', { type: 'Date' }),
      status: t.field({ type: enums.CadreStatus, resolve: (c) => c.status }),
      unitName: t.exposeString('unit_name'),
      postTitle: t.exposeString('post_title', { nullable: true, description: 'The post held now' }),
    }),
  });

  const PageRef = builder.objectRef<Page>('CityManagedCadrePage').implement({
    fields: (t) => ({
      nodes: t.field({ type: [Cadre], resolve: (p) => p.nodes }),
      endCursor: t.exposeString('endCursor', { nullable: true }),
      hasNextPage: t.exposeBoolean('hasNextPage'),
    }),
  });

  builder.queryFields((t) => ({
    cityManagedCadres: t.field({
      type: PageRef,
      description: "A page of one district's 市管干部 in pinyin order, for the city; audited",
      authScopes: { permission: READ_MANAGED },
      errors: { types: [NotFoundError, InputError] },
      complexity: (args) => listCost(Math.min(Math.max(args.first, 1), PAGE_MAX)),
      args: {
        districtCode: t.arg.string(),
        first: t.arg.int({ defaultValue: 50 }),
        after: t.arg.string({ required: false }),
        search: t.arg.string({ required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const limit = Math.min(Math.max(args.first, 1), PAGE_MAX);
        const rows = await managedCadres(ctx, {
          districtCode: args.districtCode,
          search: searchTerm(args.search),
          after: decodeCursor(args.after ?? undefined, 1),
          limit: limit + 1,
          cadreId: null,
        });
        const nodes = rows.slice(0, limit);
        const last = nodes.at(-1);
        return {
          nodes,
          endCursor: last ? encodeCursor([last.name_pinyin], last.id) : null,
          hasNextPage: rows.length > limit,
        };
      },
    }),
    cityManagedCadre: t.field({
      type: Cadre,
      description: "One 市管干部 of one of the city's districts, by id; audited",
      authScopes: { permission: READ_MANAGED },
      errors: { types: [NotFoundError] },
      args: { districtCode: t.arg.string(), id: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const [found] = UUID.test(args.id)
          ? await managedCadres(ctx, {
              districtCode: args.districtCode,
              search: null,
              after: null,
              limit: 1,
              cadreId: args.id,
            })
          : [];
        if (!found) throw new NotFoundError({ zh: '市管干部', en: 'City-managed cadre' });
        return found;
      },
    }),
  }));
}
