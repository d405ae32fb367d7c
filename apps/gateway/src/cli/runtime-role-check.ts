import { type Database, inspectRuntimeRole, runtimeRoleProblems } from '@cadre/db';

/**
 * A PostgreSQL login that could leave row-level security (superuser, owner, BYPASSRLS) is refused
 * in production and named as a warning elsewhere (ADR 0007). The embedded database is one
 * in-process session and is not checked.
 */
export async function checkRuntimeRole(db: Database, production: boolean): Promise<void> {
  if (db.target.kind !== 'postgres') return;
  const problems = runtimeRoleProblems(await inspectRuntimeRole(db));
  if (problems.length === 0) return;
  const message = `DATABASE_URL 的登录角色不适合运行应用 / the DATABASE_URL login is unfit to run the application: ${problems.join('; ')}. Use a runtime login that is a member of cadre_app (README, "Production").`;
  if (production) throw new Error(message);
  console.warn(`警告 / warning: ${message}`);
}
