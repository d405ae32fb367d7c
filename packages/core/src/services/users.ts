import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '@cadre/db';
import type { DistrictScope, Viewer } from '../contract/context.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { type Actor, changedFields, writeAudited } from './audit.ts';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.ts';

const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;
/** A session lasts a working day at most; issue of idle timeouts belongs to the trust layer. */
const SESSION_HOURS = 12;

export interface NewUser {
  districtCode: string;
  username: string;
  displayName: string;
  password: string;
}

export async function createUser(prisma: PrismaClient, actor: Actor, input: NewUser) {
  const issues = [
    ...(USERNAME.test(input.username)
      ? []
      : [
          {
            path: 'username',
            code: 'INVALID',
            text: {
              zh: '用户名须以小写字母开头，3–32 位小写字母、数字或 _.-',
              en: 'Username: 3–32 lowercase letters, digits or _.-, starting with a letter',
            },
          },
        ]),
    ...(input.displayName.trim()
      ? []
      : [
          {
            path: 'displayName',
            code: 'REQUIRED',
            text: { zh: '姓名不能为空', en: 'Display name is required' },
          },
        ]),
    ...passwordProblems(input.password).map((text) => ({ path: 'password', code: 'WEAK', text })),
  ];
  if (issues.length > 0) throw new InputError(issues);
  const district = await prisma.district.findUnique({ where: { code: input.districtCode } });
  if (!district)
    throw new NotFoundError({
      zh: `区划 ${input.districtCode}`,
      en: `District ${input.districtCode}`,
    });
  if (await prisma.user.findUnique({ where: { username: input.username } })) {
    throw new RuleViolationError('CORE_USERNAME_TAKEN', {
      zh: `用户名 ${input.username} 已被使用`,
      en: `Username ${input.username} is taken`,
    });
  }
  const passwordHash = await hashPassword(input.password);
  return writeAudited(prisma, { ...actor, districtId: district.id }, async (tx, audit) => {
    const user = await tx.user.create({
      data: {
        districtId: district.id,
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
      },
    });
    await audit({
      operation: 'user.create',
      targetType: 'User',
      targetId: user.id,
      changes: changedFields({}, user),
    });
    return user;
  });
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

const BAD_LOGIN = {
  zh: '用户名或密码错误',
  en: 'Wrong username or password',
};

/** Starts a session; the token is returned once and stored only as its digest. */
export async function startSession(prisma: PrismaClient, username: string, password: string) {
  const user = await prisma.user.findUnique({ where: { username } });
  // Verify even for an unknown user, so timing does not tell which usernames exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$32768$8$1$AAAA$AAAA');
  if (!user || !ok || user.status !== 'ACTIVE') {
    throw new RuleViolationError('CORE_LOGIN_FAILED', BAD_LOGIN);
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await writeAudited(
    prisma,
    { districtId: user.districtId, userId: user.id },
    async (tx, audit) => {
      const session = await tx.session.create({
        data: { tokenHash: digest(token), userId: user.id, expiresAt },
      });
      await audit({
        operation: 'session.start',
        targetType: 'Session',
        targetId: session.id,
        changes: {},
      });
    },
  );
  return { token, expiresAt, user };
}

export async function endSession(prisma: PrismaClient, token: string, viewer: Viewer) {
  await writeAudited(
    prisma,
    { districtId: viewer.districtId, userId: viewer.userId },
    async (tx, audit) => {
      const { count } = await tx.session.deleteMany({
        where: { tokenHash: digest(token), userId: viewer.userId },
      });
      if (count > 0)
        await audit({
          operation: 'session.end',
          targetType: 'User',
          targetId: viewer.userId,
          changes: {},
        });
    },
  );
}

/**
 * The viewer and district of a bearer token, with the district's enabled plugins, in one query:
 * every request asks it, so a plugin switched off takes effect on the next request.
 */
export async function resolveSession(
  prisma: PrismaClient,
  token: string,
): Promise<{ viewer: Viewer; district: DistrictScope } | null> {
  // One statement: it runs before every request.
  const rows = await prisma.$queryRaw<
    {
      user_id: string;
      username: string;
      display_name: string;
      district_id: string;
      code: string;
      plugins: string[];
    }[]
  >`
    SELECT u.id AS user_id, u.username, u.display_name, d.id AS district_id, d.code,
           COALESCE(array_agg(p.plugin_id ORDER BY p.plugin_id) FILTER (WHERE p.plugin_id IS NOT NULL), '{}') AS plugins
      FROM core.session s
      JOIN core."user" u ON u.id = s.user_id AND u.status = 'ACTIVE'
      JOIN core.district d ON d.id = u.district_id
      LEFT JOIN core.district_plugin p ON p.district_id = d.id AND p.enabled
     WHERE s.token_hash = ${digest(token)} AND s.expires_at > now()
     GROUP BY u.id, d.id`;
  const row = rows[0];
  if (!row) return null;
  return {
    viewer: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      districtId: row.district_id,
    },
    district: { id: row.district_id, code: row.code, enabledPlugins: row.plugins },
  };
}
