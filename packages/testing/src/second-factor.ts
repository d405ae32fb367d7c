import { Secret, TOTP } from 'otpauth';
import type { GraphQLClient } from './graphql-client.ts';

const PERIOD_MS = 30_000;

/** The TOTP time step of `timestamp` (30 s each). */
export const stepAt = (timestamp = Date.now()) => Math.floor(timestamp / PERIOD_MS);

/** The code an authenticator app shows for this secret in time step `step`. */
export function totpCode(secret: string, step = stepAt()): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * PERIOD_MS });
}

/** The secret of an `otpauth://totp/…?secret=…` URI, as the enrollment step shows it. */
export function secretOf(otpauthUri: string): string {
  const secret = new URL(otpauthUri).searchParams.get('secret');
  if (!secret) throw new Error(`No secret in ${otpauthUri}`);
  return secret;
}

/** Six digits that no authenticator shows for `secret` now (the server accepts a step either way). */
export function wrongCode(secret: string): string {
  const now = stepAt();
  const valid = new Set([now - 1, now, now + 1].map((step) => totpCode(secret, step)));
  for (let n = 0; ; n += 1) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

interface Answer {
  __typename: string;
  data?: { token: string };
  secret?: string;
  enrollmentToken?: string;
  message?: string;
}

/**
 * What a person with an authenticator app does: keeps each account's secret and gives the code
 * of a step not used yet. The server accepts a code once, and a step no older than the last one
 * accepted; it takes one step ahead of its clock, so two codes come at once and a third waits for
 * the clock. Used from one test file at a time per account (the steps are counted here).
 */
export class Authenticator {
  readonly secrets = new Map<string, string>();
  readonly #lastStep = new Map<string, number>();

  constructor(accounts: Record<string, { secret: string; lastStep: number }> = {}) {
    for (const [username, { secret, lastStep }] of Object.entries(accounts)) {
      this.secrets.set(username, secret);
      this.#lastStep.set(username, lastStep);
    }
  }

  /** The last step this account used (the server refuses it and any earlier one). */
  lastStep(username: string): number {
    return this.#lastStep.get(username) ?? 0;
  }

  /** Adds an account whose secret was read elsewhere (the enrollment page). */
  remember(username: string, secret: string, usedStep?: number): void {
    this.secrets.set(username, secret);
    if (usedStep !== undefined) this.#lastStep.set(username, usedStep);
  }

  /** A code of the next unused step, waiting for the clock when that step is still two ahead. */
  async nextCode(username: string): Promise<string> {
    const secret = this.secrets.get(username);
    if (!secret) throw new Error(`No authenticator secret for ${username}`);
    const step = Math.max(stepAt(), this.lastStep(username) + 1);
    while (step > stepAt() + 1) await new Promise((resolve) => setTimeout(resolve, 250));
    this.#lastStep.set(username, step);
    return totpCode(secret, step);
  }

  /**
   * Signs in over HTTP: the first time through enrollment (keeping the secret), later with the
   * next code. Returns a client that sends the new session's token.
   */
  async login(client: GraphQLClient, username: string, password: string): Promise<GraphQLClient> {
    const code = this.secrets.has(username) ? await this.nextCode(username) : null;
    const { login } = await client.data<{ login: Answer }>(
      `mutation ($u: String!, $p: String!, $c: String) {
        login(username: $u, password: $p, code: $c) {
          __typename
          ... on MutationLoginSuccess { data { token } }
          ... on SecondFactorEnrollmentError { secret enrollmentToken }
          ... on Error { message }
        }
      }`,
      { u: username, p: password, c: code },
    );
    if (login.data) return client.withToken(login.data.token);
    if (login.__typename !== 'SecondFactorEnrollmentError' || !login.secret)
      throw new Error(`login of ${username} failed: ${login.message ?? login.__typename}`);
    this.secrets.set(username, login.secret);
    const { confirmSecondFactor } = await client.data<{ confirmSecondFactor: Answer }>(
      `mutation ($u: String!, $t: String!, $c: String!) {
        confirmSecondFactor(username: $u, enrollmentToken: $t, code: $c) {
          __typename
          ... on MutationConfirmSecondFactorSuccess { data { token } }
          ... on Error { message }
        }
      }`,
      { u: username, t: login.enrollmentToken, c: await this.nextCode(username) },
    );
    if (!confirmSecondFactor.data)
      throw new Error(`enrollment of ${username} failed: ${confirmSecondFactor.message ?? ''}`);
    return client.withToken(confirmSecondFactor.data.token);
  }
}
