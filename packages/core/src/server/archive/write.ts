import type { RequestContext } from '../../contract/context.ts';
import { writeAudited } from '../../services/audit.ts';
import type { WriteScope } from '../../services/workflow.ts';
import { actorOf } from '../scope.ts';

/** Runs an archive service in one audited transaction of the request's district. */
export function writeArchive<T>(
  ctx: RequestContext,
  work: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const actor = actorOf(ctx);
  return writeAudited(ctx.db, actor, (tx, audit, emit) => work({ tx, audit, emit, actor }));
}
