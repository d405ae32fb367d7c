import type { ObjectRef } from '@pothos/core';
import type { QuotaFigures } from '../domain/quota.ts';
import { formatDate, todayInChina } from '../domain/dates.ts';
import { NotFoundError } from '../errors/cadre-error.ts';
import type { CadreStructure } from '../services/cadre-structure.ts';
import type { Builder, Types } from './builder.ts';
import type { CadreEnums } from './cadre-enums.ts';
import { registerCityManagedCadres } from './city-cadres.ts';
import {
  type CityHeadline,
  cityHeadlines,
  cityQuotas,
  cityStructures,
  type DistrictFigures,
} from './city-figures.ts';
import { districtOf } from './scope.ts';

const READ = { permission: 'core.city.read-aggregates' };

export interface CityRefs {
  enums: CadreEnums;
  CadreStructure: ObjectRef<Types, CadreStructure>;
  QuotaTotals: ObjectRef<Types, QuotaFigures>;
}

/**
 * A city-level department (市委组织部) reads its districts' aggregates, never their rows; and,
 * with a grant of its own, the registry of the cadres it manages (市管干部, city-cadres.ts).
 */
export function registerCity(builder: Builder, refs: CityRefs) {
  const Headline = builder.objectRef<CityHeadline>('CityHeadlineFigure').implement({
    description:
      "A plugin's headline figure for one district (cases under way, appointments this year …)",
    fields: (t) => ({
      plugin: t.exposeString('plugin', { description: 'The plugin that counts it' }),
      key: t.exposeString('key'),
      label: t.string({ resolve: (h, _args, ctx) => h.label[ctx.language] }),
      value: t.exposeInt('value'),
    }),
  });

  const Figures = builder.objectRef<DistrictFigures>('DistrictFigures').implement({
    description: "One district's figures, as its city sees them",
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      units: t.int({ resolve: (f) => Number(f.units) }),
      cadres: t.int({ resolve: (f) => Number(f.cadres) }),
      cadresInService: t.int({ resolve: (f) => Number(f.cadres_in_service) }),
      users: t.int({ resolve: (f) => Number(f.users) }),
      openDueItems: t.int({
        description: 'Due items not closed',
        resolve: (f) => Number(f.open_due_items),
      }),
      overdueDueItems: t.int({
        description: 'Open due items past their date',
        resolve: (f) => Number(f.overdue_due_items),
      }),
      structure: t.field({
        type: refs.CadreStructure,
        description: '干部结构 of the cadres in service, as the district dashboard counts it',
        resolve: (f, _args, ctx) => cityStructures(ctx).load(f.district_id),
      }),
      quota: t.field({
        type: refs.QuotaTotals,
        description: '职数: approved, filled, vacant and over quota, summed over every unit',
        resolve: async (f, _args, ctx) => (await cityQuotas(ctx).load(f.district_id)).totals,
      }),
      overQuotaUnits: t.int({
        description: 'Units with more cadres than approved posts at some level (超配单位)',
        resolve: async (f, _args, ctx) =>
          (await cityQuotas(ctx).load(f.district_id)).overQuotaUnits,
      }),
      headlineFigures: t.field({
        type: [Headline],
        description: "Each enabled plugin's headline figures, in plugin order",
        resolve: async (f, _args, ctx) =>
          (await cityHeadlines(ctx).load(f.district_id)).filter((h) =>
            f.plugins.includes(h.plugin),
          ),
      }),
    }),
  });

  /** Every district of the viewer's city, or none outside a city; one statement. */
  const districtsOfCity = async (ctx: Parameters<typeof cityStructures>[0]) => {
    const district = districtOf(ctx);
    if (district.level !== 'CITY') return [];
    return ctx.sql.query<DistrictFigures>(
      'SELECT * FROM core.city_district_figures($1::uuid, $2::date)',
      [district.id, formatDate(todayInChina())],
    );
  };

  builder.queryFields((t) => ({
    cityDistrictFigures: t.field({
      type: [Figures],
      description: "Figures per district of the viewer's city; empty for a district-level tenant",
      authScopes: READ,
      resolve: (_root, _args, ctx) => districtsOfCity(ctx),
    }),
    cityDistrict: t.field({
      type: Figures,
      description: "One district of the viewer's city, by code (drill-down)",
      authScopes: READ,
      errors: { types: [NotFoundError] },
      args: { code: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const found = (await districtsOfCity(ctx)).find((d) => d.code === args.code);
        if (!found) throw new NotFoundError({ zh: '所辖区县', en: 'District of the city' });
        return found;
      },
    }),
  }));

  registerCityManagedCadres(builder, refs.enums);
}
