import {
  cacheExchange,
  type Client,
  createClient,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Operation,
} from 'urql';
import { idempotencyKeyOf, type Language } from '@cadre/ui';
import { activeQueries } from './active-queries.ts';

const UNAUTHENTICATED = 'CORE_UNAUTHENTICATED';

/** Whether the server says the session is gone: a refused request or a typed error member. */
function sessionEnded(result: {
  data?: unknown;
  error?: { graphQLErrors: { extensions: Record<string, unknown> }[]; response?: unknown };
}): boolean {
  const status = (result.error?.response as { status?: number } | undefined)?.status;
  if (status === 401) return true;
  if (result.error?.graphQLErrors.some((e) => e.extensions.code === UNAUTHENTICATED)) return true;
  const data = result.data;
  return (
    data !== null &&
    typeof data === 'object' &&
    Object.values(data).some(
      (field) =>
        field !== null &&
        typeof field === 'object' &&
        (field as { __typename?: unknown }).__typename === 'UnauthenticatedError',
    )
  );
}

/**
 * An operation sent with `idempotent(key)` as its context (a form's create mutation) carries the
 * key as the `Idempotency-Key` header, beside the session's headers.
 */
function withIdempotencyKey(operation: Operation): Operation {
  const key = idempotencyKeyOf(operation.context);
  if (!key) return operation;
  const { fetchOptions } = operation.context;
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: () => {
      const options = typeof fetchOptions === 'function' ? fetchOptions() : (fetchOptions ?? {});
      return { ...options, headers: { ...options.headers, 'idempotency-key': key } };
    },
  });
}

/**
 * One client per session (a new sign-in starts with an empty cache). Requests carry the token and
 * the UI language; when a signed-in request is answered "not signed in", `onSessionEnded` runs.
 * `refetch` asks every query on screen again (after a language switch).
 */
export function createAdminClient(options: {
  token: string | null;
  /** Read at every request: the language may change while the client lives. */
  language: () => Language;
  onSessionEnded: () => void;
}): { client: Client; refetch(): void } {
  const { token } = options;
  const queries = activeQueries();
  const client = createClient({
    url: '/graphql',
    // Apollo's CSRF prevention refuses urql's GET queries; POST carries JSON, which it accepts.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onOperation: withIdempotencyKey,
        onResult(result) {
          if (token && sessionEnded(result)) options.onSessionEnded();
          return result;
        },
      }),
      queries.exchange,
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({
      headers: {
        'accept-language': options.language() === 'en' ? 'en' : 'zh-CN',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
  return { client, refetch: queries.refetch };
}
