import type { Database } from './connection.ts';

/** Who the application's connections log in as, and what that login could do beyond its role. */
export interface RuntimeRole {
  login: string;
  superuser: boolean;
  bypassRls: boolean;
  /** The login is (or may become) the owner of the schema's tables: RLS would not bind it. */
  owner: boolean;
}

/** Reads the session's login: `session_user`, which `SET ROLE` and `RESET ROLE` do not change. */
export async function inspectRuntimeRole(db: Database): Promise<RuntimeRole> {
  const [row] = await db.prisma.$queryRaw<
    { login: string; superuser: boolean; bypass_rls: boolean; owner: boolean }[]
  >`SELECT session_user::text AS login, r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
           EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'core' AND c.relkind = 'r'
                      AND pg_has_role(session_user, c.relowner, 'MEMBER')) AS owner
      FROM pg_roles r WHERE r.rolname = session_user`;
  if (!row) throw new Error('The session user is not in pg_roles');
  return {
    login: row.login,
    superuser: row.superuser,
    bypassRls: row.bypass_rls,
    owner: row.owner,
  };
}

/**
 * What makes a login unfit to run the application with: any of these lets a session step out of
 * row-level security with `RESET ROLE`. Empty for a proper runtime login.
 */
export function runtimeRoleProblems(role: RuntimeRole): string[] {
  const problems: string[] = [];
  if (role.superuser) problems.push(`${role.login} is a superuser`);
  if (role.bypassRls) problems.push(`${role.login} has BYPASSRLS`);
  if (role.owner) problems.push(`${role.login} owns the tables (or may act as their owner)`);
  return problems;
}
