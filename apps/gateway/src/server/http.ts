import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import {
  API_KEY_PREFIX,
  budgetKind,
  caseRecordPage,
  QUERY_BUDGETS,
  type RequestContext,
} from '@cadre/core';
import { ATTACHMENTS, serveAttachments } from './attachments.ts';
import { localizeErrors } from './format-error.ts';
import { HttpError, sendHttpError, sendJson } from './http-error.ts';
import { readBody } from './request-body.ts';
import type { StaticHandler } from './static-files.ts';
import { startIdempotent } from './idempotency.ts';
import { bearerToken, type ContextDeps, languageOf, requestContext } from './request-context.ts';
import { checkJsonNesting, checkQueryNesting } from './nesting.ts';
import { getRequestBody, withTrustedDocument } from './trusted-documents.ts';
import type { VariantServers } from './variant-servers.ts';

/** Larger bodies are refused before they are read to the end; the bound depends on the credential. */
async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const bytes = await readBody(req, limit);
  const size = bytes.length;
  if (size === 0) return undefined;
  // JSON.parse copes with any depth, but what later walks the value (variable coercion,
  // validation, hashing) recurses: refuse deep nesting before anything does.
  checkJsonNesting(bytes);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, 'CORE_BAD_JSON', {
      zh: '请求体不是合法的 JSON',
      en: 'Body is not valid JSON',
    });
  }
}

/** The printable full-process record (全程纪实表) of a case. */
const CASE_RECORD = /^\/cases\/([0-9a-f-]{36})\/record\.html$/;

const INVALID_KEY = new HttpError(401, 'CORE_API_KEY_INVALID', {
  zh: '接口密钥无效、已过期或已吊销',
  en: 'The API key is unknown, expired or revoked',
});
const SHUTTING_DOWN = new HttpError(503, 'CORE_SHUTTING_DOWN', {
  zh: '服务正在停止',
  en: 'Shutting down',
});

function rateLimited(limit: number): HttpError {
  const retryAfter = String(60 - new Date().getUTCSeconds());
  return new HttpError(
    429,
    'CORE_RATE_LIMITED',
    {
      zh: `请求过于频繁（每分钟上限 ${limit} 次），请稍后再试`,
      en: `Too many requests (limit ${limit} per minute); retry shortly`,
    },
    { 'retry-after': retryAfter },
  );
}

export interface HttpServerOptions extends ContextDeps {
  servers: VariantServers;
  /** False while starting and while draining for shutdown. */
  isReady: () => boolean;
  /** The admin UI on the same port (production); other paths than the API's go to it. */
  ui?: StaticHandler;
}

export interface HttpServer {
  server: Server;
  /** Resolves once no request is being handled (a closed socket may leave its handler running). */
  idle(): Promise<void>;
  /**
   * Call when shutdown begins (`isReady()` is false by then): every answer from now on closes its
   * connection, so no keep-alive connection outlives its last request and holds up the close.
   */
  drain(): void;
}

/** Browsers send these content types across sites without asking first (CSRF). */
const SIMPLE_CONTENT_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

/**
 * Apollo's CSRF rule for a GET, said in both languages before Apollo says it in one: a request
 * a browser would send across sites without a preflight must carry one of these headers.
 */
function preflighted(req: IncomingMessage): boolean {
  const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (contentType && !SIMPLE_CONTENT_TYPES.has(contentType)) return true;
  return ['apollo-require-preflight', 'x-apollo-operation-name'].some(
    (name) => (req.headers[name]?.length ?? 0) > 0,
  );
}

const NOT_PREFLIGHTED = new HttpError(400, 'CORE_CSRF_PREFLIGHT_REQUIRED', {
  zh: 'GET 请求须带 Apollo-Require-Preflight 请求头（防跨站请求伪造）',
  en: 'A GET request must carry an Apollo-Require-Preflight header (CSRF protection)',
});

