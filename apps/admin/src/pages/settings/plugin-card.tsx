import { App, Card, Collapse, Descriptions, Flex, Switch, Tag, Typography } from 'antd';
import { useMutation } from 'urql';
import { format, labelOf, ServerErrorAlert, useLabel, useServerErrors } from '@cadre/ui';
import { useSettingsMessages } from './messages.ts';
import { PluginSettingsForm, type ConfigurablePlugin } from './plugin-settings-form.tsx';
import { DisablePluginMutation, EnablePluginMutation } from './queries.ts';

export interface PluginState extends ConfigurablePlugin {
  titleZh: string;
  titleEn: string;
  dependsOn: string[];
  enabled: boolean;
}

/**
 * One installed plugin: its switch, what it depends on and what depends on it (a switch that
 * would be refused says why instead), and its settings. Switching off asks first.
 */
export function PluginCard({
  plugin,
  plugins,
}: {
  plugin: PluginState;
  plugins: readonly PluginState[];
}) {
  const m = useSettingsMessages();
  const t = useLabel();
  const { modal, message } = App.useApp();
  const errors = useServerErrors();
  const [{ fetching: enabling }, enable] = useMutation(EnablePluginMutation);
  const [{ fetching: disabling }, disable] = useMutation(DisablePluginMutation);

  const titleOf = (p: PluginState) => t(labelOf(p.titleZh, p.titleEn));
  const title = titleOf(plugin);
  const named = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const found = plugins.find((p) => p.pluginId === id);
        return found ? titleOf(found) : id;
      })
      .join('、');
  const missing = plugin.dependsOn.filter((id) => !plugins.find((p) => p.pluginId === id)?.enabled);
  const dependents = plugins.filter((p) => p.dependsOn.includes(plugin.pluginId));
  const enabledDependents = dependents.filter((p) => p.enabled).map((p) => p.pluginId);
  const refusal = plugin.enabled
    ? enabledDependents.length > 0 &&
      format(m.requiredByEnabled, { plugins: named(enabledDependents) })
    : missing.length > 0 && format(m.needsFirst, { plugins: named(missing) });

  const switchOn = async () => {
    const result = await enable({ pluginId: plugin.pluginId });
    if (errors.check(result, 'enablePlugin'))
      void message.success(format(m.enabledDone, { title }));
  };
  const switchOff = () =>
    modal.confirm({
      title: format(m.disableTitle, { title }),
      content: m.disableText,
      okText: m.disableOk,
      okButtonProps: { danger: true },
      cancelText: m.cancel,
      onOk: async () => {
        const result = await disable({ pluginId: plugin.pluginId });
        if (errors.check(result, 'disablePlugin'))
          void message.success(format(m.disabledDone, { title }));
      },
    });

  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <span>{title}</span>
          <Tag color={plugin.enabled ? 'success' : 'default'}>
            {plugin.enabled ? m.enabled : m.disabled}
          </Tag>
        </Flex>
      }
      extra={
        <Switch
          checked={plugin.enabled}
          loading={enabling || disabling}
          disabled={Boolean(refusal)}
          onChange={(on) => (on ? void switchOn() : switchOff())}
          aria-label={format(m.toggleLabel, { title })}
          aria-describedby={refusal ? `refusal-${plugin.pluginId}` : undefined}
        />
      }
    >
      <ServerErrorAlert errors={errors} />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'depends',
            label: m.dependsOn,
            children: plugin.dependsOn.length > 0 ? named(plugin.dependsOn) : m.none,
          },
          {
            key: 'required',
            label: m.requiredBy,
            children: dependents.length > 0 ? named(dependents.map((p) => p.pluginId)) : m.none,
          },
        ]}
      />
      {refusal && (
        <Typography.Paragraph type="warning" id={`refusal-${plugin.pluginId}`}>
          {refusal}
        </Typography.Paragraph>
      )}
      {plugin.configSchema ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'settings',
              label: m.settings,
              children: <PluginSettingsForm plugin={plugin} title={title} />,
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{m.noSettings}</Typography.Text>
      )}
    </Card>
  );
}
