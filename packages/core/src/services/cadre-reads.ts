import type { SqlClient } from '@cadre/db';
import { Rank } from '@cadre/db';
import type { Cadre, CadrePost, Unit } from '@cadre/db/client';

/** A cadre as the registry reads it: the record without its bookkeeping timestamps. */
export type CadreRecord = Omit<Cadre, 'createdAt' | 'updatedAt'>;
export type UnitRecord = Omit<Unit, 'createdAt'>;
/** A row of a page; ordered by post, it carries its unit's place in the unit tree. */
export type CadrePageRecord = CadreRecord & { unitOrder?: number };
import { educationAtLeast } from '../domain/archive-facts.ts';
import { addYears } from '../domain/dates.ts';
import type { CadreFilter, CadreOrderField } from './cadre-query.ts';

// The registry's reads in plain SQL: one statement per page, one per batch of related rows. This
// is the hottest path of the product (50,000 cadres per district), so it skips the ORM.

/** Columns of a table as `[column, Prisma field]`, selected from alias `a` with an optional prefix. */
type Columns = readonly (readonly [string, string])[];
const select = (columns: Columns, a: string, prefix = '') =>
  columns.map(([column, field]) => `${a}.${column} AS "${prefix}${field}"`).join(', ');

/**
 * Every cadre column under the name Prisma gives it. The record timestamps are left out: nothing
 * on a page shows them, and parsing them was a measurable share of a page's cost.
 */
