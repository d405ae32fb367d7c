import { describe, expect, it } from 'vitest';
import { useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// The admin UI builds each plugin's settings form from the schema the gateway publishes, and
// shows the server's own validation messages: both must come through HTTP as the UI reads them.

const h = useGateway(testPlugins);

interface PluginState {
  pluginId: string;
  config: unknown;
  configSchema: Record<string, unknown> | null;
  configDefaults: unknown;
}

const plugins = async () =>
  (
    await h.a.data<{ district: { plugins: PluginState[] } }>(
      '{ district { plugins { pluginId config configSchema configDefaults } } }',
    )
  ).district.plugins;

describe('plugin settings schema', () => {
  it('publishes the JSON Schema and defaults of a configurable plugin', async () => {
    const alpha = (await plugins()).find((p) => p.pluginId === 'alpha');
    expect(alpha).toMatchObject({
      config: { threshold: 0.5 },
      configDefaults: { threshold: 0.5 },
      configSchema: {
        type: 'object',
        properties: { threshold: { type: 'number', minimum: 0, maximum: 1 } },
        required: ['threshold'],
        additionalProperties: false,
      },
    });
  });

  it('answers null for a plugin without settings', async () => {
    const beta = (await plugins()).find((p) => p.pluginId === 'beta');
    expect(beta).toMatchObject({ configSchema: null, configDefaults: null });
  });

  it('refuses what the schema refuses, naming the field in Chinese, and keeps the settings', async () => {
    const { configurePlugin } = await h.a.data<{ configurePlugin: Record<string, unknown> }>(
      `mutation ($config: JSON!) { configurePlugin(pluginId: "alpha", config: $config) {
        __typename ... on InputError { issues { path messageZh } } } }`,
      { config: { threshold: 2 } },
    );
    expect(configurePlugin).toEqual({
      __typename: 'InputError',
      issues: [{ path: 'config.threshold', messageZh: '不能大于 1' }],
    });
    const alpha = (await plugins()).find((p) => p.pluginId === 'alpha');
    expect(alpha?.config).toEqual({ threshold: 0.5 });
  });
});
