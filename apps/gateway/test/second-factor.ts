import type { GraphQLClient } from '@cadre/testing';
import { defined } from '@cadre/testing';
import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;

/** The code an authenticator shows for this secret at `timestamp`. */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
}

/**
 * Signs administrators in as a person with an authenticator app does: the first time through
 * enrollment (keeping the secret), later with a fresh code. A code is accepted once, so each
 * sign-in uses the next time step (the server accepts one step ahead), waiting when two are used.
 */
export class Authenticator {
  readonly secrets = new Map<string, string>();
  readonly #lastStep = new Map<string, number>();

  async #nextCode(username: string, secret: string): Promise<string> {
    const now = () => Math.floor(Date.now() / PERIOD_MS);
    const step = Math.max(now(), (this.#lastStep.get(username) ?? 0) + 1);
    while (step > now() + 1) await new Promise((resolve) => setTimeout(resolve, 1000));
    this.#lastStep.set(username, step);
    return totpCode(secret, step * PERIOD_MS);
  }

  async login(client: GraphQLClient, username: string, password: string): Promise<GraphQLClient> {
    const secret = this.secrets.get(username);
    const code = secret ? await this.#nextCode(username, secret) : null;
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
    if (login.__typename !== 'SecondFactorEnrollmentError')
      throw new Error(`login failed: ${login.message ?? login.__typename}`);
    const enrolled = defined(login.secret);
    this.secrets.set(username, enrolled);
    const { confirmSecondFactor } = await client.data<{ confirmSecondFactor: Answer }>(
      `mutation ($u: String!, $t: String!, $c: String!) {
        confirmSecondFactor(username: $u, enrollmentToken: $t, code: $c) {
          __typename
          ... on MutationConfirmSecondFactorSuccess { data { token } }
          ... on Error { message }
        }
      }`,
      { u: username, t: login.enrollmentToken, c: await this.#nextCode(username, enrolled) },
    );
    if (!confirmSecondFactor.data)
      throw new Error(`enrollment failed: ${confirmSecondFactor.message ?? ''}`);
    return client.withToken(confirmSecondFactor.data.token);
  }
}

interface Answer {
  __typename: string;
  data?: { token: string };
  secret?: string;
  enrollmentToken?: string;
  message?: string;
}
