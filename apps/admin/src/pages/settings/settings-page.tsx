import { Empty, Flex, Skeleton } from 'antd';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader } from '@cadre/ui';
import { useSettingsMessages } from './messages.ts';
import { PluginCard } from './plugin-card.tsx';
import { SettingsQuery } from './queries.ts';

/** 插件与设置: which plugins the district runs, and each one's settings. */
export default function SettingsPage() {
  const m = useSettingsMessages();
  const [{ data, error, fetching }] = useQuery({ query: SettingsQuery });
  const district = data?.district;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={
          <>
            {district && `${format(m.district, { name: district.name, code: district.code })} · `}
            {m.intro}
          </>
        }
      />
      <LoadError error={error} title={m.loadFailed} />
      {fetching && !district && <Skeleton active paragraph={{ rows: 6 }} />}
      {district && district.plugins.length === 0 && <Empty description={m.noPlugins} />}
      <Flex vertical gap={16}>
        {district?.plugins.map((plugin) => (
          <PluginCard key={plugin.pluginId} plugin={plugin} plugins={district.plugins} />
        ))}
      </Flex>
    </>
  );
}
