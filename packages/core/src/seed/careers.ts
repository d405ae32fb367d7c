// Post histories (简历): a gap-free sequence of posts from the work start to today, climbing a
// ladder of levels to the cadre's current post. Posts are half-open: one ends the day the next
// begins, the way a 简历 writes "2015.07—2018.03, 2018.03—".

import type { Prisma, Rank } from '@cadre/db/client';
import { addDays, daysBetween, utcDate } from './dates.ts';
import { words } from './names.ts';
import type { Random } from './random.ts';
import type { PlannedUnit } from './units.ts';

/**
 * Career ladder: 0 科员, 1 副主任科员 (四级/三级主任科员), 2 主任科员 (二级/一级), 3 副科 leader,
 * 4 正科 leader, 5 副处 (leader or 三/四级调研员), 6 正处 (leader or 一/二级调研员).
 */
export const RANK_LEVEL: Record<Rank, number> = {
  STAFF_2: 0,
  STAFF_1: 0,
  PRINCIPAL_STAFF_4: 1,
  PRINCIPAL_STAFF_3: 1,
  PRINCIPAL_STAFF_2: 2,
  PRINCIPAL_STAFF_1: 2,
  LEADER_SECTION_DEPUTY: 3,
  LEADER_SECTION_PRINCIPAL: 4,
  RESEARCHER_4: 5,
  RESEARCHER_3: 5,
  LEADER_COUNTY_DEPUTY: 5,
  RESEARCHER_2: 6,
  RESEARCHER_1: 6,
  LEADER_COUNTY_PRINCIPAL: 6,
};

/** 职务与职级并行 took effect on this day; earlier titles use the old 非领导职务 names. */
export const PARALLEL_RANKS_SINCE = utcDate(2019, 6, 1);

const STAFF_TITLES = {
  old: ['科员', '副主任科员', '主任科员'],
  reformed: ['一级科员', '四级主任科员', '二级主任科员'],
} as const;

const CITY_DEPARTMENTS = words(
  '示范市发展和改革委员会 示范市财政局 示范市教育局 示范市民政局 示范市住房和城乡建设局 示范市交通运输局 示范市农业农村局 示范市商务局 示范市审计局 示范市委组织部 示范市委宣传部 示范市人力资源和社会保障局',
);
const CITY_OFFICES = words('综合科 规划科 财务科 人事科 政策法规科 督查科');
const VILLAGES = words('桃园 新庄 张庄 李桥 河口 三里 新河 高庄 王集 东港 柳树 前进 红星 联合');
const COMMUNITIES = words('幸福 阳光 和平 锦园 滨湖 文苑 翠竹 丽景 新城 金桥');
const FIRST_JOBS: readonly [string, string][] = [
  ['示范市第一中学', '教师'],
  ['示范市实验小学', '教师'],
  ['江苏示范农村商业银行', '职员'],
  ['示范市供电公司', '职员'],
  ['江苏示范港务集团有限公司', '职员'],
  ['中国人民解放军某部', '排长'],
];

/** The district's units a history can mention, by the role they play in it. */
export interface CareerUnits {
  all: PlannedUnit[];
  /** Units with civil-servant staff titles (机关, 街道, 乡镇, 园区, 参公事业). */
  staffed: PlannedUnit[];
  subdistricts: PlannedUnit[];
  townships: PlannedUnit[];
}

export interface CurrentPost {
  unit: PlannedUnit;
  title: string;
  level: number;
  /** The rank the post is held at when the post itself sets it (a leadership post). */
  rank: Rank | null;
}

/** The rank an earlier post on a rung of the ladder was held at (职务 for leaders, else 职级). */
const RUNG_RANK: readonly Rank[] = [
  'STAFF_1',
  'PRINCIPAL_STAFF_4',
  'PRINCIPAL_STAFF_2',
  'LEADER_SECTION_DEPUTY',
  'LEADER_SECTION_PRINCIPAL',
  'LEADER_COUNTY_DEPUTY',
  'LEADER_COUNTY_PRINCIPAL',
];

export type DemoPost = Prisma.CadrePostCreateManyInput & {
  id: string;
  unitId: string | null;
  startedOn: Date;
  endedOn: Date | null;
  grassRoots: boolean;
};

interface Held {
  unit: PlannedUnit | null;
  organization: string;
  title: string;
  grassRoots?: boolean;
  /** A job outside the civil service (a village, a school, the army): no rank of the ladder. */
  outside?: boolean;
}

const isGrassRoots = (unit: PlannedUnit) =>
  unit.spec.category === 'SUBDISTRICT' || unit.spec.category === 'TOWNSHIP';

function inUnit(unit: PlannedUnit, title: string): Held {
  return { unit, organization: unit.record.name, title };
}

function staffTitle(random: Random, unit: PlannedUnit, level: 0 | 1 | 2, startedOn: Date) {
  const names = startedOn < PARALLEL_RANKS_SINCE ? STAFF_TITLES.old : STAFF_TITLES.reformed;
  const offices = unit.spec.offices;
  const office = offices.length > 0 && random.chance(0.5) ? random.pick(offices) : '';
  return `${unit.record.name}${office}${names[level]}`;
}

