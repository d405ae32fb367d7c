import { getOperationAST, type DocumentNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '@cadre/core';
import { HttpError } from './http-error.ts';
import { checkJsonNesting, checkQueryNesting } from './nesting.ts';

export interface GraphQLBody {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
  [key: string]: unknown;
}

const UNTRUSTED = new HttpError(400, 'CORE_UNTRUSTED_DOCUMENT', {
  zh: '此密钥只能执行已登记的可信文档（documentId）',
  en: 'This key may run registered trusted documents only (documentId)',
});
const UNKNOWN = new HttpError(400, 'CORE_UNKNOWN_DOCUMENT', {
  zh: '未登记的文档编号',
  en: 'No trusted document has this id',
});
const GET_UNTRUSTED = new HttpError(400, 'CORE_GET_NEEDS_TRUSTED_DOCUMENT', {
  zh: 'GET 请求只能执行已登记的可信文档（documentId），其他请求请用 POST',
  en: 'A GET request may only run a registered trusted document (documentId); use POST otherwise',
});
const GET_NOT_QUERY = new HttpError(
  405,
  'CORE_GET_QUERIES_ONLY',
  { zh: 'GET 请求只能执行查询，变更请用 POST', en: 'A GET request may only run a query; use POST' },
  { allow: 'POST' },
);

/** `sha256:<hex>` (documentId) or Apollo's persisted-query hash; `undefined` when neither is sent. */
function documentIdOf(body: GraphQLBody): string | null | undefined {
  const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
  if (id === undefined && body.extensions?.persistedQuery === undefined) return undefined;
  if (typeof id !== 'string') return null;
  const hex = id.startsWith('sha256:') ? id.slice(7) : id;
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

function badJson(name: string): HttpError {
  return new HttpError(400, 'CORE_BAD_JSON', {
    zh: `参数 ${name} 不是合法的 JSON`,
    en: `Parameter ${name} is not valid JSON`,
  });
}

/** The parameters of a GET in the shape of a POST body (`variables` and `extensions` are JSON). */
export function getRequestBody(params: URLSearchParams): GraphQLBody {
  const body: Record<string, unknown> = {};
  for (const name of ['query', 'documentId', 'operationName'] as const) {
    const value = params.get(name);
    if (value !== null) body[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = params.get(name);
    if (value === null) continue;
    checkJsonNesting(Buffer.from(value));
    try {
      body[name] = JSON.parse(value);
    } catch {
      throw badJson(name);
    }
  }
  return body;
}

/** Parsed trusted documents, by id: a GET's operation must be looked at before it runs. */
const parsed = new LRUCache<string, DocumentNode>({ max: 500 });

function isQuery(id: string, document: string, operationName: unknown): boolean {
  let ast = parsed.get(id);
  if (!ast) {
    checkQueryNesting(document);
    ast = parse(document);
    parsed.set(id, ast);
  }
  const name = typeof operationName === 'string' ? operationName : null;
  // An operation that is not there is refused later, as for POST.
  return (getOperationAST(ast, name)?.operation ?? 'query') === 'query';
}

/**
 * Puts a registered document's text in place of its id. Keys marked trusted-only must send an id
 * and nothing else; other credentials may send either over POST. A GET (`get`) must name a
 * registered document, and that document's operation must be a query: GET requests are never
 * refused by browsers across sites, and only a document an operator registered may run that way.
 */
export async function withTrustedDocument(
  ctx: RequestContext,
  body: unknown,
  get = false,
): Promise<unknown> {
  const trustedOnly = ctx.credential?.kind === 'api-key' && ctx.credential.trustedOnly;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    if (get) throw GET_UNTRUSTED;
    if (trustedOnly) throw UNTRUSTED;
    return body;
  }
  const request = body as GraphQLBody;
  const id = documentIdOf(request);
  if (id === undefined) {
    if (get) throw GET_UNTRUSTED;
    if (trustedOnly) throw UNTRUSTED;
    return body;
  }
  if (get && request.query !== undefined) throw GET_UNTRUSTED;
  if (trustedOnly && request.query !== undefined) throw UNTRUSTED;
  if (id === null) throw UNKNOWN;
  const document = await ctx.prisma.trustedDocument.findUnique({ where: { id } });
  if (!document) throw UNKNOWN;
  if (get && !isQuery(id, document.document, request.operationName)) throw GET_NOT_QUERY;
  // The id has done its work; Apollo would otherwise look the hash up in its own cache.
  const resolved: GraphQLBody = { ...request, query: document.document };
  delete resolved.documentId;
  if (resolved.extensions) {
    resolved.extensions = { ...resolved.extensions };
    delete resolved.extensions.persistedQuery;
  }
  return resolved;
}
