import type { RequestContext } from '@cadre/core';
import { HttpError } from './http-error.ts';

interface GraphQLBody {
  query?: unknown;
  documentId?: unknown;
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

/** `sha256:<hex>` (documentId) or Apollo's persisted-query hash. */
function documentIdOf(body: GraphQLBody): string | null {
  const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
  if (typeof id !== 'string') return null;
  const hex = id.startsWith('sha256:') ? id.slice(7) : id;
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/**
 * Puts a registered document's text in place of its id. Keys marked trusted-only must send an id
 * and nothing else; other credentials may send either.
 */
export async function withTrustedDocument(ctx: RequestContext, body: unknown): Promise<unknown> {
  const trustedOnly = ctx.credential?.kind === 'api-key' && ctx.credential.trustedOnly;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    if (trustedOnly) throw UNTRUSTED;
    return body;
  }
  const request = body as GraphQLBody;
  const id = documentIdOf(request);
  if (id === null) {
    if (trustedOnly) throw UNTRUSTED;
    return body;
  }
  if (trustedOnly && request.query !== undefined) throw UNTRUSTED;
  const document = await ctx.prisma.trustedDocument.findUnique({ where: { id } });
  if (!document) throw UNKNOWN;
  // The id has done its work; Apollo would otherwise look the hash up in its own cache.
  const resolved: GraphQLBody = { ...request, query: document.document };
  delete resolved.documentId;
  if (resolved.extensions) {
    resolved.extensions = { ...resolved.extensions };
    delete resolved.extensions.persistedQuery;
  }
  return resolved;
}
