import { createHash, randomBytes } from 'node:crypto';
import type { Database, Transaction } from '@cadre/db';
import type { PermissionCatalog } from '../domain/permissions.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { SecondFactorEnrollmentError, SecondFactorRequiredError } from '../errors/login-errors.ts';
import { type Actor, type Audit, changedFields, writeAudited } from './audit.ts';
import {
  ENROLLMENT_MINUTES,
  isAdministrative,
  loginDelaySeconds,
  newEnrollmentToken,
  newTotpSecret,
  throttleLogin,
  totpStep,
} from './login-protection.ts';
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

/** Every failed sign-in answers this, whatever the reason: nothing tells which usernames exist. */
const BAD_LOGIN = {
  zh: '登录失败：用户名、密码或动态码有误，或尝试过多需稍候再试',
  en: 'Sign-in failed: wrong username, password or code, or too many attempts (wait and retry)',
};
const loginFailed = () => new RuleViolationError('CORE_LOGIN_FAILED', BAD_LOGIN);
/** Verified when the password must not be checked, so every failure takes the time of a hash. */
const DUMMY_HASH = `scrypt$32768$8$1$${'A'.repeat(22)}==$${'A'.repeat(43)}=`;

export interface LoginAttempt {
  username: string;
  password: string;
  /** The TOTP code, for accounts that hold an administrative permission. */
  code?: string | null;
  /** The client's address: login attempts are counted per address and in all. */
  client: string;
}

const actorFor = (account: LoginAccount) => ({
  districtId: account.district_id,
  label: `user:${account.id}`,
  userId: account.id,
});

/**
 * Counts a failure in a row: past the policy's count the account must wait a delay that doubles
 * with each further failure (capped). Kept although the login fails: counting is the point.
 */
async function recordFailure(db: Database, policy: SecurityPolicy, account: LoginAccount) {
  const failures = account.failed_logins + 1;
  const delay = loginDelaySeconds(failures, policy);
  await writeAudited(db, actorFor(account), async (tx, audit) => {
    await tx.user.update({
      where: { id: account.id },
      data: {
        failedLogins: failures,
        lockedUntil: delay > 0 ? new Date(Date.now() + delay * 1000) : null,
      },
    });
    await audit({
      operation: delay > 0 ? 'user.delay' : 'session.refuse',
      targetType: 'User',
      targetId: account.id,
      changes: {
        failedLogins: [account.failed_logins, failures],
        ...(delay > 0 ? { delaySeconds: [null, delay] } : {}),
      },
    });
  });
}

/** A new session for the account, its failure count cleared, within the caller's transaction. */
async function issueSession(
  tx: Transaction,
  audit: Audit,
  policy: SecurityPolicy,
  account: LoginAccount,
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + policy.sessionLifetimeHours * 3600_000);
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
  return { token, expiresAt };
}

/**
 * Starts a session; the token is returned once and stored only as its digest.
 *
 * Attempts are counted per client and in all before anything else (over the limit: HTTP 429).
 * Unknown user, wrong password, disabled account, an account still waiting out its delay and a
 * wrong or replayed code all answer `CORE_LOGIN_FAILED` with one text, after one password hash.
 * An account holding an administrative permission then needs a TOTP code (ADR 0013); without a
 * second factor yet it gets a new secret to enroll instead of a session.
 */
export async function startSession(
  db: Database,
  policy: SecurityPolicy,
  catalog: PermissionCatalog,
  attempt: LoginAttempt,
) {
  await throttleLogin(db, policy, attempt.client);
  const account = await loginAccount(db, attempt.username);
  const waiting = account?.locked_until != null && account.locked_until > new Date();
  const ok = await verifyPassword(
    attempt.password,
    account && !waiting ? account.password_hash : DUMMY_HASH,
  );
  // Waiting out the delay does not lengthen it: such attempts are not counted.
  if (!account || waiting) throw loginFailed();
  if (!ok || account.status !== 'ACTIVE') {
    await recordFailure(db, policy, account);
    throw loginFailed();
  }

  if (policy.adminSecondFactor && (await holdsAdministration(db, account, catalog))) {
    const factor = await db
      .forDistrict(account.district_id)
      .prisma.userSecondFactor.findUnique({ where: { userId: account.id } });
    if (!factor?.secret) throw await startEnrollment(db, account, attempt.username);
    if (!attempt.code) throw new SecondFactorRequiredError();
    const step = totpStep(factor.secret, attempt.code);
    if (step === null || step <= factor.lastStep) {
      await recordFailure(db, policy, account);
      throw loginFailed();
    }
    return writeAudited(db, actorFor(account), async (tx, audit) => {
      // A code is accepted once: of two requests with the same code, one claims its step.
      const { count } = await tx.userSecondFactor.updateMany({
        where: { userId: account.id, lastStep: { lt: step } },
        data: { lastStep: step },
      });
      if (count === 0) throw loginFailed();
      return issueSession(tx, audit, policy, account);
    });
  }
  return writeAudited(db, actorFor(account), (tx, audit) =>
    issueSession(tx, audit, policy, account),
  );
}

