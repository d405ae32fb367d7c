import type { PrismaClient, SqlClient } from '@cadre/db';

/** The signed-in staff member a request acts for. */
export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  districtId: string;
}

/** The tenant a request is scoped to, with the plugins it has switched on. */
export interface DistrictScope {
  id: string;
  code: string;
  enabledPlugins: readonly string[];
}

export type Language = 'zh' | 'en';

/** What every resolver receives. Every row it reads or writes belongs to `district`. */
export interface RequestContext {
  prisma: PrismaClient;
  /** Pooled SQL for the hot read paths (the registry); writes go through `prisma`. */
  sql: SqlClient;
  requestId: string;
  language: Language;
  viewer: Viewer | null;
  district: DistrictScope | null;
  /** The bearer token of this request's session, so `logout` can end exactly that one. */
  sessionToken: string | null;
}
