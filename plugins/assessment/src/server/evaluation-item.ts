import { bilingual, changedFields, parseInput, type PluginSchemaContext } from '@cadre/core';
import { z } from 'zod';
import { text, weight } from './inputs.ts';
import { LIST_COST } from './list-costs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { auditRound, reloadRound, writeForRound } from './round-access.ts';
import { itemsOf } from './round-loaders.ts';
import type { RoundTypeRefs } from './round-refs.ts';

// 评价要素: what every subject scores (德、能、勤、绩、廉 by default), each with its weight.

const MAX_ITEMS = 10;

const itemsInput = z
  .array(z.object({ name: text(20), weight }))
  .min(1, bilingual('至少设置一个评价要素', 'Set at least one evaluation item'))
  .max(MAX_ITEMS, bilingual(`评价要素不超过${MAX_ITEMS}个`, `At most ${MAX_ITEMS} items`))
  .superRefine((items, issues) => {
    items.forEach((item, i) => {
      if (items.findIndex((other) => other.name === item.name) < i) {
        issues.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: bilingual(`评价要素“${item.name}”重复`, `The item ${item.name} is listed twice`),
        });
      }
    });
  });

export function registerEvaluationItem(
  { builder, subGraphs }: PluginSchemaContext,
  { AssessmentRound }: Pick<RoundTypeRefs, 'AssessmentRound'>,
) {
  const Item = builder.prismaNode('EvaluationItem', {
    subGraphs,
    id: { field: 'id' },
    description: '评价要素: what every subject scores 0–100, with its weight in percent',
    fields: (t) => ({
      name: t.exposeString('name'),
      weight: t.exposeFloat('weight', { description: 'Percent; a round’s items sum to 100' }),
      position: t.exposeInt('position'),
    }),
  });

  builder.prismaObjectFields(AssessmentRound, (t) => ({
    items: t.field({
      type: [Item],
      complexity: LIST_COST.items,
      resolve: (r, _args, ctx) => itemsOf(ctx, r.id),
    }),
  }));

  const ItemInput = builder.inputType('EvaluationItemInput', {
    subGraphs,
    fields: (t) => ({
      name: t.string({ description: 'e.g. 德' }),
      weight: t.float({ description: 'Percent; the items must sum to 100 when scoring starts' }),
    }),
  });

  builder.mutationField('setEvaluationItems', (t) =>
    t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        'The round’s items in order, replacing the set (in preparation). Each weight is checked ' +
        'now; that they sum to 100% when scoring starts (ASSESSMENT_WEIGHTS)',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        items: t.arg({ type: [ItemInput] }),
      },
      resolve: (query, _root, args, ctx) => {
        const items = parseInput(itemsInput, args.items, ['items']);
        return writeForRound(ctx, args.roundId.id, ['PREPARATION'], async (write) => {
          const { tx, districtId, round } = write;
          const before = await tx.evaluationItem.findMany({
            where: { roundId: round.id },
            orderBy: { position: 'asc' },
            select: { name: true, weight: true },
          });
          // No scores exist before scoring starts: the set is simply replaced.
          await tx.evaluationItem.deleteMany({ where: { roundId: round.id } });
          await tx.evaluationItem.createMany({
            data: items.map((item, position) => ({
              districtId,
              roundId: round.id,
              ...item,
              position,
            })),
          });
          await auditRound(write, 'item.set', changedFields({ items: before }, { items }));
          return reloadRound(write, query);
        });
      },
    }),
  );

  return { EvaluationItem: Item };
}
