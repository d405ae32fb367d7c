import { printSchema } from 'graphql';
import { createDistrict, createUser, SchemaVariants, setPluginEnabled } from '@cadre/core';
import { installedPlugins } from '../plugins.ts';
import type { Command } from './command.ts';
import { districtId, list, required, withDatabase } from './database.ts';
import { auditCheckpoint, auditVerify } from './audit-verify.ts';
import { calendarImportCommand } from './calendar-command.ts';
import { createApiKeyCommand } from './api-key.ts';
import { deadlinesRunCommand } from './deadlines-command.ts';
import { demoLoginLines, seedDemo } from './demo.ts';
import { addTrustedDocument } from './trusted-documents.ts';
import { OPERATOR } from './operator.ts';
import { readPassword } from './password.ts';
import { start } from './start.ts';
import { UsageError } from './usage-error.ts';

export type { Command } from './command.ts';

const pluginSwitch = (enabled: boolean): Command => ({
  name: 'district',
  sub: enabled ? 'enable-plugin' : 'disable-plugin',
  summary: `${enabled ? 'Enable' : 'Disable'} a plugin in a district: --district CODE --plugin ID`,
  options: { district: { type: 'string' }, plugin: { type: 'string' } },
  run: (v) =>
    withDatabase(async (db) => {
      const id = await districtId(db, required(v, 'district'));
      await setPluginEnabled(db, installedPlugins, OPERATOR, id, required(v, 'plugin'), enabled);
      console.log(
        `${required(v, 'plugin')} ${enabled ? 'enabled in' : 'disabled in'} ${required(v, 'district')}`,
      );
    }),
});

export const COMMANDS: Command[] = [
  {
    name: 'start',
    summary: 'Migrate, seed the demo city on an empty embedded database, and serve the gateway',
    run: () => start(),
  },
  {
    name: 'migrate',
    summary: 'Apply pending migrations (DATABASE_URL, or the embedded database)',
    run: () => withDatabase(async () => console.log('数据库已是最新 / database is up to date')),
  },
  {
    name: 'seed',
    summary: 'Load the demo city into an empty database',
    run: () =>
      withDatabase(async (db) => {
        const logins = await seedDemo(db);
        if (logins) console.log(demoLoginLines(logins).join('\n'));
      }),
  },
  {
    name: 'district',
    sub: 'create',
    summary: 'Create a tenant: --code C --name N --level CITY|DISTRICT [--parent CITY_CODE]',
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      level: { type: 'string' },
      parent: { type: 'string' },
    },
    run: (v) =>
      withDatabase(async (db) => {
        const level = required(v, 'level');
        if (level !== 'CITY' && level !== 'DISTRICT')
          throw new UsageError('--level must be CITY or DISTRICT');
        const d = await createDistrict(db, OPERATOR, {
          code: required(v, 'code'),
          name: required(v, 'name'),
          level,
          parentCode: (v.parent as string | undefined) ?? null,
        });
        console.log(`created district ${d.code} ${d.name}`);
      }),
  },
  pluginSwitch(true),
  pluginSwitch(false),
  {
    name: 'user',
    sub: 'create',
    summary:
      'Create a staff account: --district CODE --username U --name N [--roles district-admin,…] (password from CADRE_PASSWORD or stdin)',
    options: {
      district: { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string', default: '' },
    },
    run: (v) =>
      withDatabase(async (db) => {
        const user = await createUser(db, OPERATOR, {
          districtCode: required(v, 'district'),
          username: required(v, 'username'),
          displayName: required(v, 'name'),
          password: await readPassword(),
          roleKeys: list(v.roles),
        });
        console.log(`created user ${user.username}`);
      }),
  },
  auditVerify,
  auditCheckpoint,
  calendarImportCommand,
  deadlinesRunCommand,
  createApiKeyCommand,
  addTrustedDocument,
  {
    name: 'print-schema',
    summary: 'Print the SDL of one variant, no database needed: --plugins id,id',
    options: { plugins: { type: 'string', default: '' } },
    run: async (v) => {
      const wanted = list(v.plugins);
      const unknown = wanted.filter((id) => !installedPlugins.some((p) => p.id === id));
      if (unknown.length > 0) throw new UsageError(`Not installed: ${unknown.join(', ')}`);
      console.log(printSchema(new SchemaVariants(installedPlugins).schemaFor(wanted)));
    },
  },
];

export function usage(): string {
  const lines = COMMANDS.map(
    (c) => `  cadre ${[c.name, c.sub].filter(Boolean).join(' ').padEnd(24)} ${c.summary}`,
  );
  return `干部工作平台 / Cadre Platform\n\nUsage:\n${lines.join('\n')}`;
}
