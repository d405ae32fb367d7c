/** The account rules of a deployment; each has an environment variable and a safe default. */
export interface SecurityPolicy {
  /** A session ends after this long without a request (`CADRE_SESSION_IDLE_MINUTES`). */
  sessionIdleMinutes: number;
  /** …and this long after sign-in in any case (`CADRE_SESSION_LIFETIME_HOURS`). */
  sessionLifetimeHours: number;
  /** Failed logins in a row that lock an account (`CADRE_LOGIN_MAX_FAILURES`). */
  maxFailedLogins: number;
  /** How long a lock lasts (`CADRE_LOCKOUT_MINUTES`); an administrator may lift it sooner. */
  lockoutMinutes: number;
  /** Requests per minute of one browser session (`CADRE_SESSION_RATE_LIMIT`); keys carry their own. */
  sessionRequestsPerMinute: number;
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  sessionIdleMinutes: 30,
  sessionLifetimeHours: 12,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  sessionRequestsPerMinute: 600,
};

const ENV: Record<keyof SecurityPolicy, string> = {
  sessionIdleMinutes: 'CADRE_SESSION_IDLE_MINUTES',
  sessionLifetimeHours: 'CADRE_SESSION_LIFETIME_HOURS',
  maxFailedLogins: 'CADRE_LOGIN_MAX_FAILURES',
  lockoutMinutes: 'CADRE_LOCKOUT_MINUTES',
  sessionRequestsPerMinute: 'CADRE_SESSION_RATE_LIMIT',
};

/** Reads the policy from the environment; a value that is not a positive integer is refused. */
export function securityPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityPolicy {
  const policy = { ...DEFAULT_SECURITY_POLICY };
  for (const [key, name] of Object.entries(ENV) as [keyof SecurityPolicy, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} must be a positive integer, not "${raw}"`);
    policy[key] = value;
  }
  return policy;
}
