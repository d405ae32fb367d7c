import type { PostLevel, Rank } from '@cadre/db';
import type { Label } from '../contract/plugin.ts';
import type { RequestContext } from '../contract/context.ts';
import { formatDate, todayInChina } from '../domain/dates.ts';
import { type QuotaFigures, sumQuotaFigures } from '../domain/quota.ts';
import { type CadreStructure, type GroupRow, summarize } from '../services/cadre-structure.ts';
import { linesOf } from '../services/quotas.ts';
import { groupRows, loaderFor } from './loaders.ts';
import { districtOf } from './scope.ts';

// The figures of a city's districts, each kind read once per request for every district at once
// (loaders keyed by district id) through the SECURITY DEFINER functions that take the city.

/** A row of core.city_district_figures. */
export interface DistrictFigures {
  district_id: string;
  code: string;
  name: string;
  units: bigint | number;
  cadres: bigint | number;
  cadres_in_service: bigint | number;
  users: bigint | number;
  open_due_items: bigint | number;
  overdue_due_items: bigint | number;
  /** The plugins the district enables. */
  plugins: string[];
}

export interface CityHeadline {
  plugin: string;
  key: string;
  label: Label;
  value: number;
}

const cityOf = (ctx: RequestContext) => districtOf(ctx).id;
const today = () => formatDate(todayInChina());

/** 干部结构 per district, summarized as the district dashboard's (services/cadre-structure.ts). */
export const cityStructures = (ctx: RequestContext) =>
  loaderFor<CadreStructure>(
    ctx,
    'city.structures',
    async () => {
      const rows = await ctx.sql.query<Omit<GroupRow, 'title' | 'specialty'>>(
        'SELECT * FROM core.city_cadre_groups($1::uuid, $2::date)',
        [cityOf(ctx), today()],
      );
      return groupRows(
        rows.map((r) => ({ ...r, title: null, specialty: null })),
        (r) => r.bucket,
      ).map(([district, groups]) => [district, summarize(groups)]);
    },
    summarize([]),
  );

interface QuotaGroup {
  district_id: string;
  unit_id: string;
  /** Set on approved quotas, with `leadership`; null on counts of cadres. */
  level: PostLevel | null;
  leadership: boolean | null;
  /** Set on counts of cadres in service. */
  rank: Rank | null;
  n: number;
}

/** 职数 per district: the line-by-line totals, and how many units are over quota somewhere. */
export const cityQuotas = (ctx: RequestContext) =>
  loaderFor<{ totals: QuotaFigures; overQuotaUnits: number }>(
    ctx,
    'city.quotas',
    async () => {
      const rows = await ctx.sql.query<QuotaGroup>(
        'SELECT * FROM core.city_quota_groups($1::uuid)',
        [cityOf(ctx)],
      );
      return groupRows(rows, (r) => r.district_id).map(([district, groups]) => {
        const lines = linesOf(
          groups.flatMap((g) =>
            g.level === null
              ? []
              : [
                  {
                    unitId: g.unit_id,
                    level: g.level,
                    leadership: g.leadership ?? false,
                    approved: g.n,
                  },
                ],
          ),
          groups.flatMap((g) => (g.rank ? [{ unitId: g.unit_id, rank: g.rank, count: g.n }] : [])),
        );
        const overQuotaUnits = new Set(lines.filter((l) => l.overQuota > 0).map((l) => l.unitId));
        return [district, { totals: sumQuotaFigures(lines), overQuotaUnits: overQuotaUnits.size }];
      });
    },
    { totals: sumQuotaFigures([]), overQuotaUnits: 0 },
  );

/** Every installed plugin's headline figures per district: one call per plugin that has some. */
export const cityHeadlines = (ctx: RequestContext) =>
  loaderFor<CityHeadline[]>(
    ctx,
    'city.headlines',
    async (districtIds) => {
      const query = { sql: ctx.sql, cityId: cityOf(ctx), today: todayInChina() };
      const sources = ctx.plugins.filter((p) => p.cityFigures);
      const answers = await Promise.all(
        sources.map(async (p) => ({ plugin: p.id, figures: (await p.cityFigures?.(query)) ?? [] })),
      );
      return districtIds.map((district) => [
        district,
        answers.flatMap(({ plugin, figures }) =>
          figures.map((f) => ({
            plugin,
            key: f.key,
            label: f.label,
            value: f.values.get(district) ?? 0,
          })),
        ),
      ]);
    },
    [],
  );
