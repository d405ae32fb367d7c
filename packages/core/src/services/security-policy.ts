/** The account rules of a deployment; each has an environment variable and a safe default. */
export interface SecurityPolicy {
  /** A session ends after this long without a request (`CADRE_SESSION_IDLE_MINUTES`). */
  sessionIdleMinutes: number;
  /** …and this long after sign-in in any case (`CADRE_SESSION_LIFETIME_HOURS`). */
  sessionLifetimeHours: number;
  /**
   * Failed logins in a row after which each further attempt on the account must wait a delay that
   * doubles with every failure (`CADRE_LOGIN_MAX_FAILURES`); a good login or an administrator's
   * `setUserStatus` ends it.
   */
  maxFailedLogins: number;
  /** The longest such delay, in seconds (`CADRE_LOGIN_MAX_DELAY_SECONDS`). */
  loginMaxDelaySeconds: number;
  /** Login attempts per minute from one client address (`CADRE_LOGIN_CLIENT_LIMIT`). */
  loginClientLimitPerMinute: number;
  /** Login attempts per minute from all clients together (`CADRE_LOGIN_GLOBAL_LIMIT`). */
  loginGlobalLimitPerMinute: number;
  /** Requests per minute of one browser session (`CADRE_SESSION_RATE_LIMIT`); keys carry their own. */
  sessionRequestsPerMinute: number;
  /**
   * Take the client address from the last `X-Forwarded-For` entry (`CADRE_TRUST_PROXY=1`): only
   * behind a reverse proxy that sets it, or clients could name any address they like.
   */
  trustProxy: boolean;
  /**
   * Accounts holding an administrative permission must pass a TOTP code after the password
   * (ADR 0013). Always on in a deployment; only a program embedding the gateway (tests of other
   * features) may switch it off.
   */
  adminSecondFactor: boolean;
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  sessionIdleMinutes: 30,
  sessionLifetimeHours: 12,
  maxFailedLogins: 5,
  loginMaxDelaySeconds: 900,
  loginClientLimitPerMinute: 20,
  loginGlobalLimitPerMinute: 300,
  sessionRequestsPerMinute: 600,
  trustProxy: false,
  adminSecondFactor: true,
};

type NumericKey = {
  [K in keyof SecurityPolicy]: SecurityPolicy[K] extends number ? K : never;
}[keyof SecurityPolicy];

const ENV: Record<NumericKey, string> = {
  sessionIdleMinutes: 'CADRE_SESSION_IDLE_MINUTES',
  sessionLifetimeHours: 'CADRE_SESSION_LIFETIME_HOURS',
  maxFailedLogins: 'CADRE_LOGIN_MAX_FAILURES',
  loginMaxDelaySeconds: 'CADRE_LOGIN_MAX_DELAY_SECONDS',
  loginClientLimitPerMinute: 'CADRE_LOGIN_CLIENT_LIMIT',
  loginGlobalLimitPerMinute: 'CADRE_LOGIN_GLOBAL_LIMIT',
  sessionRequestsPerMinute: 'CADRE_SESSION_RATE_LIMIT',
};

/** Reads the policy from the environment; a value that is not a positive integer is refused. */
export function securityPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityPolicy {
  const policy = { ...DEFAULT_SECURITY_POLICY };
  for (const [key, name] of Object.entries(ENV) as [NumericKey, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${name} must be a positive integer, not "${raw}"`);
    policy[key] = value;
  }
  const proxy = env.CADRE_TRUST_PROXY;
  if (proxy !== undefined && proxy !== '') {
    if (proxy !== '0' && proxy !== '1')
      throw new Error(`CADRE_TRUST_PROXY must be 0 or 1, not "${proxy}"`);
    policy.trustProxy = proxy === '1';
  }
  return policy;
}
