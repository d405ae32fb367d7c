// A deterministic demo city: one city tenant and two districts, one with every installed plugin
// and one with selection and assessment only (as far as they are installed), each with a unit
// tree, quotas with vacancies and a few units over quota (with digestion plans), cadres with full
// histories, their archive records (grades, rewards, sanctions, family, photos) and reserve pools.
// Every id comes from the seeded PRNG, so a seed always gives the same rows.

import type { Prisma } from '@cadre/db/client';
import { type DemoArchiveRecords, personalFields, planArchiveRecords } from './archive-records.ts';
import { photoRow } from './photos.ts';
import { planTeamMembers } from './team-members.ts';
import { type DemoCadre, planCadres } from './cadres.ts';
import type { CareerUnits, DemoPost } from './careers.ts';
import { toUtcDay, utcDate } from './dates.ts';
import { words } from './names.ts';
import { type DemoOverQuotaPlans, planOverQuotaPlans } from './over-quota-plans.ts';
import { type DemoQuota, planQuotas } from './quotas.ts';
import { Random } from './random.ts';
import { type DemoPool, type DemoPoolEntry, planReservePools } from './reserve-pools.ts';
import {
  type DemoTeam,
  type DemoUnit,
  type DistrictShape,
  districtUnitSpecs,
  planTeams,
  planUnits,
} from './units.ts';

/** The plugins each demo district switches on, of those installed: `all`, or the ones named. */
export const DEMO_DISTRICTS = {
  city: { code: '3299', name: '示范市', plugins: [] },
  full: { code: '329902', name: '东湖区', plugins: 'all' },
  partial: { code: '329921', name: '西山县', plugins: ['selection', 'assessment'] },
} as const;

const enabledOf = (wanted: 'all' | readonly string[], installed: readonly string[]) =>
  wanted === 'all' ? installed : installed.filter((id) => wanted.includes(id));

const SHAPES: Record<'full' | 'partial', DistrictShape> = {
  full: {
    prefix: '区',
    subdistricts: words('东湖街道 滨江街道 新华街道 人民路街道 城东街道 光明街道'),
    townships: words('青龙镇 白鹭镇'),
    zones: words('东湖经济开发区 东湖高新技术产业园'),
    enterprises: words('国有资产投资经营有限公司 文化旅游发展集团有限公司'),
  },
  partial: {
    prefix: '县',
    subdistricts: words('城关街道 南门街道'),
    townships: words('西山镇 石桥镇 柳河镇 龙泉镇 马岭镇 双河镇 杨庄乡 清溪乡'),
    zones: words('西山经济开发区 西山现代农业产业园'),
    enterprises: words('国有资产投资经营有限公司 农业发展投资有限公司'),
  },
};

/** Cadres of the full and the partial district. */
const DEFAULT_CADRES = [1200, 800];
const DEFAULT_REFERENCE_DATE = utcDate(2026, 6, 30);

export interface DemoCityOptions {
  seed?: number;
  /** Cadres per district, full district first; a missing entry keeps its default. */
  cadresPerDistrict?: number[];
  /** "Today" for the data: histories run up to it. Defaults to 2026-06-30. */
  referenceDate?: Date;
  /** Ids of the plugins the gateway installs; a district switches on only these. Default: none. */
  plugins?: readonly string[];
}

export type DemoDistrict = Prisma.DistrictCreateManyInput & { id: string; parentId: string | null };

export interface DemoDistrictSummary {
  code: string;
  name: string;
  units: number;
  cadres: number;
  /** Units with at least one quota filled beyond its approved number. */
  overQuotaUnits: number;
  /** Units with at least one quota not filled up to its approved number. */
  vacantUnits: number;
}

export interface DemoCityPlan {
  referenceDate: Date;
  districts: DemoDistrict[];
  districtPlugins: Prisma.DistrictPluginCreateManyInput[];
  units: DemoUnit[];
  teams: DemoTeam[];
  teamMembers: Prisma.LeadershipTeamMemberCreateManyInput[];
  quotas: DemoQuota[];
  overQuotaPlans: DemoOverQuotaPlans;
  cadres: DemoCadre[];
  posts: DemoPost[];
  pools: DemoPool[];
  poolEntries: DemoPoolEntry[];
  archive: DemoArchiveRecords;
  photos: Prisma.AttachmentCreateManyInput[];
  summary: { districts: DemoDistrictSummary[] };
}

