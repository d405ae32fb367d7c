import type { DistrictScope, RequestContext, Viewer } from '../contract/context.ts';
import { UnauthenticatedError } from '../errors/cadre-error.ts';
import type { Actor } from '../services/audit.ts';

/** The district every row of this request must belong to. */
export function districtOf(ctx: RequestContext): DistrictScope {
  if (!ctx.district) throw new UnauthenticatedError();
  return ctx.district;
}

/** The signed-in staff member; API keys have none. */
export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** Who the audit names for this request's writes: a user or a partner key, in its district. */
export function actorOf(ctx: RequestContext): Actor {
  const district = districtOf(ctx);
  const credential = ctx.credential;
  if (!credential) throw new UnauthenticatedError();
  return credential.kind === 'session'
    ? {
        districtId: district.id,
        label: `user:${viewerOf(ctx).userId}`,
        userId: viewerOf(ctx).userId,
        requestId: ctx.requestId,
      }
    : {
        districtId: district.id,
        label: `api-key:${credential.id}`,
        userId: null,
        requestId: ctx.requestId,
      };
}
