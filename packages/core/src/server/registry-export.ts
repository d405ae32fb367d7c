import { z } from 'zod';
import { CADRE_REGISTRY_TARGET } from '../domain/audit-labels.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { writeAudited } from '../services/audit.ts';
import type { Builder } from './builder.ts';
import type { registerCadreInputs } from './cadre-inputs.ts';
import { actorOf, districtOf } from './scope.ts';

// 导出干部名册: the admin UI pages through `cadres` and writes the spreadsheet itself; before it
// saves the file it records here what left the system, and saves nothing if this fails.

const exportInput = z.object({
  columns: z
    .array(
      z
        .string()
        .regex(
          /^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/,
          bilingual('列名应为字母开头的代码', 'A column is a code starting with a letter'),
        ),
    )
    .min(1, bilingual('至少导出一列', 'Export at least one column'))
    .max(60),
  rows: z
    .number()
    .int()
    .min(0, bilingual('导出人数不能为负数', 'The row count cannot be negative'))
    .max(1_000_000),
});

export function registerRegistryExport(
  builder: Builder,
  CadreFilter: ReturnType<typeof registerCadreInputs>['CadreFilter'],
) {
  builder.mutationField('recordRegistryExport', (t) =>
    t.boolean({
      description:
        'Records an export of the registry (filter, columns, row count) in the audit trail; ' +
        'call before saving the file, and save nothing if it fails',
      authScopes: { permission: 'core.cadre.read' },
      errors: {},
      args: {
        filter: t.arg({ type: CadreFilter, required: false }),
        columns: t.arg.stringList(),
        rows: t.arg.int(),
      },
      resolve: async (_root, args, ctx) => {
        const input = parseInput(exportInput, args, []);
        // As the trail stores JSON: ids decoded, unset filters left out.
        const filter: unknown = JSON.parse(JSON.stringify(args.filter ?? {}));
        await writeAudited(ctx.db, actorOf(ctx), (_tx, audit) =>
          audit({
            operation: 'cadre.registry.export',
            targetType: CADRE_REGISTRY_TARGET,
            targetId: districtOf(ctx).id,
            changes: {
              filter: [null, filter],
              columns: [null, input.columns],
              rows: [null, input.rows],
            },
          }),
        );
        return true;
      },
    }),
  );
}
