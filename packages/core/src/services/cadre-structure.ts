import { Gender, PoliticalStatus, Rank, type Education, type SqlClient } from '@cadre/db';
import { EDUCATION_ORDER, highestEducation } from '../domain/archive-facts.ts';
import { formatDate } from '../domain/dates.ts';

// 干部结构分析: the figures of a district's cadres in service (在职) that dashboards chart. A
// district holds up to 50,000 cadres, so the database counts them in one pass and sends back a
// few dozen groups; nothing here holds a cadre row.

/** 年龄段 of the age pyramid: from `fromAge` up to and including `toAge` (open when null). */
export interface AgeBand {
  fromAge: number;
  toAge: number | null;
  male: number;
  female: number;
}

export interface CadreStructure {
  total: number;
  /** Mean age in years, to one decimal (null without cadres). */
  averageAge: number | null;
  byRank: { rank: Rank; count: number }[];
  byGender: { gender: Gender; count: number }[];
  ageBands: AgeBand[];
  byPoliticalStatus: { politicalStatus: PoliticalStatus; count: number }[];
  /** By highest education (全日制 or 在职, whichever is higher); null: not recorded. */
  byEducation: { education: Education | null; count: number }[];
}

/** The bands the organization departments report in: 30 and under, five-year steps, 56 and over. */
export const AGE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 30],
  [31, 35],
  [36, 40],
  [41, 45],
  [46, 50],
  [51, 55],
  [56, null],
];

/** 班子结构 adds what the team's members know (专业技术职务, 熟悉专业有何专长). */
export interface TeamStructure extends CadreStructure {
  /** By professional title; null: not recorded. */
  byProfessionalTitle: { value: string | null; count: number }[];
  bySpecialty: { value: string | null; count: number }[];
}

type Dimension = 'rank' | 'age' | 'political' | 'education' | 'title' | 'specialty';

export interface GroupRow {
  bucket: string;
  dimension: Dimension;
  rank: Rank | null;
  gender: Gender | null;
  age: number | null;
  political: PoliticalStatus | null;
  full_time: Education | null;
  in_service: Education | null;
  title: string | null;
  specialty: string | null;
  n: number;
}

/** Each dimension's grouping set, and the column whose GROUPING() tells its rows apart. */
const DIMENSIONS: readonly (readonly [Dimension, string, string])[] = [
  ['rank', 'rank', '(bucket, rank)'],
  ['age', 'age', '(bucket, gender, age)'],
  ['political', 'political', '(bucket, political)'],
  ['education', 'full_time', '(bucket, full_time, in_service)'],
  ['title', 'title', '(bucket, title)'],
  ['specialty', 'specialty', '(bucket, specialty)'],
];

/**
 * Counts the active cadres of each bucket in one statement over grouping sets. `from` names the
 * rows, with the cadre table as `c`; `$1` is the district and `$2` today. Free-text dimensions
 * (titles, specialties) only for small groups such as a team: across a district nearly every
 * cadre would make a group of their own.
 */
async function countByBucket(
  sql: SqlClient,
  query: { bucket: string; from: string; where: string[]; params: unknown[]; freeText: boolean },
): Promise<Map<string, GroupRow[]>> {
  const dimensions = DIMENSIONS.slice(0, query.freeText ? undefined : 4);
  const last = dimensions.at(-1)?.[0];
  const cases = dimensions
    .slice(0, -1)
    .map(([name, column]) => `WHEN GROUPING(${column}) = 0 THEN '${name}'`)
    .join(' ');
  const rows = await sql.query<GroupRow>(
    `SELECT bucket, CASE ${cases} ELSE '${last}' END AS dimension,
            rank, gender, age, political, full_time, in_service,
            ${query.freeText ? 'title, specialty' : 'NULL AS title, NULL AS specialty'},
            count(*)::int AS n
       FROM (SELECT ${query.bucket} AS bucket, c.rank::text AS rank, c.gender::text AS gender,
                    extract(year FROM age($2::date, c.birth_date))::int AS age,
                    c.political_status::text AS political,
                    c.full_time_education::text AS full_time,
                    c.in_service_education::text AS in_service,
                    c.professional_title AS title, c.specialty
               FROM ${query.from}
              WHERE ${[`c.district_id = $1`, `c.status = 'ACTIVE'`, ...query.where].join(' AND ')}) s
      GROUP BY GROUPING SETS (${dimensions.map(([, , set]) => set).join(', ')})`,
    query.params,
  );
  const buckets = new Map<string, GroupRow[]>();
  for (const row of rows) {
    const bucket = buckets.get(row.bucket);
    if (bucket) bucket.push(row);
    else buckets.set(row.bucket, [row]);
  }
  return buckets;
}

/**
 * Counts the active cadres of a district (or of one unit and the units under it) by rank, by
 * gender and age, by political status and by education, in one statement over grouping sets.
 */