export function planDemoCity(options: DemoCityOptions = {}): DemoCityPlan {
  const seed = options.seed ?? 20260630;
  const referenceDate = toUtcDay(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
  const tenancy = new Random(seed, 'tenancy');

  const city: DemoDistrict = {
    id: tenancy.uuid(),
    code: DEMO_DISTRICTS.city.code,
    name: DEMO_DISTRICTS.city.name,
    level: 'CITY',
    parentId: null,
  };
  const plan: DemoCityPlan = {
    referenceDate,
    districts: [city],
    districtPlugins: [],
    units: [],
    teams: [],
    teamMembers: [],
    quotas: [],
    overQuotaPlans: { plans: [], dueItems: [] },
    cadres: [],
    posts: [],
    pools: [],
    poolEntries: [],
    archive: { rewards: [], sanctions: [], grades: [], family: [] },
    photos: [],
    summary: { districts: [] },
  };

  (['full', 'partial'] as const).forEach((key, index) => {
    const { code, name, plugins: wanted } = DEMO_DISTRICTS[key];
    const cadreCount = options.cadresPerDistrict?.[index] ?? DEFAULT_CADRES[index] ?? 0;
    if (!Number.isInteger(cadreCount) || cadreCount < 0) {
      throw new RangeError(`cadresPerDistrict[${index}] must be a whole number ≥ 0`);
    }
    const district: DemoDistrict = {
      id: tenancy.uuid(),
      code,
      name,
      level: 'DISTRICT',
      parentId: city.id,
    };
    plan.districts.push(district);
    for (const pluginId of enabledOf(wanted, options.plugins ?? [])) {
      plan.districtPlugins.push({ districtId: district.id, pluginId, enabled: true, config: {} });
    }

    // One stream per district: its data does not change when the other district grows.
    const random = new Random(seed, `district:${code}`);
    const units = planUnits(random, district.id, districtUnitSpecs(random, SHAPES[key]));
    const careerUnits: CareerUnits = {
      all: units,
      staffed: units.filter((unit) => unit.spec.staffWeight > 0),
      subdistricts: units.filter((unit) => unit.spec.category === 'SUBDISTRICT'),
      townships: units.filter((unit) => unit.spec.category === 'TOWNSHIP'),
    };
    const teams = planTeams(random, units);
    const { cadres, posts } = planCadres(
      { random, districtId: district.id, units: careerUnits, referenceDate, idNumbers: new Set() },
      cadreCount,
    );
    const quotasRandom = new Random(seed, `quotas:${code}`);
    const { quotas, overQuota, vacantUnits } = planQuotas(quotasRandom, units, cadres);
    const overQuotaPlans = planOverQuotaPlans(quotasRandom, overQuota, referenceDate);
    const { pools, entries } = planReservePools(random, district.id, cadres, referenceDate);
    const pooled = new Set(entries.map((entry) => entry.cadreId));
    // A stream of its own, so the records do not change the rest of the district's data.
    const recordsRandom = new Random(seed, `archive:${code}`);
    const archive = planArchiveRecords(
      {
        random: recordsRandom,
        districtId: district.id,
        shortName: name.slice(0, 2),
        referenceDate,
      },
      cadres,
      pooled,
    );

    // push(...rows) would overflow the call stack at benchmark sizes.
    plan.units = plan.units.concat(units.map((unit) => unit.record));
    plan.teams = plan.teams.concat(teams);
    plan.teamMembers = plan.teamMembers.concat(
      planTeamMembers(recordsRandom, teams, cadres, posts),
    );
    plan.quotas = plan.quotas.concat(quotas);
    plan.overQuotaPlans = {
      plans: plan.overQuotaPlans.plans.concat(overQuotaPlans.plans),
      dueItems: plan.overQuotaPlans.dueItems.concat(overQuotaPlans.dueItems),
    };
    const photos = cadres
      .filter((c) => pooled.has(c.id) || (c.status === 'ACTIVE' && c.rank.startsWith('LEADER_')))
      .map((c) => photoRow(recordsRandom, district.id, c, referenceDate));
    const photoOf = new Map(photos.map((photo) => [photo.ownerId, photo.id]));
    plan.photos = plan.photos.concat(photos);
    plan.cadres = plan.cadres.concat(
      cadres.map((cadre) => ({
        ...cadre,
        ...personalFields(recordsRandom),
        photoId: photoOf.get(cadre.id) ?? null,
      })),
    );
    plan.posts = plan.posts.concat(posts);
    plan.pools = plan.pools.concat(pools);
    plan.poolEntries = plan.poolEntries.concat(entries);
    plan.archive = {
      rewards: plan.archive.rewards.concat(archive.rewards),
      sanctions: plan.archive.sanctions.concat(archive.sanctions),
      grades: plan.archive.grades.concat(archive.grades),
      family: plan.archive.family.concat(archive.family),
    };

    plan.summary.districts.push({
      code,
      name,
      units: units.length,
      cadres: cadres.length,
      overQuotaUnits: overQuota.length,
      vacantUnits,
    });
  });
  return plan;
}
