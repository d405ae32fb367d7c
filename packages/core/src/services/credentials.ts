import type { Database } from '@cadre/db';
import type { Credential, DistrictScope, RequestContext, Viewer } from '../contract/context.ts';
import type { CadrePlugin } from '../contract/plugin.ts';
import { type PermissionCatalog, PermissionSet } from '../domain/permissions.ts';
import { permissionCatalog } from './roles.ts';
import type { SecurityPolicy } from './security-policy.ts';
import { digest } from './users.ts';

/** Partner API keys carry this prefix; anything else in `Authorization: Bearer` is a session token. */
export const API_KEY_PREFIX = 'ck_';

/** Who a request is, resolved fresh on every request (one statement), nothing cached across them. */
export interface ResolvedCredential {
  credential: Credential;
  viewer: Viewer | null;
  district: DistrictScope;
  permissions: PermissionSet;
  /** Requests of this credential in the current minute, this one included, and the allowance. */
  rate: { count: number; limit: number };
}

interface SessionRow {
  session_id: string;
  user_id: string;
  username: string;
  display_name: string;
  district_id: string;
  district_code: string;
  district_level: 'CITY' | 'DISTRICT';
  plugins: string[];
  grants: string[];
  requests: number;
}

interface ApiKeyRow {
  key_id: string;
  name: string;
  district_id: string;
  district_code: string;
  district_level: 'CITY' | 'DISTRICT';
  plugins: string[];
  permissions: string[];
  trusted_only: boolean;
  rate_limit: number;
  requests: number;
}

export async function resolveCredential(
  db: Database,
  catalog: PermissionCatalog,
  policy: SecurityPolicy,
  secret: string,
): Promise<ResolvedCredential | null> {
  if (secret.startsWith(API_KEY_PREFIX)) {
    const [row] = await db.prisma.$queryRaw<ApiKeyRow[]>`
      SELECT * FROM core.resolve_api_key(${digest(secret)})`;
    if (!row) return null;
    return {
      credential: {
        kind: 'api-key',
        id: row.key_id,
        name: row.name,
        trustedOnly: row.trusted_only,
      },
      viewer: null,
      district: scope(row),
      permissions: new PermissionSet(row.permissions, catalog),
      rate: { count: row.requests, limit: row.rate_limit },
    };
  }
  const idle = `${policy.sessionIdleMinutes} minutes`;
  const [row] = await db.prisma.$queryRaw<SessionRow[]>`
    SELECT * FROM core.resolve_session(${digest(secret)}, ${idle}::interval)`;
  if (!row) return null;
  return {
    credential: { kind: 'session', id: row.session_id, token: secret },
    viewer: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      districtId: row.district_id,
    },
    district: scope(row),
    permissions: new PermissionSet(row.grants, catalog),
    rate: { count: row.requests, limit: policy.sessionRequestsPerMinute },
  };
}

function scope(row: SessionRow | ApiKeyRow): DistrictScope {
  return {
    id: row.district_id,
    code: row.district_code,
    level: row.district_level,
    enabledPlugins: row.plugins,
  };
}

type CredentialFields = Pick<
  RequestContext,
  'prisma' | 'sql' | 'credential' | 'viewer' | 'district' | 'permissions'
>;

/** The parts of a request's context that follow from its credential (or its lack of one). */
export function credentialContext(
  db: Database,
  resolved: ResolvedCredential | null,
): CredentialFields {
  if (!resolved) {
    return {
      prisma: db.prisma,
      sql: db.forDistrict(NO_DISTRICT).sql,
      credential: null,
      viewer: null,
      district: null,
      permissions: PermissionSet.NONE,
    };
  }
  const data = db.forDistrict(resolved.district.id);
  return {
    prisma: data.prisma,
    sql: data.sql,
    credential: resolved.credential,
    viewer: resolved.viewer,
    district: resolved.district,
    permissions: resolved.permissions,
  };
}

/** A district id that names no district: SQL run for an anonymous request sees no tenant rows. */
const NO_DISTRICT = '00000000-0000-0000-0000-000000000000';

const catalogs = new WeakMap<readonly CadrePlugin[], PermissionCatalog>();

/** The permission catalog of a gateway's installed plugins, built once. */
export function catalogOf(plugins: readonly CadrePlugin[]): PermissionCatalog {
  let catalog = catalogs.get(plugins);
  if (!catalog) {
    catalog = permissionCatalog(plugins);
    catalogs.set(plugins, catalog);
  }
  return catalog;
}
