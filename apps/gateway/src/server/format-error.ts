import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CadreError, type Language } from '@cadre/core';

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

/**
 * What a client may see of an error: a `CadreError` with its code and both languages, GraphQL's
 * request errors as they are, and for anything else only a correlation id (the log has the rest).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  request: { requestId: string; language: Language },
  log: (requestId: string, error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CadreError) {
    return {
      message: original.text[request.language],
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, messageZh: original.text.zh, messageEn: original.text.en },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (CLIENT_CODES.has(code) || code.startsWith('CORE_'))) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  log(request.requestId, original);
  return {
    message:
      request.language === 'en'
        ? `Internal error; quote request id ${request.requestId}`
        : `服务器内部错误，请提供请求编号 ${request.requestId}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.requestId },
  };
}
