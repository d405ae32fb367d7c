// Cadres of one district: who holds which post, and a consistent archive for each person (three
// ages, two histories, one identity). Work starts at least six years before the reference date,
// so every cadre has five years of post history or more.

import type {
  CadreStatus,
  Degree,
  Education,
  PoliticalStatus,
  Prisma,
  Rank,
} from '@cadre/db/client';
import {
  type CareerUnits,
  type DemoPost,
  PARALLEL_RANKS_SINCE,
  planCareer,
  RANK_LEVEL,
} from './careers.ts';
import { addDays, addYears, dayBetween, daysBetween, earlier, later, utcDate } from './dates.ts';
import { idNumber } from './id-number.ts';
import {
  type FullTimeEducation,
  type Gender,
  ethnicity,
  fullTimeSchool,
  HOME_PLACE,
  inServiceUniversity,
  OPEN_UNIVERSITY,
  PARTY_SCHOOLS,
  personName,
  place,
  words,
} from './names.ts';
import type { Random } from './random.ts';
import { nameKeyFields } from '../domain/name-keys.ts';
import type { PlannedUnit } from './units.ts';

export type DemoCadre = Prisma.CadreCreateManyInput & {
  id: string;
  birthDate: Date;
  partyJoinDate: Date | null;
  workStartDate: Date;
  rankSince: Date;
  idNumber: string;
  status: CadreStatus;
};

interface Assignment {
  unit: PlannedUnit;
  rank: Rank;
  title: string;
}

type Grade = Exclude<Rank, `LEADER_${string}`>;

const GRADE_TITLES: Record<Grade, string> = {
  RESEARCHER_1: '一级调研员',
  RESEARCHER_2: '二级调研员',
  RESEARCHER_3: '三级调研员',
  RESEARCHER_4: '四级调研员',
  PRINCIPAL_STAFF_1: '一级主任科员',
  PRINCIPAL_STAFF_2: '二级主任科员',
  PRINCIPAL_STAFF_3: '三级主任科员',
  PRINCIPAL_STAFF_4: '四级主任科员',
  STAFF_1: '一级科员',
  STAFF_2: '二级科员',
};

/** Grades (职级) of the cadres who hold no leadership post: a pyramid with few 调研员. */
const GRADE_SHARES: readonly (readonly [Grade, number])[] = [
  ['RESEARCHER_2', 0.3],
  ['RESEARCHER_3', 0.7],
  ['RESEARCHER_4', 1.5],
  ['PRINCIPAL_STAFF_1', 5],
  ['PRINCIPAL_STAFF_2', 9],
  ['PRINCIPAL_STAFF_3', 14],
  ['PRINCIPAL_STAFF_4', 18],
  ['STAFF_1', 27],
  ['STAFF_2', 24.5],
];

/** Plausible ages (at the reference date) for each rank; 26 leaves room for five years of work. */
const AGE_RANGE: Record<Rank, readonly [number, number]> = {
  STAFF_2: [26, 32],
  STAFF_1: [27, 38],
  PRINCIPAL_STAFF_4: [28, 42],
  PRINCIPAL_STAFF_3: [30, 48],
  PRINCIPAL_STAFF_2: [34, 56],
  PRINCIPAL_STAFF_1: [38, 60],
  LEADER_SECTION_DEPUTY: [29, 55],
  LEADER_SECTION_PRINCIPAL: [33, 58],
  LEADER_COUNTY_DEPUTY: [38, 56],
  LEADER_COUNTY_PRINCIPAL: [42, 55],
  RESEARCHER_4: [45, 60],
  RESEARCHER_3: [48, 60],
  RESEARCHER_2: [50, 60],
  RESEARCHER_1: [52, 60],
};

const isLeader = (rank: Rank) => rank.startsWith('LEADER_');

/**
 * Who holds which post: every leadership post first (county heads, then principals, then
 * deputies, so a small district still has its heads), the rest spread over the units that employ
 * non-leading staff in proportion to their size.
 */
function assignPosts(random: Random, units: PlannedUnit[], count: number): Assignment[] {
  const heads: Assignment[] = [];
  const principals: Assignment[] = [];
  const deputies: Assignment[] = [];
  for (const unit of units) {
    const { head } = unit.spec;
    if (head) heads.push({ unit, rank: head.rank, title: head.title });
    for (const title of unit.spec.principals) {
      principals.push({ unit, rank: 'LEADER_SECTION_PRINCIPAL', title });
    }
    for (const title of unit.spec.deputies) {
      deputies.push({ unit, rank: 'LEADER_SECTION_DEPUTY', title });
    }
  }
  const leaders = [...heads, ...principals, ...deputies].slice(0, count);

  const staffed = units.filter((unit) => unit.spec.staffWeight > 0);
  const totalWeight = staffed.reduce((sum, unit) => sum + unit.spec.staffWeight, 0);
  const staffCount = count - leaders.length;
  const staff: Assignment[] = [];
  // Cumulative rounding: the shares add up to exactly `staffCount`.
  let cumulative = 0;
  for (const unit of staffed) {
    const before = Math.round((staffCount * cumulative) / totalWeight);
    cumulative += unit.spec.staffWeight;
    const share = Math.round((staffCount * cumulative) / totalWeight) - before;
    for (let i = 0; i < share; i++) {
      const rank = random.weighted(GRADE_SHARES);
      const { offices, name } = unit.spec;
      const office = offices.length > 0 && random.chance(0.5) ? random.pick(offices) : '';
      staff.push({ unit, rank, title: `${name}${office}${GRADE_TITLES[rank]}` });
    }
  }
  return [...leaders, ...staff];
}

