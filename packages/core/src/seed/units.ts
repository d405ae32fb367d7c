// The unit tree of one demo district (区直机关, 街道, 乡镇, 园区, 事业单位, 国企) and the leadership
// posts each unit has, so cadres can be placed into plausible posts with plausible titles.

import type { CadreIdentity, Prisma, Rank, UnitCategory } from '@cadre/db/client';
import type { Random } from './random.ts';

export interface DistrictShape {
  /** '区' or '县': the prefix of every district organ ("区财政局", "县委办公室"). */
  prefix: string;
  subdistricts: string[];
  townships: string[];
  zones: string[];
  enterprises: string[];
}

/** A county-level head (区委常委 heading a department, or a zone's 党工委书记). */
interface CountyHead {
  rank: Extract<Rank, 'LEADER_COUNTY_PRINCIPAL' | 'LEADER_COUNTY_DEPUTY'>;
  title: string;
}

export interface UnitSpec {
  name: string;
  category: UnitCategory;
  identity: CadreIdentity;
  /** Full titles of the section-level principal posts (正科), one cadre each. */
  principals: string[];
  /** Full titles of the deputy posts (副科), one cadre each. */
  deputies: string[];
  head?: CountyHead;
  /** Share of the non-leading cadres (职级) the unit employs; 0 for units with leaders only. */
  staffWeight: number;
  teams: string[];
  /** Internal offices (科室) named in non-leading titles. */
  offices: string[];
  children: UnitSpec[];
}

const ORGAN_OFFICES = ['秘书科', '综合科', '政策法规科', '财务科', '人事科', '督查科'];
const GRASS_ROOTS_OFFICES = ['党政办公室', '经济发展办公室', '社会事务办公室', '党建工作办公室'];
const ZONE_OFFICES = ['综合办公室', '招商服务局', '规划建设局', '经济发展局'];

/** Overrides of a builder's defaults. */
/** `count` deputy posts: the specific titles first, then the last (generic) one repeated. */
function deputyPosts(titles: string[], count: number): string[] {
  const posts = titles.slice(0, count);
  const generic = titles[titles.length - 1];
  while (generic !== undefined && posts.length < count) posts.push(generic);
  return posts;
}

type Options = Partial<
  Pick<
    UnitSpec,
    'head' | 'children' | 'identity' | 'staffWeight' | 'teams' | 'principals' | 'deputies'
  >
>;

/** A department of the district government (局 / 委员会), led through a 党组. */
function department(random: Random, name: string, options: Options = {}): UnitSpec {
  const [chief, deputy] = name.endsWith('局') ? ['局长', '副局长'] : ['主任', '副主任'];
  return {
    name,
    category: 'PARTY_GOVERNMENT_ORGAN',
    identity: 'CIVIL_SERVANT',
    principals: [`${name}党组书记、${chief}`],
    deputies: deputyPosts([`${name}党组成员、${deputy}`, `${name}${deputy}`], random.int(2, 4)),
    staffWeight: 3,
    teams: ['党组班子', '行政班子'],
    offices: ORGAN_OFFICES,
    children: [],
    ...options,
  };
}

/** A Party organ or office (部 / 办公室 / 委员会) with a single leadership team. */
function partyOrgan(
  random: Random,
  name: string,
  [chief, deputy]: [string, string],
  options: Options = {},
): UnitSpec {
  return {
    name,
    category: 'PARTY_GOVERNMENT_ORGAN',
    identity: 'CIVIL_SERVANT',
    principals: [`${name}${chief}`],
    deputies: deputyPosts([`${name}${deputy}`], random.int(2, 3)),
    staffWeight: 3,
    teams: ['领导班子'],
    offices: ORGAN_OFFICES,
    children: [],
    ...options,
  };
}

/** 纪委监委: one unit, two names, so its titles name both bodies. */
function disciplineCommission(random: Random, p: string): UnitSpec {
  return {
    name: `${p}纪委监委`,
    category: 'PARTY_GOVERNMENT_ORGAN',
    identity: 'CIVIL_SERVANT',
    head: { rank: 'LEADER_COUNTY_DEPUTY', title: `${p}委常委、${p}纪委书记、${p}监委主任` },
    principals: [`${p}纪委副书记、${p}监委副主任`],
    deputies: deputyPosts([`${p}纪委常委、${p}监委委员`], random.int(3, 4)),
    staffWeight: 4,
    teams: ['领导班子'],
    offices: ['党风政风监督室', '信访室', '案件审理室', '第一纪检监察室'],
    children: [],
  };
}

