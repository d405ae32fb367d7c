import { z } from 'zod';
import type { CadrePlugin } from '../contract/plugin.ts';
import { parseInput } from '../errors/zod-issues.ts';
import { configurePlugin, effectiveConfig, setPluginEnabled } from '../services/districts.ts';
import { selecting } from './prisma-query.ts';
import type { Builder } from './builder.ts';
import { actorOf, districtOf } from './scope.ts';

interface PluginState {
  plugin: CadrePlugin;
  enabled: boolean;
  config: unknown;
}

const pluginIdArg = z.object({ pluginId: z.string().min(1).max(64) });

/** A plugin's settings schema as JSON Schema, made once per plugin: the admin UI's form. */
const configSchemas = new WeakMap<CadrePlugin, unknown>();
function configSchemaOf(plugin: CadrePlugin): unknown {
  if (!plugin.config) return null;
  if (!configSchemas.has(plugin)) {
    // What the server accepts (`input`); a part JSON Schema cannot say becomes `{}` (any value).
    configSchemas.set(
      plugin,
      z.toJSONSchema(plugin.config.schema, { io: 'input', unrepresentable: 'any' }),
    );
  }
  return configSchemas.get(plugin);
}

/** Districts (tenants) and the plugins each one runs. */
export function registerDistrict(builder: Builder, installed: readonly CadrePlugin[]): void {
  const DistrictLevel = builder.enumType('DistrictLevel', {
    values: ['CITY', 'DISTRICT'] as const,
  });

  const PluginStateRef = builder.objectRef<PluginState>('DistrictPluginState').implement({
    description: 'An installed plugin as one district has it',
    fields: (t) => ({
      pluginId: t.string({ resolve: (s) => s.plugin.id }),
      titleZh: t.string({ resolve: (s) => s.plugin.title.zh }),
      titleEn: t.string({ resolve: (s) => s.plugin.title.en }),
      dependsOn: t.stringList({ resolve: (s) => s.plugin.dependsOn ?? [] }),
      enabled: t.boolean({ resolve: (s) => s.enabled }),
      config: t.field({
        type: 'JSON',
        description: 'Stored settings over the defaults',
        resolve: (s) => s.config,
      }),
      configSchema: t.field({
        type: 'JSON',
        nullable: true,
        description: 'JSON Schema of the settings (what `configurePlugin` accepts); null: none',
        resolve: (s) => configSchemaOf(s.plugin),
      }),
      configDefaults: t.field({
        type: 'JSON',
        nullable: true,
        description: "The plugin's default settings; null when it has none",
        resolve: (s) => s.plugin.config?.defaults ?? null,
      }),
    }),
  });

  const District = builder.prismaNode('District', {
    id: { field: 'id' },
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      level: t.expose('level', { type: DistrictLevel }),
      parent: t.relation('parent', { nullable: true }),
      plugins: t.field({
        type: [PluginStateRef],
        description: 'Every installed plugin, switched on or off here',
        select: { plugins: true },
        resolve: (district) =>
          installed.map((plugin) => {
            const row = district.plugins.find((p) => p.pluginId === plugin.id);
            return {
              plugin,
              enabled: row?.enabled ?? false,
              config: effectiveConfig(plugin, row?.config),
            };
          }),
      }),
    }),
  });

  builder.queryField('district', (t) =>
    t.prismaField({
      type: District,
      description: "The viewer's district",
      authScopes: { signedIn: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.district.findUniqueOrThrow({
          ...selecting(query),
          where: { id: districtOf(ctx).id },
        }),
    }),
  );

  const switchField = (enabled: boolean) =>
    builder.mutationField(enabled ? 'enablePlugin' : 'disablePlugin', (t) =>
      t.prismaField({
        type: District,
        description: enabled
          ? 'Switch a plugin on in the viewer’s district (its dependencies must be on)'
          : 'Switch a plugin off in the viewer’s district (its settings are kept)',
        authScopes: { permission: 'core.district.configure' },
        errors: {},
        args: { pluginId: t.arg.string() },
        resolve: async (query, _root, args, ctx) => {
          const { pluginId } = parseInput(pluginIdArg, args, []);
          const district = districtOf(ctx);
          await setPluginEnabled(ctx.db, installed, actorOf(ctx), district.id, pluginId, enabled);
          return ctx.prisma.district.findUniqueOrThrow({
            ...selecting(query),
            where: { id: district.id },
          });
        },
      }),
    );
  switchField(true);
  switchField(false);

  builder.mutationField('configurePlugin', (t) =>
    t.prismaField({
      type: District,
      description: "Replace a plugin's settings in the viewer's district; validated by the plugin",
      authScopes: { permission: 'core.district.configure' },
      errors: {},
      args: { pluginId: t.arg.string(), config: t.arg({ type: 'JSON' }) },
      resolve: async (query, _root, args, ctx) => {
        const { pluginId } = parseInput(pluginIdArg, args, []);
        const district = districtOf(ctx);
        await configurePlugin(ctx.db, installed, actorOf(ctx), district.id, pluginId, args.config);
        return ctx.prisma.district.findUniqueOrThrow({
          ...selecting(query),
          where: { id: district.id },
        });
      },
    }),
  );
}
