import { catalogOf, createApiKey, operatorIn, PermissionSet } from '@cadre/core';
import { installedPlugins } from '../plugins.ts';
import type { Command } from './command.ts';
import { districtId, list, required, withDatabase } from './database.ts';
import { UsageError } from './usage-error.ts';

/** Issues a partner key from the command line; like a district administrator, never a sensitive permission. */
export const createApiKeyCommand: Command = {
  name: 'api-key',
  sub: 'create',
  summary:
    'Issue a partner API key: --district CODE --name N --permissions a,b [--trusted-only] [--rate-limit 120] [--expires YYYY-MM-DD]',
  options: {
    district: { type: 'string' },
    name: { type: 'string' },
    permissions: { type: 'string' },
    'trusted-only': { type: 'boolean', default: false },
    'rate-limit': { type: 'string', default: '120' },
    expires: { type: 'string' },
  },
  run: (v) =>
    withDatabase(async (db) => {
      const rate = Number(v['rate-limit']);
      if (!Number.isInteger(rate) || rate < 1)
        throw new UsageError('--rate-limit must be a positive integer');
      const expires = typeof v.expires === 'string' ? new Date(`${v.expires}T00:00:00Z`) : null;
      if (expires && Number.isNaN(expires.getTime()))
        throw new UsageError('--expires must be YYYY-MM-DD');
      const id = await districtId(db, required(v, 'district'));
      const { apiKey, secret } = await createApiKey(
        db,
        operatorIn(id),
        new PermissionSet(['*'], catalogOf(installedPlugins)),
        {
          name: required(v, 'name'),
          permissions: list(required(v, 'permissions')),
          trustedOnly: v['trusted-only'] === true,
          rateLimitPerMinute: rate,
          expiresAt: expires,
        },
      );
      console.log(`created API key ${apiKey.prefix}… (${apiKey.id})`);
      console.log(`密钥仅显示这一次 / shown this once: ${secret}`);
    }),
};
