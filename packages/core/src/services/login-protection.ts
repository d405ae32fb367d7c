import { randomBytes } from 'node:crypto';
import type { Database } from '@cadre/db';
import { Secret, TOTP } from 'otpauth';
import { type PermissionCatalog, PermissionSet } from '../domain/permissions.ts';
import { LoginThrottledError } from '../errors/login-errors.ts';
import type { SecurityPolicy } from './security-policy.ts';

/**
 * Permissions that make an account administrative (ADR 0013): whoever holds one can create
 * accounts and grant roles, issue API keys, or switch plugins. Such accounts need a second factor.
 */
export const ADMINISTRATIVE_PERMISSIONS = [
  'core.user.manage',
  'core.api-key.manage',
  'core.district.configure',
] as const;

/** Whether grants (patterns included) cover any administrative permission. */
export function isAdministrative(grants: readonly string[], catalog: PermissionCatalog): boolean {
  const set = new PermissionSet(grants, catalog);
  return ADMINISTRATIVE_PERMISSIONS.some((key) => set.has(key));
}

/**
 * Counts one login attempt for the client address and for all clients in the current minute,
 * before any password is hashed; over either limit the attempt is refused (HTTP 429).
 */
export async function throttleLogin(
  db: Database,
  policy: SecurityPolicy,
  client: string,
): Promise<void> {
  const [row] = await db.prisma.$queryRaw<{ client_count: number; global_count: number }[]>`
    SELECT * FROM core.count_login(${client})`;
  const retryAfter = 60 - new Date().getUTCSeconds();
  if (!row) return;
  if (row.client_count > policy.loginClientLimitPerMinute)
    throw new LoginThrottledError('client', retryAfter);
  if (row.global_count > policy.loginGlobalLimitPerMinute)
    throw new LoginThrottledError('global', retryAfter);
}

/**
 * How long an account must wait after its `failures`-th failure in a row: nothing below the
 * policy's count, then 1, 2, 4, … seconds, capped. The delay is not a lock: once it has passed the
 * right password (and code) signs in, whatever an attacker tried before.
 */
export function loginDelaySeconds(failures: number, policy: SecurityPolicy): number {
  if (failures < policy.maxFailedLogins) return 0;
  const exponent = Math.min(failures - policy.maxFailedLogins, 30);
  return Math.min(2 ** exponent, policy.loginMaxDelaySeconds);
}

const ISSUER = 'Cadre Platform';
const PERIOD_SECONDS = 30;

function totp(secret: string, account: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new TOTP secret (160 bits, base32) and its `otpauth://` URI for authenticator apps. */
export function newTotpSecret(account: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totp(secret, account).toString() };
}

/**
 * The time step a code belongs to, if it is right for this secret now (one step of clock drift
 * either way), else null. The caller refuses steps at or before the last one accepted (replay).
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret, 'x').validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The one-time token that lets the enrolling account confirm its first code. */
export const newEnrollmentToken = () => randomBytes(24).toString('base64url');
export const ENROLLMENT_MINUTES = 10;

/**
 * The client's address: the socket's peer, or with `trustProxy` the last `X-Forwarded-For` entry
 * (the one the trusted proxy appended).
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
    const last = header
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return last.slice(0, 64);
  }
  return (remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}
