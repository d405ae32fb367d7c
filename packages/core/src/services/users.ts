import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@cadre/db';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { type Actor, changedFields, writeAudited } from './audit.ts';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.ts';
import type { SecurityPolicy } from './security-policy.ts';

const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;
const USER = { zh: '用户', en: 'User' };

export interface NewUser {
  districtCode: string;
  username: string;
  displayName: string;
  password: string;
  /** Keys of roles in the district, e.g. `cadre-section`. */
  roleKeys?: readonly string[];
  unitId?: string | null;
}

export const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

interface LoginAccount {
  id: string;
  district_id: string;
  password_hash: string;
  status: string;
  failed_logins: number;
  locked_until: Date | null;
}

/** The account behind a username, whichever district it is in (a credential lookup). */
async function loginAccount(db: Database, username: string): Promise<LoginAccount | null> {
  const rows = await db.prisma.$queryRaw<
    LoginAccount[]
  >`SELECT * FROM core.login_account(${username})`;
  return rows[0] ?? null;
}

export async function createUser(db: Database, actor: Omit<Actor, 'districtId'>, input: NewUser) {
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
  const district = await db.prisma.district.findUnique({ where: { code: input.districtCode } });
  if (!district)
    throw new NotFoundError({
      zh: `区划 ${input.districtCode}`,
      en: `District ${input.districtCode}`,
    });
  // Usernames are unique across districts: ask the credential lookup, which sees them all.
  if ((await loginAccount(db, input.username)) !== null) {
    throw new RuleViolationError('CORE_USERNAME_TAKEN', {
      zh: `用户名 ${input.username} 已被使用`,
      en: `Username ${input.username} is taken`,
    });
  }
  const passwordHash = await hashPassword(input.password);
  const roleKeys = [...new Set(input.roleKeys ?? [])];
  return writeAudited(db, { ...actor, districtId: district.id }, async (tx, audit) => {
    const roles = await tx.role.findMany({ where: { key: { in: roleKeys } } });
    const missing = roleKeys.find((key) => !roles.some((r) => r.key === key));
    if (missing) throw new NotFoundError({ zh: `角色 ${missing}`, en: `Role ${missing}` });
    if (input.unitId && !(await tx.unit.findFirst({ where: { id: input.unitId } })))
      throw new NotFoundError({ zh: '单位', en: 'Unit' });
    const user = await tx.user.create({
      data: {
        districtId: district.id,
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        unitId: input.unitId ?? null,
        roles: { create: roles.map((r) => ({ roleId: r.id, districtId: district.id })) },
      },
    });
    await audit({
      operation: 'user.create',
      targetType: 'User',
      targetId: user.id,
      changes: { ...changedFields({}, user), roles: [[], roleKeys] },
    });
    return user;
  });
}

const BAD_LOGIN = { zh: '用户名或密码错误', en: 'Wrong username or password' };
/** Verified when the username is unknown, so timing does not tell which usernames exist. */
const DUMMY_HASH = `scrypt$32768$8$1$${'A'.repeat(22)}==$${'A'.repeat(43)}=`;

/**
 * Starts a session; the token is returned once and stored only as its digest. Failed attempts
 * count up and lock the account at the policy's limit; a locked account cannot sign in, even
 * with the right password, until the lock ends or an administrator lifts it.
 */
export async function startSession(
  db: Database,
  policy: SecurityPolicy,
  username: string,
  password: string,
) {
  const account = await loginAccount(db, username);
  const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
  if (!account) throw new RuleViolationError('CORE_LOGIN_FAILED', BAD_LOGIN);
  const actor = {
    districtId: account.district_id,
    label: `user:${account.id}`,
    userId: account.id,
  };
  const now = new Date();
  if (account.locked_until && account.locked_until > now) {
    throw new RuleViolationError('CORE_ACCOUNT_LOCKED', {
      zh: '账号因多次登录失败已被锁定，请稍后再试或联系管理员解锁',
      en: 'The account is locked after repeated failed logins; try later or ask an administrator',
    });
  }
  if (!ok || account.status !== 'ACTIVE') {
    const failures = account.failed_logins + 1;
    const locks = failures >= policy.maxFailedLogins;
    // Kept although the login fails: counting failures is the point.
    await writeAudited(db, actor, async (tx, audit) => {
      await tx.user.update({
        where: { id: account.id },
        data: {
          failedLogins: locks ? 0 : failures,
          lockedUntil: locks ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null,
        },
      });
      await audit({
        operation: locks ? 'user.lock' : 'session.refuse',
        targetType: 'User',
        targetId: account.id,
        changes: { failedLogins: [account.failed_logins, failures] },
      });
    });
    throw new RuleViolationError('CORE_LOGIN_FAILED', BAD_LOGIN);
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.sessionLifetimeHours * 3600_000);
  await writeAudited(db, actor, async (tx, audit) => {
    const session = await tx.session.create({
      data: {
        tokenHash: digest(token),
        userId: account.id,
        districtId: account.district_id,
        expiresAt,
      },
    });
    await tx.user.update({
      where: { id: account.id },
      data: { failedLogins: 0, lockedUntil: null },
    });
    await audit({
      operation: 'session.start',
      targetType: 'Session',
      targetId: session.id,
      changes: {},
    });
  });
  return { token, expiresAt };
}

/** Ends the session server-side: its token stops working at once, in every gateway process. */
export async function endSession(db: Database, actor: Actor, sessionId: string) {
  await writeAudited(db, actor, async (tx, audit) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId } });
    if (count > 0)
      await audit({
        operation: 'session.end',
        targetType: 'Session',
        targetId: sessionId,
        changes: {},
      });
  });
}

/** Disables or re-enables an account; either way its lock is lifted, and disabling ends its sessions. */
export async function setUserStatus(
  db: Database,
  actor: Actor,
  userId: string,
  status: 'ACTIVE' | 'DISABLED',
) {
  return writeAudited(db, actor, async (tx, audit) => {
    const before = await tx.user.findFirst({ where: { id: userId } });
    if (!before) throw new NotFoundError(USER);
    const user = await tx.user.update({
      where: { id: userId },
      data: { status, failedLogins: 0, lockedUntil: null },
    });
    if (status === 'DISABLED') await tx.session.deleteMany({ where: { userId } });
    await audit({
      operation: status === 'ACTIVE' ? 'user.enable' : 'user.disable',
      targetType: 'User',
      targetId: userId,
      changes: changedFields(before, user),
    });
    return user;
  });
}
