import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Database } from '@cadre/db';
import { resolveSession, type Language, type RequestContext } from '@cadre/core';

export function languageOf(req: IncomingMessage): Language {
  return /^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh';
}

function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** Who is asking and for which district: one query per request, nothing cached across them. */
export async function requestContext(db: Database, req: IncomingMessage): Promise<RequestContext> {
  const token = bearerToken(req);
  const session = token ? await resolveSession(db.prisma, token) : null;
  return {
    prisma: db.prisma,
    sql: db.sql,
    requestId: randomUUID(),
    language: languageOf(req),
    viewer: session?.viewer ?? null,
    district: session?.district ?? null,
    sessionToken: session ? token : null,
  };
}