export async function cadreStructure(
  sql: SqlClient,
  request: { districtId: string; unitId?: string | null; today: Date },
): Promise<CadreStructure> {
  const params: unknown[] = [request.districtId, formatDate(request.today)];
  const where: string[] = [];
  if (request.unitId) {
    params.push(`%/${request.unitId}/%`);
    where.push('c.unit_id IN (SELECT id FROM core.unit WHERE district_id = $1 AND path LIKE $3)');
  }
  const buckets = await countByBucket(sql, {
    bucket: `''`,
    from: 'core.cadre c',
    where,
    params,
    freeText: false,
  });
  return summarize(buckets.get('') ?? []);
}

/**
 * 班子结构: the structure of each team's members in service, for every team asked at once (one
 * statement for a page of teams). A cadre in two teams counts in both.
 */
export async function teamStructures(
  sql: SqlClient,
  request: { districtId: string; teamIds: readonly string[]; today: Date },
): Promise<Map<string, TeamStructure>> {
  const buckets = await countByBucket(sql, {
    bucket: 'm.team_id::text',
    from: 'core.leadership_team_member m JOIN core.cadre c ON c.id = m.cadre_id',
    where: ['m.district_id = $1', 'm.team_id = ANY($3::uuid[])'],
    params: [request.districtId, formatDate(request.today), [...request.teamIds]],
    freeText: true,
  });
  return new Map(
    request.teamIds.map((id) => {
      const rows = buckets.get(id) ?? [];
      return [id, { ...summarize(rows), ...freeTextCounts(rows) }];
    }),
  );
}

/** Titles and specialties, the most frequent first, the unrecorded last. */
function freeTextCounts(rows: readonly GroupRow[]) {
  const counted = (dimension: 'title' | 'specialty') =>
    rows
      .filter((r) => r.dimension === dimension)
      .map((r) => ({ value: r[dimension], count: r.n }))
      .sort(
        (a, b) =>
          Number(a.value === null) - Number(b.value === null) ||
          b.count - a.count ||
          (a.value ?? '').localeCompare(b.value ?? ''),
      );
  return { byProfessionalTitle: counted('title'), bySpecialty: counted('specialty') };
}

/** One bucket's figures from its grouped rows (a city's districts too: core.city_cadre_groups). */
export function summarize(rows: readonly GroupRow[]): CadreStructure {
  const of = (dimension: Dimension) => rows.filter((r) => r.dimension === dimension);
  const byGroup = <K>(list: readonly GroupRow[], key: (r: GroupRow) => K) => {
    const counts = new Map<K, number>();
    for (const r of list) counts.set(key(r), (counts.get(key(r)) ?? 0) + r.n);
    return counts;
  };

  const ages = of('age');
  const total = ages.reduce((sum, r) => sum + r.n, 0);
  const ageSum = ages.reduce((sum, r) => sum + (r.age ?? 0) * r.n, 0);
  const ageBands = AGE_BANDS.map(([fromAge, toAge]) => {
    const inBand = ages.filter(
      (r) => (r.age ?? 0) >= fromAge && (toAge === null || (r.age ?? 0) <= toAge),
    );
    const count = (gender: Gender) =>
      inBand.filter((r) => r.gender === gender).reduce((sum, r) => sum + r.n, 0);
    return { fromAge, toAge, male: count('MALE'), female: count('FEMALE') };
  });
  const genders = byGroup(ages, (r) => r.gender as Gender);
  const education = byGroup(of('education'), (r) => highestEducation(r.full_time, r.in_service));

  return {
    total,
    averageAge: total > 0 ? Math.round((ageSum / total) * 10) / 10 : null,
    byRank: inOrder(Object.values(Rank), of('rank'), (r) => r.rank).map((r) => ({
      rank: r.rank as Rank,
      count: r.n,
    })),
    byGender: inOrder(Object.values(Gender), [...genders], ([gender]) => gender).map(
      ([gender, count]) => ({ gender, count }),
    ),
    ageBands,
    byPoliticalStatus: inOrder(
      Object.values(PoliticalStatus),
      of('political'),
      (r) => r.political,
    ).map((r) => ({ politicalStatus: r.political as PoliticalStatus, count: r.n })),
    // Highest first, the unrecorded last.
    byEducation: inOrder([...EDUCATION_ORDER].reverse(), [...education], ([level]) => level).map(
      ([level, count]) => ({ education: level, count }),
    ),
  };
}

/** The items in the order of a code list (as the enum declares it); unknown values last. */
function inOrder<T>(
  order: readonly string[],
  items: readonly T[],
  key: (item: T) => string | null,
) {
  const position = (item: T) => {
    const index = order.indexOf(key(item) ?? '');
    return index < 0 ? order.length : index;
  };
  return [...items].sort((a, b) => position(a) - position(b));
}

/** A team without members in service. */
export const NO_TEAM_MEMBERS: TeamStructure = {
  ...summarize([]),
  byProfessionalTitle: [],
  bySpecialty: [],
};
