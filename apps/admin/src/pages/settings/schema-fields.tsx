import { Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { format, useLabel } from '@cadre/ui';
import { type FieldSpec, isJsonText } from './json-schema.ts';
import { type SettingsMessages, useSettingsMessages } from './messages.ts';

// The controls of a settings form, one per schema field. Ranges are shown, not enforced: the
// server validates and its message appears under the field, so what was typed is never changed.

/** The field's limits in words: "取值 5 至 30，整数". */
function limits(field: FieldSpec, m: SettingsMessages): string | null {
  if (field.kind === 'number') {
    const { min, max } = field;
    const parts: string[] = [];
    if (min && max && !min.exclusive && !max.exclusive)
      parts.push(format(m.rangeBoth, { min: min.value, max: max.value }));
    else {
      if (min) parts.push(format(min.exclusive ? m.aboveMin : m.rangeMin, { min: min.value }));
      if (max) parts.push(format(max.exclusive ? m.belowMax : m.rangeMax, { max: max.value }));
    }
    if (field.integer) parts.push(m.integer);
    return parts.length > 0 ? parts.join(m.separator) : null;
  }
  if (field.kind === 'string') {
    const { minLength: min, maxLength: max } = field;
    if (min !== null && max !== null) return format(m.lengthRange, { min, max });
    if (min !== null) return format(m.lengthMin, { min });
    if (max !== null) return format(m.lengthMax, { max });
  }
  if (field.kind === 'json') return m.jsonHint;
  return null;
}

const GROUP = {
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  padding: '8px 16px 0',
  margin: '0 0 16px',
};
const LEGEND = {
  width: 'auto',
  padding: '0 6px',
  margin: 0,
  fontSize: 14,
  fontWeight: 600,
  border: 0,
};

/**
 * The input for one field. `Form.Item` hands its child the value, change handler and id; they
 * pass through to the control, so the label names it and the form holds its value.
 */
function Control({ field, ...bound }: { field: FieldSpec } & Record<string, unknown>) {
  const t = useLabel();
  const options = (list: { value: string | number; label: { zh: string; en: string } }[]) =>
    list.map((o) => ({ value: o.value, label: t(o.label) }));
  switch (field.kind) {
    case 'number':
      return <InputNumber {...bound} step={field.integer ? 1 : 0.05} style={{ width: 200 }} />;
    case 'boolean':
      return <Switch {...bound} />;
    case 'string':
      return <Input {...bound} style={{ maxWidth: 420 }} />;
    case 'enum':
      return (
        <Select
          {...bound}
          options={options(field.options)}
          allowClear={!field.required}
          style={{ maxWidth: 320 }}
        />
      );
    case 'enum-list':
      return (
        <Select
          {...bound}
          mode="multiple"
          options={options(field.options)}
          style={{ maxWidth: 560 }}
        />
      );
    default:
      return (
        <Input.TextArea {...bound} autoSize={{ minRows: 2, maxRows: 12 }} spellCheck={false} />
      );
  }
}

/** The form items of `fields`, named under `prefix` (`['config']`, as the server's issues are). */
export function SchemaFields({
  fields,
  prefix,
}: {
  fields: readonly FieldSpec[];
  prefix: readonly string[];
}) {
  const t = useLabel();
  const m = useSettingsMessages();
  return (
    <>
      {fields.map((field) => {
        if (field.kind === 'object') {
          return (
            <fieldset key={field.key} style={GROUP}>
              <legend style={LEGEND}>{t(field.label)}</legend>
              {field.help && (
                <Typography.Paragraph type="secondary">{t(field.help)}</Typography.Paragraph>
              )}
              <SchemaFields fields={field.fields} prefix={prefix} />
            </fieldset>
          );
        }
        const rules: Rule[] = [];
        if (field.required && field.kind !== 'boolean' && field.kind !== 'enum-list')
          rules.push({ required: true, message: m.required });
        if (field.kind === 'json')
          rules.push({
            validator: async (_rule, value) => {
              if ((value === undefined || value === '') && !field.required) return;
              if (!isJsonText(value)) throw new Error(m.invalidJson);
            },
          });
        const help = [field.help && t(field.help), limits(field, m)].filter(Boolean).join(' · ');
        return (
          <Form.Item
            key={field.key}
            name={[...prefix, ...field.path]}
            label={t(field.label)}
            extra={help || undefined}
            rules={rules}
            valuePropName={field.kind === 'boolean' ? 'checked' : 'value'}
          >
            <Control field={field} />
          </Form.Item>
        );
      })}
    </>
  );
}
