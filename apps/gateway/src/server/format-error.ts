import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { CadreError, InputError, type Language, QueryLimitError } from '@cadre/core';
import { explainedInputError } from './input-errors.ts';

/** GraphQL's own request errors (syntax, validation) speak about the query, not the server. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const INTERNAL = 'INTERNAL_SERVER_ERROR';
const MALFORMED_ID = new CadreError('CORE_INVALID_INPUT', {
  zh: '标识格式错误',
  en: 'Malformed id',
});
/**
 * graphql-js stops parsing at `maxTokens` (the credential's token budget) with this message
 * ("more that" in graphql 16, "more than" later).
 */
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * The `CadreError` behind a request error: GraphQL keeps what a scalar or an argument check threw
 * as the cause of its "invalid value" errors, one or two wrappers deep.
 */
function cadreCause(error: unknown): CadreError | null {
  let current: unknown = error;
  for (let level = 0; level < 4 && current; level++) {
    if (current instanceof CadreError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** Whether an error is one the client is meant to read; the others are logged and masked. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof CadreError || original instanceof PothosValidationError) return true;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' && (CLIENT_CODES.has(code) || code.startsWith('CORE_'));
}

/** An input error's issues as clients read them in `extensions`, beside its code and texts. */
function issuesOf(error: CadreError) {
  return error instanceof InputError
    ? error.issues.map(({ path, code, text }) => ({
        path,
        code,
        messageZh: text.zh,
        messageEn: text.en,
      }))
    : [];
}

/** A typed error as the client sees it: its code, both texts and, for bad input, each issue. */
function typed(error: CadreError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const issues = issuesOf(error);
  return {
    message: error.text.zh,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: error.code,
      messageZh: error.text.zh,
      messageEn: error.text.en,
      ...(issues.length > 0 ? { issues } : {}),
    },
  };
}

/**
 * What a client may see of an error: a `CadreError` with its code and both languages, GraphQL's
 * request errors as they are (bad values in them as typed input errors), and for anything else
 * nothing but its kind. Apollo calls this without the request, so the language and request id are
 * filled in by `localizeErrors`.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // A malformed global id that reached a resolver is the caller's mistake, said like any bad input.
  if (original instanceof PothosValidationError) return typed(MALFORMED_ID, formatted);
  if (original instanceof CadreError) return typed(original, formatted);
  if (isClientError(error)) {
    const tokens =
      formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
      TOO_MANY_TOKENS.exec(formatted.message);
    const cause =
      explainedInputError(error) ??
      cadreCause(error) ??
      (tokens ? new QueryLimitError('tokens', Number(tokens[1])) : null);
    if (cause) return typed(cause, formatted);
    const { code, messageZh, messageEn } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code, ...(messageEn ? { messageZh, messageEn } : {}) },
    };
  }
  return { message: '', path: formatted.path, extensions: { code: INTERNAL } };
}

/**
 * Puts each error's message in the request's language and stamps masked errors with the request
 * id, so a user can quote it and the log can be searched for it. Only bodies with errors are read.
 */
export function localizeErrors(
  body: string,
  request: { requestId: string; language: Language },
): string {
  if (!body.includes('"errors"')) return body;
  const parsed = JSON.parse(body) as { errors?: GraphQLFormattedError[] };
  for (const error of parsed.errors ?? []) {
    const extensions = (error.extensions ?? {}) as Record<string, unknown>;
    if (extensions.code === INTERNAL) {
      extensions.requestId = request.requestId;
      (error as { message: string }).message =
        request.language === 'en'
          ? `Internal error; quote request id ${request.requestId}`
          : `服务器内部错误，请提供请求编号 ${request.requestId}`;
    } else if (request.language === 'en' && typeof extensions.messageEn === 'string') {
      (error as { message: string }).message = extensions.messageEn;
    }
  }
  return JSON.stringify(parsed);
}
