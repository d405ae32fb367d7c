import type { DistrictScope, RequestContext, Viewer } from '../contract/context.ts';
import { UnauthenticatedError } from '../errors/cadre-error.ts';
import type { Actor } from '../services/audit.ts';

/** The district every row of this request must belong to. */
export function districtOf(ctx: RequestContext): DistrictScope {
  if (!ctx.district) throw new UnauthenticatedError();
  return ctx.district;
}

export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

export function actorOf(ctx: RequestContext): Actor {
  const viewer = viewerOf(ctx);
  return { districtId: viewer.districtId, userId: viewer.userId };
}