/** A first job outside the district's units: a village, a community, a school, the army … */
function firstJobOutside(random: Random, units: CareerUnits): Held {
  const roll = random.next();
  if (roll < 0.3 && units.townships.length > 0) {
    const town = random.pick(units.townships).record.name;
    const title = random.pick(['大学生村官', '村党总支书记助理']);
    return {
      unit: null,
      organization: `${town}${random.pick(VILLAGES)}村`,
      title,
      grassRoots: true,
      outside: true,
    };
  }
  if (roll < 0.5 && units.subdistricts.length > 0) {
    const street = random.pick(units.subdistricts).record.name;
    const organization = `${street}${random.pick(COMMUNITIES)}社区`;
    return { unit: null, organization, title: '社区工作者', grassRoots: true, outside: true };
  }
  const [organization, title] = random.pick(FIRST_JOBS);
  return { unit: null, organization, title, outside: true };
}

function cityPost(random: Random, level: number, startedOn: Date): Held {
  const organization = random.pick(CITY_DEPARTMENTS);
  if (level >= 5) {
    const [chief, deputy] = organization.endsWith('局')
      ? ['局长', '副局长']
      : organization.endsWith('部')
        ? ['部长', '副部长']
        : ['主任', '副主任'];
    return { unit: null, organization, title: organization + (level === 5 ? deputy : chief) };
  }
  const office = random.pick(CITY_OFFICES);
  const names = startedOn < PARALLEL_RANKS_SINCE ? STAFF_TITLES.old : STAFF_TITLES.reformed;
  const role = level === 4 ? '科长' : level === 3 ? '副科长' : names[level as 0 | 1 | 2];
  return { unit: null, organization, title: organization + office + role };
}

function leaderTitle(random: Random, unit: PlannedUnit, level: 3 | 4): string {
  return random.pick(level === 4 ? unit.spec.principals : unit.spec.deputies);
}

/** A post held earlier in the career, at a lower rung of the ladder. */
function earlierPost(
  random: Random,
  units: CareerUnits,
  current: CurrentPost,
  level: number,
  startedOn: Date,
): Held {
  const roll = random.next();
  if (level >= 5) return cityPost(random, level, startedOn);
  if (level >= 3) {
    const rung = level as 3 | 4;
    if (roll < 0.15 && rung === 3)
      return inUnit(current.unit, leaderTitle(random, current.unit, 3));
    if (roll < 0.75) {
      const unit = random.pick(units.all);
      return inUnit(unit, leaderTitle(random, unit, rung));
    }
    return cityPost(random, level, startedOn);
  }
  const rung = level as 0 | 1 | 2;
  if (roll < 0.3 && current.unit.spec.staffWeight > 0) {
    return inUnit(current.unit, staffTitle(random, current.unit, rung, startedOn));
  }
  if (roll < 0.7) {
    const unit = random.pick(units.staffed);
    return inUnit(unit, staffTitle(random, unit, rung, startedOn));
  }
  return rung === 0 ? firstJobOutside(random, units) : cityPost(random, level, startedOn);
}

/**
 * The cadre's posts from `workStartDate` up to `referenceDate`, the last one current. Also returns
 * when the cadre reached the current level, which bounds the rank's start date.
 */
export function planCareer(
  random: Random,
  units: CareerUnits,
  ids: { districtId: string; cadreId: string },
  current: CurrentPost,
  workStartDate: Date,
  referenceDate: Date,
): { posts: DemoPost[]; levelSince: Date } {
  const days = daysBetween(workStartDate, referenceDate);
  const minimum = current.level >= 5 ? 4 : current.level >= 3 ? 3 : 2;
  const count = Math.min(6, Math.max(minimum, 1 + Math.floor(days / 1826) + random.int(-1, 1)));

  // Random shares of the career; the smallest share is 1/16, so every post lasts months.
  const shares = Array.from({ length: count }, () => 0.5 + random.next());
  const total = shares.reduce((sum, share) => sum + share, 0);
  const starts: Date[] = [];
  let elapsed = 0;
  for (const share of shares) {
    starts.push(addDays(workStartDate, Math.round((days * elapsed) / total)));
    elapsed += share;
  }

  const posts = starts.map((startedOn, index): DemoPost => {
    const next = starts[index + 1];
    const isCurrent = index === count - 1;
    const rung = Math.floor((current.level * index) / (count - 1));
    const held = isCurrent
      ? inUnit(current.unit, current.title)
      : earlierPost(random, units, current, rung, startedOn);
    const rank = isCurrent ? current.rank : held.outside ? null : (RUNG_RANK[rung] ?? null);
    return {
      id: random.uuid(),
      districtId: ids.districtId,
      cadreId: ids.cadreId,
      unitId: held.unit?.record.id ?? null,
      organization: held.organization,
      title: held.title,
      startedOn,
      // The last day in the post is the day before the next one begins.
      endedOn: next ? addDays(next, -1) : null,
      grassRoots: held.grassRoots ?? (held.unit !== null && isGrassRoots(held.unit)),
      rank,
    };
  });
  // Earlier rungs are strictly lower, so the current level began with the current post.
  const currentStart = starts[count - 1] ?? workStartDate;
  return { posts, levelSince: current.level === 0 ? workStartDate : currentStart };
}
