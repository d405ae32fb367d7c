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

interface GroupRow {
  dimension: 'rank' | 'age' | 'political' | 'education';
  rank: Rank | null;
  gender: Gender | null;
  age: number | null;
  political: PoliticalStatus | null;
  full_time: Education | null;
  in_service: Education | null;
  n: number;
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
  const where = ['c.district_id = $1', `c.status = 'ACTIVE'`];
  if (request.unitId) {
    params.push(`%/${request.unitId}/%`);
    where.push('c.unit_id IN (SELECT id FROM core.unit WHERE district_id = $1 AND path LIKE $3)');
  }
  const rows = await sql.query<GroupRow>(
    `SELECT CASE WHEN GROUPING(rank) = 0 THEN 'rank' WHEN GROUPING(age) = 0 THEN 'age'
                 WHEN GROUPING(political) = 0 THEN 'political' ELSE 'education' END AS dimension,
            rank, gender, age, political, full_time, in_service, count(*)::int AS n
       FROM (SELECT c.rank::text AS rank, c.gender::text AS gender,
                    extract(year FROM age($2::date, c.birth_date))::int AS age,
                    c.political_status::text AS political,
                    c.full_time_education::text AS full_time,
                    c.in_service_education::text AS in_service
               FROM core.cadre c WHERE ${where.join(' AND ')}) s
      GROUP BY GROUPING SETS ((rank), (gender, age), (political), (full_time, in_service))`,
    params,
  );
  return summarize(rows);
}

function summarize(rows: readonly GroupRow[]): CadreStructure {
  const of = (dimension: GroupRow['dimension']) => rows.filter((r) => r.dimension === dimension);
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