const CADRE_FIELDS: Columns = [
  ['id', 'id'],
  ['district_id', 'districtId'],
  ['name', 'name'],
  ['name_pinyin', 'namePinyin'],
  ['name_initials', 'nameInitials'],
  ['gender::text', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['native_place', 'nativePlace'],
  ['birth_place', 'birthPlace'],
  ['id_number', 'idNumber'],
  ['birth_date', 'birthDate'],
  ['political_status::text', 'politicalStatus'],
  ['party_join_date', 'partyJoinDate'],
  ['work_start_date', 'workStartDate'],
  ['full_time_education::text', 'fullTimeEducation'],
  ['full_time_degree::text', 'fullTimeDegree'],
  ['full_time_school', 'fullTimeSchool'],
  ['in_service_education::text', 'inServiceEducation'],
  ['in_service_degree::text', 'inServiceDegree'],
  ['in_service_school', 'inServiceSchool'],
  ['identity::text', 'identity'],
  ['rank::text', 'rank'],
  ['rank_since', 'rankSince'],
  ['management_authority::text', 'managementAuthority'],
  ['health_status', 'healthStatus'],
  ['professional_title', 'professionalTitle'],
  ['specialty', 'specialty'],
  ['status::text', 'status'],
  ['unit_id', 'unitId'],
];
const CADRE_COLUMNS = select(CADRE_FIELDS, 'c');

/** The columns a page needs: the given fields plus what keys and cursors use. */
function cadreColumns(fields: ReadonlySet<string> | null, orderBy: CadreOrderField): string {
  if (!fields) return CADRE_COLUMNS;
  const keep = new Set([...fields, 'id', 'districtId', 'unitId', ...ORDER_FIELDS[orderBy]]);
  return select(
    CADRE_FIELDS.filter(([, field]) => keep.has(field)),
    'c',
  );
}

const UNIT_COLUMNS: Columns = [
  ['id', 'id'],
  ['district_id', 'districtId'],
  ['parent_id', 'parentId'],
  ['path', 'path'],
  ['code', 'code'],
  ['name', 'name'],
  ['category::text', 'category'],
  ['sort_order', 'sortOrder'],
];
const POST_COLUMNS: Columns = [
  ['id', 'id'],
  ['district_id', 'districtId'],
  ['cadre_id', 'cadreId'],
  ['unit_id', 'unitId'],
  ['organization', 'organization'],
  ['title', 'title'],
  ['started_on', 'startedOn'],
  ['ended_on', 'endedOn'],
  ['grass_roots', 'grassRoots'],
  ['rank::text', 'rank'],
];

const prefixed = (columns: Columns, prefix: string) =>
  columns.map(([, field]) => [field, `${prefix}${field}`] as const);
const UNIT_KEYS = prefixed(UNIT_COLUMNS, 'unit.');
const POST_KEYS = prefixed(POST_COLUMNS, 'post.');

/** Copies the joined columns named `keys` into a row of their own; null when none was joined. */
function joined<T>(row: Record<string, unknown>, keys: typeof UNIT_KEYS): T | null {
  if (row[keys[0]?.[1] ?? ''] == null) return null;
  const out: Record<string, unknown> = {};
  for (const [field, key] of keys) out[field] = row[key];
  return out as T;
}

/** A joined row as the cadre (extra columns are ignored) and its unit and current post. */
function splitRow(row: Record<string, unknown>): CadrePageRow {
  return {
    cadre: row as unknown as CadrePageRecord,
    unit: joined<UnitRecord>(row, UNIT_KEYS),
    currentPost: joined<CadrePost>(row, POST_KEYS),
  };
}

/** Ranks as a printed roster lists them: leadership posts by level, then grades by level. */
const RANK_ORDER: readonly string[] = Object.values(Rank);

// Names order by their pinyin key (ASCII, so every collation agrees), then by the characters in
// code-point order ("C"), so PGlite and PostgreSQL give the same list.
const BY_NAME = [
  { sql: 'c.name_pinyin', cast: '' },
  { sql: 'c.name COLLATE "C"', cast: '' },
];

/** The SQL keys of each order, before the id that breaks the last ties, and their casts. */
const ORDER_KEYS: Record<CadreOrderField, { sql: string; cast: string }[]> = {
  NAME: BY_NAME,
  AGE: [{ sql: 'c.birth_date', cast: '::date' }],
  RANK_SINCE: [{ sql: 'c.rank_since', cast: '::date' }],
  WORK_START: [{ sql: 'c.work_start_date', cast: '::date' }],
  // 职务排序: by unit in the unit tree's order, the higher rank first, then by name.
  POST_ORDER: [
    { sql: 'uo.n', cast: '::int' },
    { sql: `array_position(ARRAY['${RANK_ORDER.join("','")}'], c.rank::text)`, cast: '::int' },
    ...BY_NAME,
  ],
};

/** The record fields an order's cursor is made of. */
const ORDER_FIELDS: Record<CadreOrderField, string[]> = {
  NAME: ['namePinyin', 'name'],
  AGE: ['birthDate'],
  RANK_SINCE: ['rankSince'],
  WORK_START: ['workStartDate'],
  POST_ORDER: ['rank', 'namePinyin', 'name'],
};

/** How many keys a cursor of the order carries. */
export const orderKeyCount = (field: CadreOrderField) => ORDER_KEYS[field].length;

/** The order's keys of a row, as a cursor carries them. */
export function orderValues(row: CadrePageRecord, field: CadreOrderField): string[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const name = [row.namePinyin, row.name];
  return {
    NAME: () => name,
    AGE: () => [day(row.birthDate)],
    RANK_SINCE: () => [day(row.rankSince)],
    WORK_START: () => [day(row.workStartDate)],
    POST_ORDER: () => [String(row.unitOrder), String(RANK_ORDER.indexOf(row.rank) + 1), ...name],
  }[field]();
}

/**
 * Each unit of the district with its place in the unit tree as the units page lists it (siblings
 * by sort order, then code), for the roster order.
 */
const UNIT_ORDER = `WITH RECURSIVE sib AS (
    SELECT id, parent_id, row_number() OVER (PARTITION BY parent_id ORDER BY sort_order, code COLLATE "C", id) AS pos
      FROM core.unit WHERE district_id = $1),
  tree AS (SELECT id, ARRAY[pos] AS k FROM sib WHERE parent_id IS NULL
    UNION ALL SELECT s.id, t.k || s.pos FROM sib s JOIN tree t ON s.parent_id = t.id),
  unit_order AS (SELECT id, row_number() OVER (ORDER BY k)::int AS n FROM tree)`;

/** A WHERE clause and its parameters, built with numbered placeholders. */
function whereClause(districtId: string, filter: CadreFilter | null | undefined, today: Date) {
  const params: unknown[] = [districtId];
  const and = ['c.district_id = $1'];
  const param = (value: unknown) => `$${params.push(value)}`;
  const f = filter ?? {};
  if (f.unitId) {
    and.push(
      `c.unit_id IN (SELECT id FROM core.unit WHERE district_id = $1 AND path LIKE ${param(`%/${f.unitId}/%`)})`,
    );
  }
  if (f.ranks?.length) and.push(`c.rank::text = ANY(${param(f.ranks)}::text[])`);
  if (f.gender) and.push(`c.gender::text = ${param(f.gender)}`);
  if (f.politicalStatuses?.length)
    and.push(`c.political_status::text = ANY(${param(f.politicalStatuses)}::text[])`);
  if (f.statuses?.length) and.push(`c.status::text = ANY(${param(f.statuses)}::text[])`);
  if (f.managementAuthorities?.length) {
    and.push(`c.management_authority::text = ANY(${param(f.managementAuthorities)}::text[])`);
  }
  const search = f.search?.trim();
  if (search) {
    // 姓名, 拼音 or 首字母: `ljq` and `lvjin` find 吕金庆 as `吕金` does.
    const or = [`c.name LIKE ${param(`%${search.replace(/[\\%_]/g, '\\$&')}%`)}`];
    const letters = search.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (letters) {
      or.push(`c.name_pinyin LIKE ${param(`%${letters}%`)}`);
      or.push(`c.name_initials LIKE ${param(`${letters}%`)}`);
    }
    and.push(`(${or.join(' OR ')})`);
  }
  // Age a on `today` means born in (today − (a+1) years, today − a years].
  if (f.ageMin != null) and.push(`c.birth_date <= ${param(addYears(today, -f.ageMin))}::date`);
  if (f.ageMax != null) and.push(`c.birth_date > ${param(addYears(today, -(f.ageMax + 1)))}::date`);
  if (f.educationAtLeast) {
    const levels = param(educationAtLeast(f.educationAtLeast));
    and.push(
      `(c.full_time_education::text = ANY(${levels}::text[]) OR c.in_service_education::text = ANY(${levels}::text[]))`,
    );
  }
  if (f.underInfluenceOn) {
    // A sanction not revoked whose stored restriction span covers the day (ADR 0004: in SQL).
    const day = param(f.underInfluenceOn);
    and.push(`EXISTS (SELECT 1 FROM core.cadre_sanction s WHERE s.district_id = $1 AND s.cadre_id = c.id
      AND s.revoked_at IS NULL AND s.effective_date <= ${day}::date
      AND (s.restriction_open_ended OR s.restricted_until >= ${day}::date))`);
  }
  return { and, params, param };
}

export interface CadrePageRequest {
  districtId: string;
  filter: CadreFilter | null | undefined;
  orderBy: CadreOrderField;
  descending: boolean;
  today: Date;
  /** Rows after these (order keys, id), in the order asked; `inverted` reads backwards. */
  after?: { keys: string[]; id: string } | null;
  before?: { keys: string[]; id: string } | null;
  /** Rows to pass over first: a jump to a page by number costs an OFFSET. */
  offset?: number;
  limit: number;
  inverted: boolean;
  /** Related rows to fetch in the same statement, when the page will show them. */
  join: { unit: boolean; currentPost: boolean };
  /** The cadre fields the page shows; null for all of them. */
  fields: ReadonlySet<string> | null;
}

export interface CadrePageRow {
  cadre: CadrePageRecord;
  unit: UnitRecord | null;
  currentPost: CadrePost | null;
}

/** One page of the registry by keyset: stable under inserts, constant cost at any depth. */
export async function cadrePage(sql: SqlClient, r: CadrePageRequest): Promise<CadrePageRow[]> {
  const { and, params, param } = whereClause(r.districtId, r.filter, r.today);
  const byPost = r.orderBy === 'POST_ORDER';
  const keys = ORDER_KEYS[r.orderBy];
  const row = `(${keys.map((k) => k.sql).join(', ')}, c.id)`;
  const cursor = (c: { keys: string[]; id: string }) =>
    `(${keys.map((k, i) => `${param(c.keys[i])}${k.cast}`).join(', ')}, ${param(c.id)}::uuid)`;
  // Older means an earlier birth date: age ascending is birth date descending.
  const keyDescending = r.orderBy === 'AGE' ? !r.descending : r.descending;
  if (r.after) and.push(`${row} ${keyDescending ? '<' : '>'} ${cursor(r.after)}`);
  if (r.before) and.push(`${row} ${keyDescending ? '>' : '<'} ${cursor(r.before)}`);
  // A backward page (`last`/`before`) reads in reverse; the connection helper turns it round.
  const dir = keyDescending !== r.inverted ? 'DESC' : 'ASC';
  const columns = [cadreColumns(r.fields, r.orderBy)];
  const joins: string[] = [];
  if (byPost) {
    columns.push('uo.n AS "unitOrder"');
    joins.push('JOIN unit_order uo ON uo.id = c.unit_id');
  }
  if (r.join.unit) {
    columns.push(select(UNIT_COLUMNS, 'u', 'unit.'));
    joins.push('JOIN core.unit u ON u.id = c.unit_id');
  }
  if (r.join.currentPost) {
    columns.push(select(POST_COLUMNS, 'p', 'post.'));
    joins.push(`LEFT JOIN LATERAL (SELECT * FROM core.cadre_post WHERE cadre_id = c.id AND ended_on IS NULL
                 ORDER BY started_on DESC, id LIMIT 1) p ON true`);
  }
  const order = [...keys.map((k) => k.sql), 'c.id'].map((k) => `${k} ${dir}`).join(', ');
  const rows = await sql.query<Record<string, unknown>>(
    `${byPost ? UNIT_ORDER : ''} SELECT ${columns.join(', ')} FROM core.cadre c ${joins.join(' ')}
      WHERE ${and.join(' AND ')} ORDER BY ${order} LIMIT ${param(r.limit)}
      ${r.offset ? `OFFSET ${param(r.offset)}` : ''}`,
    params,
  );
  return rows.map(splitRow);
}

export async function cadreCount(
  sql: SqlClient,
  districtId: string,
  filter: CadreFilter | null | undefined,
  today: Date,
) {
  const { and, params } = whereClause(districtId, filter, today);
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM core.cadre c WHERE ${and.join(' AND ')}`,
    params,
  );
  return row?.n ?? 0;
}

export function cadresByIds(sql: SqlClient, districtId: string, ids: readonly string[]) {
  return sql.query<CadreRecord>(
    `SELECT ${CADRE_COLUMNS} FROM core.cadre c WHERE c.district_id = $1 AND c.id = ANY($2::uuid[])`,
    [districtId, ids],
  );
}

export function unitsByIds(sql: SqlClient, districtId: string, ids: readonly string[]) {
  return sql.query<UnitRecord>(
    `SELECT ${select(UNIT_COLUMNS, 'u')} FROM core.unit u WHERE u.district_id = $1 AND u.id = ANY($2::uuid[])`,
    [districtId, ids],
  );
}

/** The latest post still held (现任职务) of each cadre, if any. */
export function currentPostsByCadreIds(
  sql: SqlClient,
  districtId: string,
  cadreIds: readonly string[],
) {
  return sql.query<CadrePost>(
    `SELECT DISTINCT ON (p.cadre_id) ${select(POST_COLUMNS, 'p')} FROM core.cadre_post p
      WHERE p.district_id = $1 AND p.cadre_id = ANY($2::uuid[]) AND p.ended_on IS NULL
      ORDER BY p.cadre_id, p.started_on DESC, p.id`,
    [districtId, cadreIds],
  );
}
