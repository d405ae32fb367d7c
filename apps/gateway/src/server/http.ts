import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Database } from '@cadre/db';
import { localizeErrors } from './format-error.ts';
import { requestContext } from './request-context.ts';
import type { VariantServers } from './variant-servers.ts';

/** Larger bodies are refused before they are read to the end. */
export const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, '请求体过大 / Request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON / Body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface HttpServerOptions {
  db: Database;
  servers: VariantServers;
  /** False while starting and while draining for shutdown. */
  isReady: () => boolean;
}

export interface HttpServer {
  server: Server;
  /** Resolves once no request is being handled (a closed socket may leave its handler running). */
  idle(): Promise<void>;
}

/** `/graphql` routed to the district's schema variant, plus liveness and readiness probes. */
export function createHttpServer({ db, servers, isReady }: HttpServerOptions): HttpServer {
  let running = 0;
  let onIdle: (() => void) | null = null;
  const server = createServer((req, res) => {
    running++;
    handle(req, res)
      .catch((error: unknown) => {
        if (error instanceof HttpError)
          send(res, error.status, { errors: [{ message: error.message }] });
        else {
          console.error('request failed', error);
          send(res, 500, { errors: [{ message: 'Internal error' }] });
        }
      })
      .finally(() => {
        if (--running === 0) onIdle?.();
      });
  });
  const idle = () =>
    running === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const ready =
        isReady() &&
        (await db
          .withChannel((c) => c.query('SELECT 1'))
          .then(
            () => true,
            () => false,
          ));
      return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    }
    if (url.pathname !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found' }] });
    if (!isReady()) throw new HttpError(503, '服务正在停止 / Shutting down');
    if (req.method !== 'POST' && req.method !== 'GET')
      throw new HttpError(405, 'Method not allowed');

    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const context = await requestContext(db, req);
    const server = await servers.serverFor(context.district?.enabledPlugins ?? []);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.setHeader('x-request-id', context.requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete')
      return void res.end(localizeErrors(result.body.string, context));
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { server, idle };
}
