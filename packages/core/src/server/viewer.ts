import { z } from 'zod';
import type { RequestContext } from '../contract/context.ts';
import { UnauthenticatedError } from '../errors/cadre-error.ts';
import { SecondFactorEnrollmentError, SecondFactorRequiredError } from '../errors/login-errors.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { catalogOf, credentialContext, resolveCredential } from '../services/credentials.ts';
import { confirmSecondFactor, endSession, startSession } from '../services/users.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { actorOf } from './scope.ts';
import type { registerUser } from './user.ts';

const code = z.string().trim().max(16);
const credentials = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  code: code.nullish(),
});
const confirmation = z.object({
  username: z.string().trim().min(1).max(64),
  enrollmentToken: z.string().min(1).max(128),
  code,
});

/** The rest of a login response is read as the new session, within its district. */
async function signedIn(ctx: RequestContext, session: { token: string; expiresAt: Date }) {
  const resolved = await resolveCredential(
    ctx.db,
    catalogOf(ctx.plugins),
    ctx.security,
    session.token,
  );
  if (!resolved?.viewer) throw new UnauthenticatedError();
  Object.assign(ctx, credentialContext(ctx.db, resolved));
  return { ...session, userId: resolved.viewer.userId };
}

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
      description:
        'Sign in. Accounts holding an administrative permission also send the TOTP `code`; ' +
        'without it they get SecondFactorRequiredError, and without a second factor yet ' +
        'SecondFactorEnrollmentError with a new secret. Too many attempts: HTTP 429',
      errors: { types: [SecondFactorRequiredError, SecondFactorEnrollmentError] },
      args: {
        username: t.arg.string(),
        password: t.arg.string(),
        code: t.arg.string({ required: false, description: 'The 6-digit TOTP code' }),
      },
      resolve: async (_root, args, ctx) => {
        const input = parseInput(credentials, args, []);
        const session = await startSession(ctx.db, ctx.security, catalogOf(ctx.plugins), {
          ...input,
          client: ctx.clientAddress ?? 'local',
        });
        return signedIn(ctx, session);
      },
    }),
    confirmSecondFactor: t.field({
      type: LoginResult,
      description:
        'Confirms the secret of SecondFactorEnrollmentError with a first code from the ' +
        'authenticator, and signs in',
      errors: {},
      args: {
        username: t.arg.string(),
        enrollmentToken: t.arg.string(),
        code: t.arg.string(),
      },
      resolve: async (_root, args, ctx) => {
        const input = parseInput(confirmation, args, []);
        const session = await confirmSecondFactor(ctx.db, ctx.security, {
          ...input,
          client: ctx.clientAddress ?? 'local',
        });
        return signedIn(ctx, session);
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
