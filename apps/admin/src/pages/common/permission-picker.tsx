import { Checkbox, Flex, Tag, Tooltip, Typography } from 'antd';
import { labelOf, useLabel } from '@cadre/ui';
import { useCommonMessages } from './messages.ts';

export interface Permission {
  key: string;
  label: string;
  sensitive: boolean;
}

export interface PluginTitle {
  pluginId: string;
  titleZh: string;
  titleEn: string;
}

/**
 * The permission catalog as checkboxes, grouped by the plugin that declares each (the first part
 * of `<plugin>.<resource>.<action>`); sensitive ones are marked. A form control: `value` is the
 * chosen keys.
 */
export function PermissionPicker({
  id,
  permissions,
  plugins,
  value = [],
  onChange,
  disabled = false,
}: {
  id?: string;
  permissions: readonly Permission[];
  plugins: readonly PluginTitle[];
  value?: string[];
  onChange?(keys: string[]): void;
  disabled?: boolean;
}) {
  const m = useCommonMessages();
  const t = useLabel();
  const chosen = new Set(value);
  const groups = [...new Set(permissions.map((p) => p.key.split('.')[0] ?? ''))];
  const titleOf = (group: string) => {
    const plugin = plugins.find((p) => p.pluginId === group);
    return plugin ? t(labelOf(plugin.titleZh, plugin.titleEn)) : group === 'core' ? m.core : group;
  };
  const set = (keys: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    // In catalog order, as the server lists them.
    onChange?.(permissions.map((p) => p.key).filter((key) => next.has(key)));
  };

  return (
    <div id={id}>
      {groups.map((group) => {
        const members = permissions.filter((p) => p.key.split('.')[0] === group);
        const keys = members.map((p) => p.key);
        const count = keys.filter((k) => chosen.has(k)).length;
        const headingId = `${id ?? 'permissions'}-${group}`;
        return (
          <section key={group} aria-labelledby={headingId} style={{ marginBottom: 12 }}>
            <Flex align="center" gap={8} style={{ marginBottom: 4 }}>
              <Typography.Text strong id={headingId}>
                {titleOf(group)}
              </Typography.Text>
              <Checkbox
                disabled={disabled}
                checked={count === keys.length}
                indeterminate={count > 0 && count < keys.length}
                onChange={(e) => set(keys, e.target.checked)}
              >
                {m.selectAll}
              </Checkbox>
            </Flex>
            <Flex vertical gap={2} style={{ paddingInlineStart: 16 }}>
              {members.map((p) => (
                <Checkbox
                  key={p.key}
                  disabled={disabled}
                  checked={chosen.has(p.key)}
                  onChange={(e) => set([p.key], e.target.checked)}
                >
                  {p.label}{' '}
                  <Typography.Text type="secondary" code>
                    {p.key}
                  </Typography.Text>
                  {p.sensitive && (
                    <Tooltip title={m.sensitiveHelp}>
                      <Tag color="error" style={{ marginInlineStart: 6 }}>
                        {m.sensitive}
                      </Tag>
                    </Tooltip>
                  )}
                </Checkbox>
              ))}
            </Flex>
          </section>
        );
      })}
    </div>
  );
}
