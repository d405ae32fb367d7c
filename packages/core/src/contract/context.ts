import type { Database, PrismaClient, SqlClient } from '@cadre/db';
import type { PermissionSet } from '../domain/permissions.ts';
import type { SecurityPolicy } from '../services/security-policy.ts';
import type { CadrePlugin } from './plugin.ts';

/** The signed-in staff member a request acts for. */
export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  districtId: string;
}

/** What authenticated the request: a staff session or a partner system's API key. */
export type Credential =
  | { kind: 'session'; id: string; token: string }
  | { kind: 'api-key'; id: string; name: string; trustedOnly: boolean };

/** The tenant a request is scoped to, with the plugins it has switched on. */
export interface DistrictScope {
  id: string;
  code: string;
  level: 'CITY' | 'DISTRICT';
  enabledPlugins: readonly string[];
}

export type Language = 'zh' | 'en';

/** What every resolver receives. Every row it reads or writes belongs to `district`. */
export interface RequestContext {
  /** The whole database, for writes (`writeAudited`) and transactions within `district`. */
  db: Database;
  /** Reads within `district` (row-level security); outside a district it sees no district rows. */
  prisma: PrismaClient;
  /** Pooled SQL within `district` for the hot read paths (the registry). */
  sql: SqlClient;
  requestId: string;
  language: Language;
  credential: Credential | null;
  /** The staff member, for session credentials; null for API keys. */
  viewer: Viewer | null;
  district: DistrictScope | null;
  permissions: PermissionSet;
  /** Every plugin installed in the gateway; `district.enabledPlugins` says which are on here. */
  plugins: readonly CadrePlugin[];
  /** Session and login rules of this deployment. */
  security: SecurityPolicy;
  /** The client's address (login attempts are counted per address); absent outside HTTP. */
  clientAddress?: string;
}
