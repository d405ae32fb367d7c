import type { Builder } from './builder.ts';
import { districtOf } from './scope.ts';

interface Figures {
  district_id: string;
  code: string;
  name: string;
  units: bigint;
  cadres: bigint;
  cadres_in_service: bigint;
  users: bigint;
}

/** A city-level department reads its districts' aggregates, never their rows. */
export function registerCity(builder: Builder) {
  const DistrictFigures = builder.objectRef<Figures>('DistrictFigures').implement({
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      units: t.int({ resolve: (f) => Number(f.units) }),
      cadres: t.int({ resolve: (f) => Number(f.cadres) }),
      cadresInService: t.int({ resolve: (f) => Number(f.cadres_in_service) }),
      users: t.int({ resolve: (f) => Number(f.users) }),
    }),
  });

  builder.queryField('cityDistrictFigures', (t) =>
    t.field({
      type: [DistrictFigures],
      description: "Counts per district of the viewer's city; empty for a district-level tenant",
      authScopes: { permission: 'core.city.read-aggregates' },
      resolve: async (_root, _args, ctx) => {
        const district = districtOf(ctx);
        if (district.level !== 'CITY') return [];
        return ctx.db.prisma.$queryRaw<Figures[]>`
          SELECT * FROM core.city_district_figures(${district.id}::uuid)`;
      },
    }),
  );
}
