import { CadreError } from './cadre-error.ts';

/**
 * Too many login attempts from this client address, or from all clients together, in this minute.
 * Not part of a mutation's result union: it leaves as a GraphQL error with HTTP 429 and
 * `Retry-After`, like the edge's other rate limits (Apollo reads `extensions.http`).
 */
export class LoginThrottledError extends CadreError {
  readonly extensions: { http: { status: number; headers: Map<string, string> } };

  constructor(
    readonly scope: 'client' | 'global',
    readonly retryAfterSeconds: number,
  ) {
    super('CORE_LOGIN_RATE_LIMITED', {
      zh: `登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many sign-in attempts; retry in ${retryAfterSeconds} s`,
    });
    this.extensions = {
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    };
  }
}

/** The password was right; the account holds administrative permissions and needs its code. */
export class SecondFactorRequiredError extends CadreError {
  constructor() {
    super('CORE_SECOND_FACTOR_REQUIRED', {
      zh: '请输入身份验证器显示的 6 位动态码',
      en: 'Enter the 6-digit code your authenticator shows',
    });
  }
}

/**
 * The password was right; the account holds administrative permissions and has no second factor
 * yet. Carries a new secret, shown this once: add it to an authenticator app and confirm it with
 * `confirmSecondFactor` and a code, which starts the session.
 */
export class SecondFactorEnrollmentError extends CadreError {
  constructor(
    readonly secret: string,
    readonly otpauthUri: string,
    readonly enrollmentToken: string,
    readonly expiresAt: Date,
  ) {
    super('CORE_SECOND_FACTOR_ENROLLMENT', {
      zh: '管理员账号须绑定身份验证器：请用身份验证器扫描二维码或输入密钥，再填写其显示的动态码',
      en: 'Administrator accounts need an authenticator: scan the QR code or enter the secret, then type the code it shows',
    });
  }
}
