import { z } from 'zod';
import { NotFoundError } from '../errors/cadre-error.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { PermissionSet } from '../domain/permissions.ts';
import { catalogOf } from '../services/credentials.ts';
import { createRole, updateRoleGrants } from '../services/roles.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { actorOf } from './scope.ts';

const grantsInput = z.array(z.string().min(3).max(120)).max(500);
const roleInput = z.object({
  key: z.string().trim().min(2).max(40),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
  grants: grantsInput,
});

/** Permissions (declared by core and plugins) and the district's roles that grant them. */
export function registerRole(builder: Builder) {
  const Permission = builder
    .objectRef<{ key: string; zh: string; en: string; sensitive?: boolean }>('Permission')
    .implement({
      fields: (t) => ({
        key: t.exposeString('key', { description: '<plugin>.<resource>.<action>' }),
        label: t.string({ resolve: (p, _args, ctx) => p[ctx.language] }),
        sensitive: t.boolean({
          description: 'Granted only by its exact key; every use is audited',
          resolve: (p) => p.sensitive ?? false,
        }),
      }),
    });

  const Role = builder.prismaNode('Role', {
    id: { field: 'id' },
    fields: (t) => ({
      key: t.exposeString('key'),
      name: t.string({ resolve: (r, _args, ctx) => (ctx.language === 'en' ? r.nameEn : r.nameZh) }),
      nameZh: t.exposeString('nameZh'),
      nameEn: t.exposeString('nameEn'),
      builtIn: t.exposeBoolean('builtIn'),
      grants: t.exposeStringList('grants', {
        description: 'Exact keys, or patterns on built-in roles',
      }),
      permissions: t.field({
        type: [Permission],
        description: 'Every installed permission the grants cover',
        select: { grants: true },
        resolve: (r, _args, ctx) => {
          const catalog = catalogOf(ctx.plugins);
          const held = new PermissionSet(r.grants, catalog);
          return [...catalog]
            .filter(([key]) => held.has(key))
            .map(([key, spec]) => ({ key, ...spec }));
        },
      }),
    }),
  });

  builder.queryFields((t) => ({
    permissions: t.field({
      type: [Permission],
      description: 'Every permission core and the installed plugins declare',
      authScopes: { signedIn: true },
      resolve: (_root, _args, ctx) =>
        [...catalogOf(ctx.plugins)].map(([key, spec]) => ({ key, ...spec })),
    }),
    myPermissions: t.stringList({
      description: 'The permission keys the current credential holds',
      authScopes: { signedIn: true },
      resolve: (_root, _args, ctx) => ctx.permissions.keys(),
    }),
    roles: t.prismaField({
      type: [Role],
      authScopes: { permission: 'core.user.manage' },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.role.findMany({
          ...selecting(query),
          orderBy: [{ builtIn: 'desc' }, { key: 'asc' }],
        }),
    }),
  }));

  builder.mutationFields((t) => ({
    createRole: t.prismaField({
      type: Role,
      description: 'A custom role granting exact permission keys',
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: {
        input: t.arg({
          type: builder.inputType('CreateRoleInput', {
            fields: (f) => ({
              key: f.string(),
              nameZh: f.string(),
              nameEn: f.string(),
              grants: f.stringList(),
            }),
          }),
        }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(roleInput, args.input);
        const role = await createRole(ctx.db, actorOf(ctx), catalogOf(ctx.plugins), input, [
          'input',
        ]);
        return ctx.prisma.role.findUniqueOrThrow({ ...selecting(query), where: { id: role.id } });
      },
    }),
    setRoleGrants: t.prismaField({
      type: Role,
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: { roleId: t.arg.globalID({ for: Role }), grants: t.arg.stringList() },
      resolve: async (query, _root, args, ctx) => {
        const grants = parseInput(grantsInput, args.grants, ['grants']);
        const role = await updateRoleGrants(
          ctx.db,
          actorOf(ctx),
          catalogOf(ctx.plugins),
          args.roleId.id,
          grants,
        );
        const found = await ctx.prisma.role.findUnique({
          ...selecting(query),
          where: { id: role.id },
        });
        if (!found) throw new NotFoundError({ zh: '角色', en: 'Role' });
        return found;
      },
    }),
  }));

  return { Role };
}
