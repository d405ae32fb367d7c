import type { ServerResponse } from 'node:http';
import type { Label, Language } from '@cadre/core';

/** A request refused before GraphQL runs: an HTTP status, a code and a bilingual message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Label,
    readonly headers: Record<string, string> = {},
    /** More for the client to read, beside the code and message (an input error's issues). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(text.en);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The GraphQL-shaped error body, so clients read refusals the way they read other errors. */
export function sendHttpError(
  res: ServerResponse,
  error: HttpError,
  language: Language,
  requestId?: string,
): void {
  sendJson(
    res,
    error.status,
    {
      errors: [
        {
          message: error.text[language],
          extensions: {
            code: error.code,
            messageZh: error.text.zh,
            messageEn: error.text.en,
            ...error.extensions,
            ...(requestId ? { requestId } : {}),
          },
        },
      ],
    },
    error.headers,
  );
}
