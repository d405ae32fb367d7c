import { z } from 'zod';
import { UnauthenticatedError } from '../errors/cadre-error.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { catalogOf, credentialContext, resolveCredential } from '../services/credentials.ts';
import { endSession, startSession } from '../services/users.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { actorOf } from './scope.ts';
import type { registerUser } from './user.ts';

const credentials = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Signing in and out. */
export function registerViewer(builder: Builder, { User }: ReturnType<typeof registerUser>) {
  const LoginResult = builder
    .objectRef<{ token: string; expiresAt: Date; userId: string }>('LoginResult')
    .implement({
      fields: (t) => ({
        token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`' }),
        expiresAt: t.expose('expiresAt', {
          type: 'DateTime',
          description: 'The latest end; a session idle for the idle timeout ends sooner',
        }),
        user: t.prismaField({
          type: User,
          resolve: (query, r, _args, ctx) =>
            ctx.prisma.user.findUniqueOrThrow({ ...selecting(query), where: { id: r.userId } }),
        }),
      }),
    });

  builder.mutationFields((t) => ({
    login: t.field({
      type: LoginResult,
      errors: {},
      args: { username: t.arg.string(), password: t.arg.string() },
      resolve: async (_root, args, ctx) => {
        const { username, password } = parseInput(credentials, args, []);
        const { token, expiresAt } = await startSession(ctx.db, ctx.security, username, password);
        // The rest of this response is read as the new session, within its district.
        const resolved = await resolveCredential(
          ctx.db,
          catalogOf(ctx.plugins),
          ctx.security,
          token,
        );
        if (!resolved?.viewer) throw new UnauthenticatedError();
        Object.assign(ctx, credentialContext(ctx.db, resolved));
        return { token, expiresAt, userId: resolved.viewer.userId };
      },
    }),
    logout: t.boolean({
      description: 'End this session on the server: its token stops working at once',
      authScopes: { signedIn: true },
      errors: {},
      resolve: async (_root, _args, ctx) => {
        if (ctx.credential?.kind === 'session')
          await endSession(ctx.db, actorOf(ctx), ctx.credential.id);
        return true;
      },
    }),
  }));
}
