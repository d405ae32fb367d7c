import { useMemo, useState } from 'react';
import { App, Button, Form, Space, Tooltip } from 'antd';
import { useMutation } from 'urql';
import { format, ServerErrorAlert, useServerErrors } from '@cadre/ui';
import { fieldsOf, fromFormValues, toFormValues } from './json-schema.ts';
import { useSettingsMessages } from './messages.ts';
import { ConfigurePluginMutation } from './queries.ts';
import { SchemaFields } from './schema-fields.tsx';

export interface ConfigurablePlugin {
  pluginId: string;
  config: unknown;
  configSchema: unknown;
  configDefaults: unknown;
}

/**
 * A plugin's settings as a form generated from its schema. A refused save keeps every value as
 * typed and puts the server's message under each field it names.
 */
export function PluginSettingsForm({
  plugin,
  title,
}: {
  plugin: ConfigurablePlugin;
  title: string;
}) {
  const m = useSettingsMessages();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const errors = useServerErrors(form);
  const [{ fetching }, configure] = useMutation(ConfigurePluginMutation);
  const fields = useMemo(() => fieldsOf(plugin.configSchema), [plugin.configSchema]);
  // The stored settings when the form opens; later refreshes do not overwrite what is typed.
  const [initial] = useState(() => ({ config: toFormValues(fields, plugin.config) }));

  const save = async (values: { config?: unknown }) => {
    const result = await configure({
      pluginId: plugin.pluginId,
      config: fromFormValues(fields, values.config),
    });
    if (errors.check(result, 'configurePlugin')) void message.success(format(m.saved, { title }));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      aria-label={`${title} · ${m.settings}`}
    >
      <ServerErrorAlert errors={errors} />
      <SchemaFields fields={fields} prefix={['config']} />
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {m.save}
        </Button>
        <Tooltip title={m.resetHint}>
          <Button
            onClick={() =>
              form.setFieldsValue({ config: toFormValues(fields, plugin.configDefaults) })
            }
          >
            {m.resetDefaults}
          </Button>
        </Tooltip>
      </Space>
    </Form>
  );
}
