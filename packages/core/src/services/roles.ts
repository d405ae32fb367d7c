import type { Database } from '@cadre/db';
import type { CadrePlugin } from '../contract/plugin.ts';
import { BUILT_IN_ROLES, CORE_PERMISSIONS } from '../domain/core-permissions.ts';
import type { PermissionCatalog, PermissionSpec } from '../domain/permissions.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { type Actor, changedFields, writeAudited } from './audit.ts';

/** Core's permissions and every installed plugin's, in that order. */
export function permissionCatalog(plugins: readonly CadrePlugin[]): PermissionCatalog {
  return new Map<string, PermissionSpec>([
    ...Object.entries(CORE_PERMISSIONS),
    ...plugins.flatMap((p) => Object.entries(p.permissions)),
  ]);
}

export function builtInRoleRows(districtId: string) {
  return BUILT_IN_ROLES.map((role) => ({
    districtId,
    key: role.key,
    nameZh: role.zh,
    nameEn: role.en,
    builtIn: true,
    grants: [...role.grants],
  }));
}

const ROLE_KEY = /^[a-z][a-z0-9-]{1,39}$/;
const ROLE = { zh: '角色', en: 'Role' };

export interface RoleInput {
  key: string;
  nameZh: string;
  nameEn: string;
  grants: string[];
}

/** Custom roles grant exact, declared keys: a role editor shows exactly what it gives. */
function checkRole(input: RoleInput, catalog: PermissionCatalog, prefix: string[]): void {
  const issues = [
    ...(ROLE_KEY.test(input.key)
      ? []
      : [
          {
            path: [...prefix, 'key'].join('.'),
            code: 'INVALID',
            text: {
              zh: '角色标识须为小写字母、数字或 -',
              en: 'Key: lowercase letters, digits or -',
            },
          },
        ]),
    ...input.grants
      .map((grant, i) => ({ grant, i }))
      .filter(({ grant }) => !catalog.has(grant))
      .map(({ grant, i }) => ({
        path: [...prefix, 'grants', i].join('.'),
        code: 'UNKNOWN_PERMISSION',
        text: { zh: `未知权限 ${grant}`, en: `Unknown permission ${grant}` },
      })),
  ];
  if (issues.length > 0) throw new InputError(issues);
}

export async function createRole(
  db: Database,
  actor: Actor,
  catalog: PermissionCatalog,
  input: RoleInput,
  /** Where the input sits in the request, for the paths of its issues. */
  prefix: string[] = [],
) {
  checkRole(input, catalog, prefix);
  return writeAudited(db, actor, async (tx, audit) => {
    if (await tx.role.findFirst({ where: { districtId: actor.districtId, key: input.key } }))
      throw new RuleViolationError('CORE_ROLE_KEY_TAKEN', {
        zh: `角色标识 ${input.key} 已存在`,
        en: `Role key ${input.key} exists`,
      });
    const role = await tx.role.create({
      data: { ...input, grants: [...new Set(input.grants)], districtId: actor.districtId },
    });
    await audit({
      operation: 'role.create',
      targetType: 'Role',
      targetId: role.id,
      changes: changedFields({}, role),
    });
    return role;
  });
}

export async function updateRoleGrants(
  db: Database,
  actor: Actor,
  catalog: PermissionCatalog,
  roleId: string,
  grants: string[],
) {
  return writeAudited(db, actor, async (tx, audit) => {
    const before = await tx.role.findFirst({ where: { id: roleId } });
    if (!before) throw new NotFoundError(ROLE);
    if (before.builtIn)
      throw new RuleViolationError('CORE_ROLE_BUILT_IN', {
        zh: '内置角色不能修改',
        en: 'Built-in roles cannot be changed',
      });
    checkRole({ ...before, grants }, catalog, []);
    const role = await tx.role.update({
      where: { id: roleId },
      data: { grants: [...new Set(grants)] },
    });
    await audit({
      operation: 'role.update',
      targetType: 'Role',
      targetId: role.id,
      changes: changedFields(before, role),
    });
    return role;
  });
}

/** Replaces a user's roles in the actor's district. */
export async function setUserRoles(db: Database, actor: Actor, userId: string, roleIds: string[]) {
  return writeAudited(db, actor, async (tx, audit) => {
    const user = await tx.user.findFirst({ where: { id: userId }, include: { roles: true } });
    if (!user) throw new NotFoundError({ zh: '用户', en: 'User' });
    const roles = await tx.role.findMany({ where: { id: { in: roleIds } } });
    if (roles.length !== new Set(roleIds).size) throw new NotFoundError(ROLE);
    await tx.userRole.deleteMany({ where: { userId } });
    await tx.userRole.createMany({
      data: roles.map((r) => ({ districtId: actor.districtId, userId, roleId: r.id })),
    });
    await audit({
      operation: 'user.roles.set',
      targetType: 'User',
      targetId: userId,
      changes: {
        roles: [user.roles.map((r) => r.roleId).sort(), roles.map((r) => r.id).sort()],
      },
    });
    return tx.user.findUniqueOrThrow({ where: { id: userId } });
  });
}
