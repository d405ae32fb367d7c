import type { RequestContext } from '../contract/context.ts';
import { writeAudited } from '../services/audit.ts';
import { loaderFor } from './loaders.ts';
import { actorOf } from './scope.ts';

/**
 * Records that the credential read a sensitive field of these targets before the value is
 * returned: the reads of one request share one transaction, and no record means no value.
 */
export async function auditSensitiveRead(
  ctx: RequestContext,
  operation: string,
  targetType: string,
  targetId: string,
): Promise<void> {
  const loader = loaderFor<true>(
    ctx,
    `sensitive-read:${operation}:${targetType}`,
    async (ids) => {
      await writeAudited(ctx.db, actorOf(ctx), async (_tx, audit) => {
        for (const id of ids) await audit({ operation, targetType, targetId: id, changes: {} });
      });
      return ids.map((id) => [id, true]);
    },
    true,
  );
  await loader.load(targetId);
}
