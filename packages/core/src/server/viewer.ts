import { z } from 'zod';
import type { Session, User } from '@cadre/db/client';
import { parseInput } from '../errors/zod-issues.ts';
import { endSession, startSession } from '../services/users.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { viewerOf } from './scope.ts';

const credentials = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Staff accounts: who is signed in, signing in and out. */
export function registerViewer(builder: Builder) {
  const UserRef = builder.prismaNode('User', {
    id: { field: 'id' },
    fields: (t) => ({
      username: t.exposeString('username'),
      displayName: t.exposeString('displayName'),
      district: t.relation('district'),
    }),
  });

  const LoginResult = builder
    .objectRef<{ token: string; expiresAt: Session['expiresAt']; user: User }>('LoginResult')
    .implement({
      fields: (t) => ({
        token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`' }),
        expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
        user: t.field({ type: UserRef, resolve: (r) => r.user }),
      }),
    });

  builder.queryField('me', (t) =>
    t.prismaField({
      type: UserRef,
      nullable: true,
      description: 'The signed-in user, or null',
      resolve: (query, _root, _args, ctx) =>
        ctx.viewer
          ? ctx.prisma.user.findUnique({ ...selecting(query), where: { id: ctx.viewer.userId } })
          : null,
    }),
  );

  builder.mutationFields((t) => ({
    login: t.field({
      type: LoginResult,
      errors: {},
      args: { username: t.arg.string(), password: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const { username, password } = parseInput(credentials, args, []);
        return startSession(ctx.prisma, username, password);
      },
    }),
    logout: t.boolean({
      authScopes: { signedIn: true },
      errors: {},
      resolve: async (_root, _args, ctx) => {
        if (ctx.sessionToken) await endSession(ctx.prisma, ctx.sessionToken, viewerOf(ctx));
        return true;
      },
    }),
  }));
}