async function holdsAdministration(
  db: Database,
  account: LoginAccount,
  catalog: PermissionCatalog,
): Promise<boolean> {
  const roles = await db.forDistrict(account.district_id).prisma.userRole.findMany({
    where: { userId: account.id },
    select: { role: { select: { grants: true } } },
  });
  return isAdministrative(
    roles.flatMap((r) => r.role.grants),
    catalog,
  );
}

/** A pending secret for the account; the error that carries it is the login's answer. */
async function startEnrollment(
  db: Database,
  account: LoginAccount,
  username: string,
): Promise<SecondFactorEnrollmentError> {
  const { secret, uri } = newTotpSecret(username);
  const token = newEnrollmentToken();
  const expiresAt = new Date(Date.now() + ENROLLMENT_MINUTES * 60_000);
  await writeAudited(db, actorFor(account), async (tx, audit) => {
    const pending = {
      pendingSecret: secret,
      pendingTokenHash: digest(token),
      pendingExpiresAt: expiresAt,
    };
    await tx.userSecondFactor.upsert({
      where: { userId: account.id },
      create: { userId: account.id, districtId: account.district_id, ...pending },
      update: pending,
    });
    // The secret stays out of the record: only that an enrollment began.
    await audit({
      operation: 'user.second-factor.begin',
      targetType: 'User',
      targetId: account.id,
      changes: {},
    });
  });
  return new SecondFactorEnrollmentError(secret, uri, token, expiresAt);
}

export interface EnrollmentConfirmation {
  username: string;
  enrollmentToken: string;
  code: string;
  client: string;
}

/**
 * Confirms a pending second factor with a first valid code from the authenticator and starts the
 * session. A wrong code counts as a failed login; an unknown or expired token answers as one.
 */
export async function confirmSecondFactor(
  db: Database,
  policy: SecurityPolicy,
  input: EnrollmentConfirmation,
) {
  await throttleLogin(db, policy, input.client);
  const account = await loginAccount(db, input.username);
  const now = new Date();
  if (!account || account.status !== 'ACTIVE' || (account.locked_until ?? now) > now)
    throw loginFailed();
  const factor = await db
    .forDistrict(account.district_id)
    .prisma.userSecondFactor.findUnique({ where: { userId: account.id } });
  const pendingSecret = factor?.pendingSecret;
  if (
    !factor ||
    !pendingSecret ||
    factor.pendingTokenHash !== digest(input.enrollmentToken) ||
    (factor.pendingExpiresAt ?? now) <= now
  )
    throw loginFailed();
  const step = totpStep(pendingSecret, input.code);
  if (step === null) {
    await recordFailure(db, policy, account);
    throw new RuleViolationError('CORE_SECOND_FACTOR_INVALID', {
      zh: '动态码不正确：请核对身份验证器中的密钥和设备时间',
      en: 'Wrong code: check the secret in the authenticator and the device clock',
    });
  }
  return writeAudited(db, actorFor(account), async (tx, audit) => {
    const { count } = await tx.userSecondFactor.updateMany({
      where: { userId: account.id, pendingTokenHash: digest(input.enrollmentToken) },
      data: {
        secret: pendingSecret,
        confirmedAt: now,
        lastStep: step,
        pendingSecret: null,
        pendingTokenHash: null,
        pendingExpiresAt: null,
      },
    });
    if (count === 0) throw loginFailed();
    await audit({
      operation: 'user.second-factor.enroll',
      targetType: 'User',
      targetId: account.id,
      changes: { secondFactor: [false, true] },
    });
    return issueSession(tx, audit, policy, account);
  });
}

/**
 * Removes a user's second factor (a lost phone): the next sign-in enrolls a new one. Audited; the
 * secret never appears in the record.
 */
export async function resetSecondFactor(db: Database, actor: Actor, userId: string) {
  return writeAudited(db, actor, async (tx, audit) => {
    const user = await tx.user.findFirst({
      where: { id: userId },
      select: { id: true, secondFactor: { select: { confirmedAt: true } } },
    });
    if (!user) throw new NotFoundError(USER);
    await tx.userSecondFactor.deleteMany({ where: { userId } });
    await audit({
      operation: 'user.second-factor.reset',
      targetType: 'User',
      targetId: userId,
      changes: { secondFactor: [user.secondFactor?.confirmedAt != null, false] },
    });
  });
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

/**
 * Disables or re-enables an account; either way its failure count and login delay are cleared (an
 * administrator's unlock), and disabling ends its sessions.
 */
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
