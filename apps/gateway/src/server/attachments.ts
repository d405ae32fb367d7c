import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ATTACHMENT_TOO_LARGE,
  ATTACHMENT_TYPE_REFUSED,
  attachFile,
  attachmentScope,
  CadreError,
  downloadAttachment,
  ForbiddenError,
  InputError,
  NotFoundError,
  type RequestContext,
  UnauthenticatedError,
  uploadLimit,
} from '@cadre/core';
import { HttpError, sendJson } from './http-error.ts';
import { readBody } from './request-body.ts';

// Files go up and come down outside GraphQL, with the credential /graphql takes (the
// `Authorization` header: never a cookie, so another site cannot make a browser send one):
//   POST /attachments?ownerType=…&ownerId=…&fileName=…   the raw bytes as the body → 201
//   GET  /attachments/<id>                                 the file, as a download

/** `/attachments`, or one attachment's path. */
export const ATTACHMENTS = /^\/attachments(?:\/([^/]*))?$/;

/** Answers a request to `ATTACHMENTS`; `id` is the path's attachment id, if it names one. */
export async function serveAttachments(
  context: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  id: string | undefined,
): Promise<void> {
  try {
    if (req.method === 'POST' && id === undefined) return await upload(context, req, res, url);
    if (req.method === 'GET' && id !== undefined) return await download(context, res, id);
  } catch (error) {
    throw error instanceof CadreError ? httpErrorOf(error) : error;
  }
  throw new HttpError(
    405,
    'CORE_METHOD_NOT_ALLOWED',
    {
      zh: '上传用 POST /attachments，下载用 GET /attachments/<id>',
      en: 'Upload with POST /attachments, download with GET /attachments/<id>',
    },
    { allow: id === undefined ? 'POST' : 'GET' },
  );
}

/**
 * The body is whatever the client sends, whatever it says its type is: the content decides. The
 * owner type and the permission are checked before the body is read, so a refused upload is
 * not received, and neither is one larger than the owner type takes.
 */
async function upload(
  context: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const scope = attachmentScope(context);
  const param = (name: string) => url.searchParams.get(name) ?? '';
  const content = await readBody(req, uploadLimit(scope, param('ownerType')));
  const info = await attachFile(scope, {
    ownerType: param('ownerType'),
    ownerId: param('ownerId'),
    fileName: param('fileName'),
    content,
  });
  const { id, sha256, contentType, byteSize } = info;
  sendJson(
    res,
    201,
    { id, sha256, contentType, byteSize },
    { location: `/attachments/${id}`, 'x-request-id': context.requestId },
  );
}

async function download(context: RequestContext, res: ServerResponse, id: string): Promise<void> {
  const { info, content } = await downloadAttachment(attachmentScope(context), id);
  res.writeHead(200, {
    'content-type': info.contentType,
    'content-length': String(content.length),
    'content-disposition': contentDisposition(info.fileName),
    // Served as what it was detected to be, saved rather than shown, and never kept by a cache.
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    'x-request-id': context.requestId,
  });
  res.end(content);
}

/** `attachment` with the name for every browser: ASCII for old ones, UTF-8 (RFC 5987) for all. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Statuses of the refusals that say it by their code, then of the other kinds of refusal. */
const STATUS_OF_CODE: Record<string, number> = {
  [ATTACHMENT_TYPE_REFUSED]: 415,
  [ATTACHMENT_TOO_LARGE]: 413,
};
const STATUS_OF_KIND: [new (...args: never[]) => CadreError, number][] = [
  [InputError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
];

/** A refusal of the services as the HTTP answer it is (409 for a rule of the domain). */
function httpErrorOf(error: CadreError): HttpError {
  const status =
    STATUS_OF_CODE[error.code] ??
    STATUS_OF_KIND.find(([kind]) => error instanceof kind)?.[1] ??
    409;
  const issues =
    error instanceof InputError
      ? {
          issues: error.issues.map((i) => ({
            path: i.path,
            code: i.code,
            messageZh: i.text.zh,
            messageEn: i.text.en,
          })),
        }
      : {};
  return new HttpError(status, error.code, error.text, {}, issues);
}