const GRADUATION_AGE: Record<FullTimeEducation, number> = {
  COLLEGE: 20,
  UNIVERSITY: 22,
  MASTER: 25,
  DOCTORATE: 28,
};
const LOWER_EDUCATION: Record<FullTimeEducation, FullTimeEducation> = {
  DOCTORATE: 'MASTER',
  MASTER: 'UNIVERSITY',
  UNIVERSITY: 'COLLEGE',
  COLLEGE: 'COLLEGE',
};
const DEGREE: Record<FullTimeEducation, Degree> = {
  DOCTORATE: 'DOCTOR',
  MASTER: 'MASTER',
  UNIVERSITY: 'BACHELOR',
  COLLEGE: 'NONE',
};
const EDUCATION_SHARES: readonly (readonly [FullTimeEducation, number])[] = [
  ['UNIVERSITY', 70],
  ['MASTER', 16],
  ['COLLEGE', 12],
  ['DOCTORATE', 2],
];
/** Cadres now over 50 went to college when fewer places were open. */
const OLDER_EDUCATION_SHARES: readonly (readonly [FullTimeEducation, number])[] = [
  ['UNIVERSITY', 58],
  ['COLLEGE', 35],
  ['MASTER', 7],
];

/** The highest full-time education that still leaves six years between graduation and today. */
function fullTimeEducation(random: Random, age: number): FullTimeEducation {
  let education = random.weighted(age >= 50 ? OLDER_EDUCATION_SHARES : EDUCATION_SHARES);
  while (age < GRADUATION_AGE[education] + 6 && education !== 'COLLEGE') {
    education = LOWER_EDUCATION[education];
  }
  return education;
}

interface InService {
  education: Education;
  degree: Degree;
  school: string;
}

/** In-service study (在职教育) tops up full-time education, more often for leaders. */
function inServiceEducation(
  random: Random,
  fullTime: FullTimeEducation,
  level: number,
): InService | null {
  const keen = level >= 3 ? 1.4 : 1;
  if (fullTime === 'COLLEGE' && random.chance(0.6 * keen)) {
    return random.chance(0.6)
      ? { education: 'UNIVERSITY', degree: 'NONE', school: PARTY_SCHOOLS.province }
      : { education: 'UNIVERSITY', degree: 'BACHELOR', school: OPEN_UNIVERSITY };
  }
  if (fullTime === 'UNIVERSITY' && random.chance(0.25 * keen)) {
    if (random.chance(0.5))
      return { education: 'MASTER', degree: 'MASTER', school: inServiceUniversity(random) };
    const school = level >= 5 ? PARTY_SCHOOLS.central : PARTY_SCHOOLS.province;
    return { education: 'MASTER', degree: 'NONE', school };
  }
  if (fullTime === 'MASTER' && random.chance(0.03 * keen)) {
    return { education: 'DOCTORATE', degree: 'DOCTOR', school: inServiceUniversity(random) };
  }
  return null;
}

/** Principal posts go to Party members; deputies and staff include a few non-Party cadres. */
function politicalStatus(random: Random, rank: Rank, age: number): PoliticalStatus {
  if (isLeader(rank) && rank !== 'LEADER_SECTION_DEPUTY') return 'CPC_MEMBER';
  if (rank === 'LEADER_SECTION_DEPUTY') {
    return random.weighted([
      ['CPC_MEMBER', 92],
      ['DEMOCRATIC_PARTY', 5],
      ['NON_PARTISAN', 3],
    ]);
  }
  return random.weighted([
    ['CPC_MEMBER', 84],
    ['CPC_PROBATIONARY', age < 35 ? 3 : 0],
    ['DEMOCRATIC_PARTY', 3],
    ['NON_PARTISAN', 2],
    ['MASSES', 8],
  ]);
}

/**
 * Members joined at 19 or later and at least a year ago (the probation year): about half while
 * studying, the others mostly in their first years of work.
 */
function partyJoinDate(
  random: Random,
  status: PoliticalStatus,
  birthDate: Date,
  workStartDate: Date,
  referenceDate: Date,
): Date | null {
  if (status === 'CPC_PROBATIONARY') {
    return dayBetween(random, addDays(referenceDate, -364), addDays(referenceDate, -1));
  }
  if (status !== 'CPC_MEMBER') return null;
  const latest = addYears(referenceDate, -1);
  if (random.chance(0.45)) return dayBetween(random, addYears(birthDate, 19), workStartDate);
  return addDays(
    workStartDate,
    Math.floor(random.next() ** 2 * daysBetween(workStartDate, latest)),
  );
}

