import { z } from 'zod';
import { parseInput } from '../errors/zod-issues.ts';
import { createApiKey, revokeApiKey } from '../services/api-keys.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { actorOf } from './scope.ts';

const newKey = z.object({
  name: z.string().trim().min(2).max(60),
  permissions: z.array(z.string().min(3).max(120)).min(1).max(200),
  trustedOnly: z.boolean(),
  rateLimitPerMinute: z.number().int().min(1).max(10_000),
  expiresAt: z.date().nullish(),
});

/** Partner systems' credentials (接口密钥): one district, exact permissions, optional expiry. */
export function registerApiKey(builder: Builder) {
  const ApiKey = builder.prismaNode('ApiKey', {
    id: { field: 'id' },
    fields: (t) => ({
      name: t.exposeString('name'),
      prefix: t.exposeString('prefix', { description: 'The start of the key, to tell keys apart' }),
      permissions: t.exposeStringList('permissions'),
      trustedOnly: t.exposeBoolean('trustedOnly', {
        description: 'May run registered (trusted) documents only',
      }),
      rateLimitPerMinute: t.exposeInt('rateLimitPerMinute'),
      expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
      revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
      lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });

  const Created = builder
    .objectRef<{ secret: string; apiKeyId: string }>('CreatedApiKey')
    .implement({
      fields: (t) => ({
        secret: t.exposeString('secret', {
          description: 'Shown this once; send as `Authorization: Bearer <secret>`',
        }),
        apiKey: t.prismaField({
          type: ApiKey,
          resolve: (query, r, _args, ctx) =>
            ctx.prisma.apiKey.findUniqueOrThrow({ ...selecting(query), where: { id: r.apiKeyId } }),
        }),
      }),
    });

  const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
    fields: (f) => ({
      name: f.string(),
      permissions: f.stringList(),
      trustedOnly: f.boolean({ required: false, description: 'Default false' }),
      rateLimitPerMinute: f.int({ required: false, description: 'Default 120' }),
      expiresAt: f.field({ type: 'DateTime', required: false }),
    }),
  });

  builder.queryField('apiKeys', (t) =>
    t.prismaField({
      type: [ApiKey],
      authScopes: { permission: 'core.api-key.manage' },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.apiKey.findMany({ ...selecting(query), orderBy: { createdAt: 'desc' } }),
    }),
  );

  builder.mutationFields((t) => ({
    createApiKey: t.field({
      type: Created,
      authScopes: { permission: 'core.api-key.manage' },
      errors: {},
      args: { input: t.arg({ type: CreateApiKeyInput }) },
      resolve: async (_root, args, ctx) => {
        const input = parseInput(newKey, {
          ...args.input,
          trustedOnly: args.input.trustedOnly ?? false,
          rateLimitPerMinute: args.input.rateLimitPerMinute ?? 120,
        });
        const { apiKey, secret } = await createApiKey(ctx.db, actorOf(ctx), ctx.permissions, {
          ...input,
          expiresAt: input.expiresAt ?? null,
        });
        return { secret, apiKeyId: apiKey.id };
      },
    }),
    revokeApiKey: t.prismaField({
      type: ApiKey,
      description: 'Takes effect at the next request',
      authScopes: { permission: 'core.api-key.manage' },
      errors: {},
      args: { id: t.arg.globalID({ for: ApiKey }) },
      resolve: async (query, _root, args, ctx) => {
        const { id } = args.id;
        await revokeApiKey(ctx.db, actorOf(ctx), id);
        return ctx.prisma.apiKey.findUniqueOrThrow({ ...selecting(query), where: { id } });
      },
    }),
  }));
}