/** A subordinate institution (下属事业单位) of a department: leaders only. */
function institution(random: Random, name: string, options: Options = {}): UnitSpec {
  const [chief, deputy] = name.endsWith('院')
    ? ['院长', '副院长']
    : name.endsWith('站')
      ? ['站长', '副站长']
      : name.endsWith('馆')
        ? ['馆长', '副馆长']
        : ['主任', '副主任'];
  return {
    name,
    category: 'PUBLIC_INSTITUTION',
    identity: 'PUBLIC_INSTITUTION',
    principals: [`${name}${chief}`],
    deputies: deputyPosts([`${name}${deputy}`], random.int(1, 2)),
    staffWeight: 0,
    teams: ['领导班子'],
    offices: [],
    children: [],
    ...options,
  };
}

function subdistrict(random: Random, name: string): UnitSpec {
  return {
    name,
    category: 'SUBDISTRICT',
    identity: 'CIVIL_SERVANT',
    principals: [`${name}党工委书记`, `${name}党工委副书记、办事处主任`],
    deputies: deputyPosts(
      [
        `${name}党工委副书记`,
        `${name}党工委委员、纪工委书记`,
        `${name}党工委委员、武装部部长`,
        `${name}党工委委员、组织委员`,
        `${name}党工委委员、办事处副主任`,
        `${name}办事处副主任`,
      ],
      random.int(5, 7),
    ),
    staffWeight: 6,
    teams: ['党工委班子', '办事处班子'],
    offices: GRASS_ROOTS_OFFICES,
    children: [],
  };
}

function township(random: Random, name: string): UnitSpec {
  const mayor = name.endsWith('乡') ? '乡长' : '镇长';
  return {
    name,
    category: 'TOWNSHIP',
    identity: 'CIVIL_SERVANT',
    principals: [`${name}党委书记`, `${name}党委副书记、${mayor}`],
    deputies: deputyPosts(
      [
        `${name}党委副书记`,
        `${name}党委委员、纪委书记`,
        `${name}党委委员、人武部部长`,
        `${name}党委委员、组织委员`,
        `${name}党委委员、宣传委员`,
        `${name}党委委员、副${mayor}`,
        `${name}副${mayor}`,
      ],
      random.int(6, 8),
    ),
    staffWeight: 6,
    teams: ['党委班子', '政府班子'],
    offices: GRASS_ROOTS_OFFICES,
    children: [],
  };
}

function zone(random: Random, name: string, head?: CountyHead): UnitSpec {
  return {
    name,
    category: 'DEVELOPMENT_ZONE',
    // 开发区管委会 staff are usually managed as civil servants (参公).
    identity: 'CIVIL_SERVANT_MANAGED',
    principals: [head ? `${name}党工委副书记、管委会常务副主任` : `${name}党工委书记、管委会主任`],
    deputies: deputyPosts(
      [`${name}党工委委员、管委会副主任`, `${name}管委会副主任`],
      random.int(3, 5),
    ),
    staffWeight: 4,
    teams: ['党工委班子', '管委会班子'],
    offices: ZONE_OFFICES,
    children: [],
    ...(head ? { head } : {}),
  };
}

function enterprise(random: Random, name: string, children: UnitSpec[] = []): UnitSpec {
  return {
    name,
    category: 'STATE_ENTERPRISE',
    identity: 'STATE_ENTERPRISE',
    principals: [`${name}党委书记、董事长`, `${name}党委副书记、总经理`],
    deputies: deputyPosts(
      [`${name}党委委员、纪委书记`, `${name}党委委员、副总经理`, `${name}副总经理`],
      random.int(2, 3),
    ),
    staffWeight: 0,
    teams: ['党委班子', '经营管理班子'],
    offices: [],
    children,
  };
}

