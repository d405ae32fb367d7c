import { z } from 'zod';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { setUserRoles } from '../services/roles.ts';
import { createUser, resetSecondFactor, setUserStatus } from '../services/users.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';
import type { registerRole } from './role.ts';

const uuid = z.uuid(bilingual('标识格式错误', 'Malformed id'));
const newUser = z.object({
  username: z.string().trim().max(64),
  displayName: z.string().trim().max(40),
  password: z.string().max(256),
  roleIds: z.array(uuid).max(20),
  unitId: uuid.nullish(),
});

/** Staff accounts of the district: who they are, their roles, and their status. */
export function registerUser(builder: Builder, { Role }: ReturnType<typeof registerRole>) {
  const Status = builder.enumType('UserStatus', { values: ['ACTIVE', 'DISABLED'] as const });

  const User = builder.prismaNode('User', {
    id: { field: 'id' },
    fields: (t) => ({
      username: t.exposeString('username'),
      displayName: t.exposeString('displayName'),
      district: t.relation('district'),
      unit: t.relation('unit', { nullable: true }),
      status: t.expose('status', { type: Status }),
      locked: t.boolean({
        description:
          'Waiting out a login delay after repeated failed logins, until it ends or is lifted',
        select: { lockedUntil: true },
        resolve: (u) => u.lockedUntil !== null && u.lockedUntil > new Date(),
      }),
      secondFactorEnrolled: t.boolean({
        description: 'Has a confirmed TOTP second factor (administrative accounts need one)',
        select: { secondFactor: { select: { confirmedAt: true } } },
        resolve: (u) => u.secondFactor?.confirmedAt != null,
      }),
      roles: t.field({
        type: [Role],
        complexity: listCost(LIST_BOUNDS.userRoles),
        select: { roles: { select: { role: true } } },
        resolve: (u) => u.roles.map((r) => r.role),
      }),
    }),
  });

  builder.queryFields((t) => ({
    me: t.prismaField({
      type: User,
      nullable: true,
      description: 'The signed-in staff member, or null (also for API keys)',
      resolve: (query, _root, _args, ctx) =>
        ctx.viewer
          ? ctx.prisma.user.findUnique({ ...selecting(query), where: { id: ctx.viewer.userId } })
          : null,
    }),
    users: t.prismaField({
      type: [User],
      description: "The staff accounts of the viewer's district",
      authScopes: { permission: 'core.user.manage' },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.user.findMany({
          ...selecting(query),
          where: { districtId: districtOf(ctx).id },
          orderBy: { username: 'asc' },
        }),
    }),
  }));

  const CreateUserInput = builder.inputType('CreateUserInput', {
    fields: (f) => ({
      username: f.string(),
      displayName: f.string(),
      password: f.string({
        description: '至少 10 位，含字母和数字 / 10+ characters, letters and digits',
      }),
      roleIds: f.globalIDList({ for: Role }),
      unitId: f.globalID({ required: false }),
    }),
  });

  builder.mutationFields((t) => ({
    createUser: t.prismaField({
      type: User,
      description: "A staff account in the viewer's district",
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: { input: t.arg({ type: CreateUserInput }) },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(newUser, {
          ...args.input,
          roleIds: args.input.roleIds.map((g) => g.id),
          unitId: args.input.unitId?.id ?? null,
        });
        const roles = await ctx.prisma.role.findMany({ where: { id: { in: input.roleIds } } });
        const user = await createUser(ctx.db, actorOf(ctx), {
          ...input,
          districtCode: districtOf(ctx).code,
          // An id of another district's role is not found, like any unknown id.
          roleKeys: input.roleIds.map((id) => roles.find((r) => r.id === id)?.key ?? id),
        });
        return ctx.prisma.user.findUniqueOrThrow({ ...selecting(query), where: { id: user.id } });
      },
    }),
    setUserRoles: t.prismaField({
      type: User,
      description: "Replace a user's roles",
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: { userId: t.arg.globalID({ for: User }), roleIds: t.arg.globalIDList({ for: Role }) },
      resolve: async (query, _root, args, ctx) => {
        const { userId, roleIds } = parseInput(
          z.object({ userId: uuid, roleIds: z.array(uuid).max(20) }),
          { userId: args.userId.id, roleIds: args.roleIds.map((g) => g.id) },
          [],
        );
        await setUserRoles(ctx.db, actorOf(ctx), userId, roleIds);
        return ctx.prisma.user.findUniqueOrThrow({ ...selecting(query), where: { id: userId } });
      },
    }),
    setUserStatus: t.prismaField({
      type: User,
      description: 'Disable an account (its sessions end) or enable it; either lifts a lock',
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: { userId: t.arg.globalID({ for: User }), status: t.arg({ type: Status }) },
      resolve: async (query, _root, args, ctx) => {
        const { userId } = parseInput(z.object({ userId: uuid }), { userId: args.userId.id }, []);
        await setUserStatus(ctx.db, actorOf(ctx), userId, args.status);
        return ctx.prisma.user.findUniqueOrThrow({ ...selecting(query), where: { id: userId } });
      },
    }),
    resetSecondFactor: t.prismaField({
      type: User,
      description:
        "Remove a user's second factor (a lost authenticator): the next sign-in enrolls a new one",
      authScopes: { permission: 'core.user.manage' },
      errors: {},
      args: { userId: t.arg.globalID({ for: User }) },
      resolve: async (query, _root, args, ctx) => {
        const { userId } = parseInput(z.object({ userId: uuid }), { userId: args.userId.id }, []);
        await resetSecondFactor(ctx.db, actorOf(ctx), userId);
        return ctx.prisma.user.findUniqueOrThrow({ ...selecting(query), where: { id: userId } });
      },
    }),
  }));

  return { User };
}