/** `/graphql` routed to the district's schema variant, plus liveness and readiness probes. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { db, servers, isReady } = options;
  let running = 0;
  let onIdle: (() => void) | null = null;
  const answering = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    running++;
    answering.add(res);
    const { socket } = req;
    // While draining, each answer is the connection's last (see `drain`).
    if (!isReady()) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (!isReady()) socket.end();
    });
    handle(req, res)
      .catch((error: unknown) => {
        if (res.headersSent) {
          // Failed while streaming the answer: nothing more can be said on this connection.
          console.error('request failed after answering began', error);
          return void socket.destroy();
        }
        // A body not read to the end would hold the client (still sending) and the connection:
        // answer, close, and throw away what is still arriving.
        if (!req.complete) {
          res.setHeader('connection', 'close');
          req.on('error', () => {}).resume();
        }
        if (error instanceof HttpError) sendHttpError(res, error, languageOf(req));
        else {
          const requestId = randomUUID();
          console.error(`[${requestId}] request failed`, error);
          sendHttpError(
            res,
            new HttpError(500, 'INTERNAL_SERVER_ERROR', {
              zh: `服务器内部错误，请提供请求编号 ${requestId}`,
              en: `Internal error; quote request id ${requestId}`,
            }),
            languageOf(req),
            requestId,
          );
        }
      })
      .finally(() => {
        answering.delete(res);
        if (--running === 0) onIdle?.();
      });
  });
  const idle = () =>
    running === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve));
  const drain = () => {
    for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close');
    server.closeIdleConnections();
  };

  /** Who is asking; an unknown API key is refused, and so is a credential past its rate. */
  async function authenticated(req: IncomingMessage): Promise<RequestContext> {
    const { context, resolved } = await requestContext(options, req);
    if (!resolved && bearerToken(req)?.startsWith(API_KEY_PREFIX)) throw INVALID_KEY;
    if (resolved && resolved.rate.count > resolved.rate.limit)
      throw rateLimited(resolved.rate.limit);
    return context;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const ready =
        isReady() &&
        (await db.prisma.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        ));
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    }
    const record = CASE_RECORD.exec(url.pathname);
    if (record && req.method === 'GET') {
      const { context } = await requestContext(options, req);
      const page = await caseRecordPage(context, record[1] ?? '');
      res.writeHead(page.status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-request-id': context.requestId,
      });
      return void res.end(page.html);
    }
    const files = ATTACHMENTS.exec(url.pathname);
    if (files) {
      if (!isReady()) throw SHUTTING_DOWN;
      return serveAttachments(await authenticated(req), req, res, url, files[1]);
    }
    if (url.pathname !== '/graphql' && options.ui?.(req, res, url.pathname)) return;
    if (url.pathname !== '/graphql')
      throw new HttpError(404, 'CORE_NO_SUCH_PATH', { zh: '路径不存在', en: 'Not found' });
    if (!isReady()) throw SHUTTING_DOWN;
    if (req.method !== 'POST' && req.method !== 'GET')
      throw new HttpError(405, 'CORE_METHOD_NOT_ALLOWED', {
        zh: '只接受 GET 或 POST',
        en: 'Only GET and POST are accepted',
      });

    const context = await authenticated(req);
    const kind = budgetKind(context);
    const get = req.method === 'GET';
    const received = get
      ? getRequestBody(url.searchParams)
      : await readJson(req, QUERY_BUDGETS[kind].bodyBytes);
    const body = await withTrustedDocument(context, received, get);
    if (get && !preflighted(req)) throw NOT_PREFLIGHTED;
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string') checkQueryNesting(query);
    const idempotencyKey = req.headers['idempotency-key'];
    const idempotent =
      typeof idempotencyKey === 'string' && req.method === 'POST'
        ? await startIdempotent(context, idempotencyKey, body)
        : null;
    if (idempotent?.kind === 'replay') {
      res.writeHead(idempotent.status, {
        'content-type': 'application/json; charset=utf-8',
        'idempotent-replayed': 'true',
        'x-request-id': context.requestId,
      });
      return void res.end(idempotent.body);
    }
    const server = await servers.serverFor(context.district?.enabledPlugins ?? [], kind);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await server
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: get
          ? { method: 'GET', headers, search: searchOf(body), body: undefined }
          : { method: 'POST', headers, search: url.search, body },
        context: async () => context,
      })
      .catch(async (error: unknown) => {
        if (idempotent?.kind === 'fresh') await idempotent.abandon();
        throw error;
      });
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.setHeader('x-request-id', context.requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind !== 'complete') {
      // Incremental delivery is not offered (no @defer); nothing to remember either.
      if (idempotent?.kind === 'fresh') await idempotent.abandon();
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      return void res.end();
    }
    const answer = localizeErrors(result.body.string, context);
    if (idempotent?.kind === 'fresh') await idempotent.finish(res.statusCode, answer);
    res.end(answer);
  }

  return { server, idle, drain };
}

/** A GET's resolved document and parameters, as the query string Apollo reads. */
function searchOf(body: unknown): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    params.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return `?${params.toString()}`;
}