/** The whole tree of one district, in display order. */
export function districtUnitSpecs(random: Random, shape: DistrictShape): UnitSpec[] {
  const p = shape.prefix;
  const dept = (name: string, options?: Options) => department(random, `${p}${name}`, options);
  const inst = (name: string, options?: Options) => institution(random, `${p}${name}`, options);
  const standingMember = (title: string): CountyHead => ({
    rank: 'LEADER_COUNTY_DEPUTY',
    title: `${p}委常委、${title}`,
  });
  const managed: Options = { identity: 'CIVIL_SERVANT_MANAGED' };
  const [mainZone, ...otherZones] = shape.zones;

  return [
    partyOrgan(random, `${p}委办公室`, ['主任', '副主任'], { staffWeight: 4 }),
    partyOrgan(random, `${p}人大常委会办公室`, ['主任', '副主任']),
    dept('政府办公室', { staffWeight: 4 }),
    partyOrgan(random, `${p}政协办公室`, ['主任', '副主任']),
    disciplineCommission(random, p),
    partyOrgan(random, `${p}委组织部`, ['常务副部长', '副部长'], {
      head: standingMember('组织部部长'),
      staffWeight: 4,
    }),
    partyOrgan(random, `${p}委宣传部`, ['常务副部长', '副部长'], {
      head: standingMember('宣传部部长'),
    }),
    partyOrgan(random, `${p}委统战部`, ['常务副部长', '副部长']),
    partyOrgan(random, `${p}委政法委员会`, ['常务副书记', '副书记']),
    partyOrgan(random, `${p}委机构编制委员会办公室`, ['主任', '副主任']),
    dept('发展和改革委员会', { staffWeight: 4 }),
    dept('教育局', {
      staffWeight: 4,
      children: [inst('教师发展中心'), inst('招生考试中心')],
    }),
    dept('科学技术局'),
    dept('民政局'),
    dept('司法局'),
    dept('财政局', {
      staffWeight: 4,
      children: [inst('财政国库集中支付中心', managed), inst('政府采购中心', managed)],
    }),
    dept('人力资源和社会保障局', {
      children: [inst('就业服务中心', managed), inst('社会保险基金管理中心', managed)],
    }),
    dept('住房和城乡建设局', { children: [inst('建设工程质量安全监督站')] }),
    dept('交通运输局'),
    dept('水务局'),
    dept('农业农村局', { children: [inst('农业技术推广中心')] }),
    dept('商务局'),
    dept('文化体育和旅游局'),
    dept('卫生健康委员会', {
      children: [inst('人民医院'), inst('疾病预防控制中心')],
    }),
    dept('退役军人事务局'),
    dept('应急管理局'),
    dept('审计局'),
    dept('市场监督管理局', { staffWeight: 4 }),
    dept('城市管理局'),
    ...shape.subdistricts.map((name) => subdistrict(random, name)),
    ...shape.townships.map((name) => township(random, name)),
    ...(mainZone
      ? [
          zone(random, mainZone, {
            // The main zone of the fully equipped district is a county-principal post.
            rank: shape.prefix === '区' ? 'LEADER_COUNTY_PRINCIPAL' : 'LEADER_COUNTY_DEPUTY',
            title: `${mainZone}党工委书记、管委会主任`,
          }),
        ]
      : []),
    ...otherZones.map((name) => zone(random, name)),
    inst('融媒体中心', { teams: ['党组织班子', '行政班子'] }),
    inst('档案馆', { ...managed, staffWeight: 1.5 }),
    inst('委党校', {
      ...managed,
      staffWeight: 1.5,
      principals: [`${p}委党校常务副校长`],
      deputies: [`${p}委党校副校长`, `${p}委党校副校长`],
    }),
    enterprise(random, `${p}城市建设投资集团有限公司`, [
      enterprise(random, `${p}城投置业有限公司`),
    ]),
    ...shape.enterprises.map((name) => enterprise(random, `${p}${name}`)),
  ];
}

const CODE_LETTERS: Record<UnitCategory, string> = {
  PARTY_GOVERNMENT_ORGAN: 'A',
  SUBDISTRICT: 'B',
  TOWNSHIP: 'C',
  DEVELOPMENT_ZONE: 'D',
  PUBLIC_INSTITUTION: 'E',
  STATE_ENTERPRISE: 'F',
};

export type DemoUnit = Prisma.UnitCreateManyInput & { id: string; parentId: string | null };

export interface PlannedUnit {
  record: DemoUnit;
  spec: UnitSpec;
}

/** Flattens the specs parent-first, with ids, materialized paths and per-category codes. */
export function planUnits(random: Random, districtId: string, specs: UnitSpec[]): PlannedUnit[] {
  const planned: PlannedUnit[] = [];
  const counters = new Map<string, number>();
  const visit = (spec: UnitSpec, parent: DemoUnit | null) => {
    const id = random.uuid();
    const letter = CODE_LETTERS[spec.category];
    const count = (counters.get(letter) ?? 0) + 1;
    counters.set(letter, count);
    const record: DemoUnit = {
      id,
      districtId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      code: `${letter}${String(count).padStart(3, '0')}`,
      name: spec.name,
      category: spec.category,
      sortOrder: planned.length + 1,
    };
    planned.push({ record, spec });
    for (const child of spec.children) visit(child, record);
  };
  for (const spec of specs) visit(spec, null);
  return planned;
}

export type DemoTeam = Prisma.LeadershipTeamCreateManyInput & { id: string };

export function planTeams(random: Random, units: PlannedUnit[]): DemoTeam[] {
  return units.flatMap(({ record, spec }) =>
    spec.teams.map((name) => ({
      id: random.uuid(),
      districtId: record.districtId,
      unitId: record.id,
      name,
    })),
  );
}