/** Older staff have stepped back (退二线) or retired; leaders in post are active by definition. */
function cadreStatus(random: Random, rank: Rank, gender: Gender, age: number): CadreStatus {
  if (isLeader(rank)) return 'ACTIVE';
  if ((age >= 59 || (gender === 'FEMALE' && age >= 55)) && random.chance(0.5)) return 'RETIRED';
  if (age >= 55 && random.chance(0.4)) return 'SECOND_LINE';
  return 'ACTIVE';
}

/** Last two digits of a county-level division code, appended to a place's 4-digit prefix. */
const COUNTY_SUFFIXES = words('02 03 04 05 06 11 12 21 22 23 81 82');

export interface CadreContext {
  random: Random;
  districtId: string;
  units: CareerUnits;
  referenceDate: Date;
  /** ID numbers issued so far, kept unique across the district. */
  idNumbers: Set<string>;
}

function planCadre(context: CadreContext, { unit, rank, title }: Assignment) {
  const { random, referenceDate } = context;
  const level = RANK_LEVEL[rank];
  const gender: Gender = random.chance(
    rank === 'LEADER_SECTION_DEPUTY' ? 0.28 : isLeader(rank) ? 0.15 : 0.34,
  )
    ? 'FEMALE'
    : 'MALE';
  const [minAge, maxAge] = AGE_RANGE[rank];
  const age = random.int(minAge, maxAge);
  const birthDate = addDays(addYears(referenceDate, -age), -random.int(0, 364));

  const education = fullTimeEducation(random, age);
  const graduationAge = Math.min(GRADUATION_AGE[education] + random.int(0, 1), age - 6);
  // Graduates start in summer or autumn, at least six years before the reference date.
  const workStartDate = utcDate(
    birthDate.getUTCFullYear() + graduationAge,
    random.int(7, 9),
    random.int(1, 28),
  );
  const inService = inServiceEducation(random, education, level);

  const nativePlace = place(random);
  const birthPlace = random.chance(0.8)
    ? nativePlace
    : random.chance(0.5)
      ? HOME_PLACE
      : place(random);
  const division = birthPlace.code + random.pick(COUNTY_SUFFIXES);
  let id = idNumber(division, birthDate, gender, random.int(0, 499));
  while (context.idNumbers.has(id)) id = idNumber(division, birthDate, gender, random.int(0, 499));
  context.idNumbers.add(id);

  const cadreId = random.uuid();
  const politics = politicalStatus(random, rank, age);
  const { posts, levelSince } = planCareer(
    random,
    context.units,
    { districtId: context.districtId, cadreId },
    // A grade (职级) may have come within the post: its start is `rankSince`, not the post's.
    { unit, title, level, rank: isLeader(rank) ? rank : null },
    workStartDate,
    referenceDate,
  );
  // Grades (职级) date from the 2019 reform at the earliest and may come within a post.
  const rankSince = isLeader(rank)
    ? levelSince
    : dayBetween(
        random,
        earlier(later(levelSince, PARALLEL_RANKS_SINCE), referenceDate),
        addDays(referenceDate, -90),
      );

  const name = personName(random, gender);
  const cadre: DemoCadre = {
    id: cadreId,
    districtId: context.districtId,
    name,
    ...nameKeyFields(name),
    gender,
    ethnicity: ethnicity(random),
    nativePlace: nativePlace.name,
    birthPlace: birthPlace.name,
    idNumber: id,
    birthDate,
    politicalStatus: politics,
    partyJoinDate: partyJoinDate(random, politics, birthDate, workStartDate, referenceDate),
    workStartDate,
    fullTimeEducation: education,
    fullTimeDegree: education === 'UNIVERSITY' && random.chance(0.03) ? 'NONE' : DEGREE[education],
    fullTimeSchool: fullTimeSchool(random, education),
    inServiceEducation: inService?.education ?? null,
    inServiceDegree: inService?.degree ?? null,
    inServiceSchool: inService?.school ?? null,
    identity: unit.spec.identity,
    rank,
    rankSince,
    managementAuthority: level >= 5 ? 'CITY' : 'DISTRICT',
    status: cadreStatus(random, rank, gender, age),
    unitId: unit.record.id,
  };
  return { cadre, posts };
}

/** `count` cadres of one district with their post histories, in unit order. */
export function planCadres(
  context: CadreContext,
  count: number,
): { cadres: DemoCadre[]; posts: DemoPost[] } {
  const cadres: DemoCadre[] = [];
  const posts: DemoPost[] = [];
  for (const assignment of assignPosts(context.random, context.units.all, count)) {
    const planned = planCadre(context, assignment);
    cadres.push(planned.cadre);
    for (const post of planned.posts) posts.push(post);
  }
  return { cadres, posts };
}
