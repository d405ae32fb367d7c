import type { CadreSanction } from '@cadre/db/client';
import type { Label } from '../../contract/plugin.ts';
import { todayInChina } from '../../domain/dates.ts';
import {
  type Restriction,
  restrictionsInForce,
  restrictionsOf,
} from '../../domain/influence-periods.ts';
import { influenceFactOf } from '../../services/archive/sanctions.ts';
import type { Builder } from '../builder.ts';
import { LIST_BOUNDS, listCost } from '../query-budgets.ts';
import {
  auditSanctionRead,
  SANCTION_READ,
  type SanctionRef,
  sanctionsOf,
} from './cadre-sanction.ts';
import type { ArchiveRefs } from './refs.ts';

/** A restriction of the engine with the sanction that imposes it. */
interface SanctionRestriction extends Restriction {
  sanction: CadreSanction;
}

function withSanctions(
  restrictions: readonly Restriction[],
  sanctions: readonly CadreSanction[],
): SanctionRestriction[] {
  const byId = new Map(sanctions.map((s) => [s.id, s]));
  return restrictions.flatMap((r) => {
    const sanction = byId.get(r.factId);
    return sanction ? [{ ...r, sanction }] : [];
  });
}

/**
 * What an influence period bars (不得提拔, 不得重用 …), from the influence-period engine: on a
 * cadre, those in force on a day; on a sanction, all it imposes.
 */
export function registerRestriction(
  builder: Builder,
  { Cadre, enums, Sanction }: ArchiveRefs & { Sanction: SanctionRef },
) {
  const RestrictionRef = builder.objectRef<SanctionRestriction>('Restriction').implement({
    description: 'A restriction of an influence period (影响期), with the rule it comes from',
    authScopes: { permission: SANCTION_READ },
    fields: (t) => {
      /** A label in the viewer's language as `name`, and in each as `nameZh`, `nameEn`. */
      const label = (
        name: string,
        pick: (r: SanctionRestriction) => Label,
        description: string,
      ) => ({
        [name]: t.string({ description, resolve: (r, _args, ctx) => pick(r)[ctx.language] }),
        [`${name}Zh`]: t.string({ resolve: (r) => pick(r).zh }),
        [`${name}En`]: t.string({ resolve: (r) => pick(r).en }),
      });
      return {
        restriction: t.field({ type: enums.RestrictionKind, resolve: (r) => r.restriction }),
        from: t.field({
          type: 'Date',
          description: 'The first day in force',
          resolve: (r) => r.from,
        }),
        until: t.field({
          type: 'Date',
          nullable: true,
          description: 'The last day in force; null when nothing ends it',
          resolve: (r) => r.until,
        }),
        sanction: t.field({ type: Sanction, resolve: (r) => r.sanction }),
        ...label('explanation', (r) => r.explanation, 'What it bars, until when, and why'),
        ...label('source', (r) => r.source, 'The regulation it comes from'),
      };
    },
  });

  builder.objectField(Cadre, 'restrictions', (t) =>
    t.field({
      type: [RestrictionRef],
      nullable: true,
      description: `Restrictions in force on a day, one of each kind (the longest governs): needs ${SANCTION_READ}`,
      authScopes: { permission: SANCTION_READ },
      complexity: listCost(LIST_BOUNDS.cadreRestrictions),
      args: {
        on: t.arg({ type: 'Date', required: false, description: 'Today in China if left out' }),
      },
      resolve: async (cadre, args, ctx) => {
        await auditSanctionRead(ctx, cadre.id);
        const sanctions = await sanctionsOf(ctx, cadre.id);
        const facts = sanctions.map(influenceFactOf);
        return withSanctions(restrictionsInForce(facts, args.on ?? todayInChina()), sanctions);
      },
    }),
  );

  builder.objectField(Sanction, 'restrictions', (t) =>
    t.field({
      type: [RestrictionRef],
      description: 'Everything it restricts over its whole influence period',
      complexity: listCost(LIST_BOUNDS.cadreRestrictions),
      resolve: (sanction) => withSanctions(restrictionsOf(influenceFactOf(sanction)), [sanction]),
    }),
  );
}
