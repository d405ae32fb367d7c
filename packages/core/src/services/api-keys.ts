import { randomBytes } from 'node:crypto';
import type { Database } from '@cadre/db';
import type { PermissionSet } from '../domain/permissions.ts';
import { InputError, NotFoundError } from '../errors/cadre-error.ts';
import { type Actor, changedFields, writeAudited } from './audit.ts';
import { API_KEY_PREFIX } from './credentials.ts';
import { digest } from './users.ts';

export interface NewApiKey {
  name: string;
  permissions: string[];
  trustedOnly: boolean;
  rateLimitPerMinute: number;
  expiresAt: Date | null;
}

const API_KEY = { zh: '接口密钥', en: 'API key' };

/**
 * Issues a key for a partner system. The secret is returned this once; only its digest is kept.
 * A key never holds a permission its issuer lacks, and never a sensitive one through a pattern.
 */
export async function createApiKey(
  db: Database,
  actor: Actor,
  issuer: PermissionSet,
  input: NewApiKey,
) {
  const issues = [
    ...input.permissions
      .map((key, i) => ({ key, i }))
      .filter(({ key }) => !issuer.catalog.has(key) || !issuer.has(key))
      .map(({ key, i }) => ({
        path: `input.permissions.${i}`,
        code: 'NOT_GRANTABLE',
        text: {
          zh: `权限 ${key} 不存在或您本人不具有，不能授予`,
          en: `Permission ${key} is unknown or not yours to grant`,
        },
      })),
    ...(input.expiresAt && input.expiresAt <= new Date()
      ? [
          {
            path: 'input.expiresAt',
            code: 'IN_PAST',
            text: { zh: '有效期须晚于现在', en: 'Expiry must be in the future' },
          },
        ]
      : []),
  ];
  if (issues.length > 0) throw new InputError(issues);
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiKey = await writeAudited(db, actor, async (tx, audit) => {
    const row = await tx.apiKey.create({
      data: {
        ...input,
        permissions: [...new Set(input.permissions)],
        districtId: actor.districtId,
        prefix: secret.slice(0, 10),
        keyHash: digest(secret),
        createdById: actor.userId,
      },
    });
    await audit({
      operation: 'api-key.create',
      targetType: 'ApiKey',
      targetId: row.id,
      changes: changedFields({}, row, ['keyHash', 'createdAt']),
    });
    return row;
  });
  return { apiKey, secret };
}

/** Revokes at once: the next request with the key is refused, in every gateway process. */
export async function revokeApiKey(db: Database, actor: Actor, id: string) {
  return writeAudited(db, actor, async (tx, audit) => {
    const before = await tx.apiKey.findFirst({ where: { id } });
    if (!before) throw new NotFoundError(API_KEY);
    if (before.revokedAt) return before;
    const row = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await audit({
      operation: 'api-key.revoke',
      targetType: 'ApiKey',
      targetId: id,
      changes: changedFields(before, row, ['keyHash', 'lastUsedAt']),
    });
    return row;
  });
}
