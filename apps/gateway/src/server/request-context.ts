import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  catalogOf,
  clientAddress,
  credentialContext,
  resolveCredential,
  type CadrePlugin,
  type Language,
  type RequestContext,
  type ResolvedCredential,
  type SecurityPolicy,
} from '@cadre/core';
import type { Database } from '@cadre/db';

export function languageOf(req: IncomingMessage): Language {
  return /^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh';
}

/** `Authorization: Bearer <session token or API key>`. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

export interface ContextDeps {
  db: Database;
  plugins: readonly CadrePlugin[];
  security: SecurityPolicy;
}

/** Who is asking and for which district: one statement per request, nothing cached across them. */
export async function requestContext(
  deps: ContextDeps,
  req: IncomingMessage,
): Promise<{ context: RequestContext; resolved: ResolvedCredential | null }> {
  const token = bearerToken(req);
  const resolved = token
    ? await resolveCredential(deps.db, catalogOf(deps.plugins), deps.security, token)
    : null;
  return {
    resolved,
    context: {
      db: deps.db,
      requestId: randomUUID(),
      language: languageOf(req),
      plugins: deps.plugins,
      security: deps.security,
      clientAddress: clientAddress(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for'],
        deps.security.trustProxy,
      ),
      ...credentialContext(deps.db, resolved),
    },
  };
}
