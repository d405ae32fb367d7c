import { useState } from 'react';
import { Alert, Flex, Segmented, Switch, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { type DocumentType, format, labelOf, LoadError, PageHeader, useLabel } from '@cadre/ui';
import { DueStanding } from '../common/due-standing.tsx';
import { useDueItemsMessages } from './messages.ts';
import { DueItemsPageQuery } from './queries.ts';

type DueItem = DocumentType<typeof DueItemsPageQuery>['myDueItems'][number];
type Show = 'all' | 'overdue' | 'soon';

const SOON = 3;

/** 到期提醒: the viewer's deadlines, overdue ones first to the eye, with working days left. */
export default function DueItemsPage() {
  const m = useDueItemsMessages();
  const t = useLabel();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [show, setShow] = useState<Show>('all');
  const [{ data, error, fetching }] = useQuery({
    query: DueItemsPageQuery,
    variables: { includeClosed },
  });
  const items = data?.myDueItems ?? [];
  const open = items.filter((i) => !i.closedAt);
  const overdue = open.filter((i) => i.overdue).length;
  const shown = items.filter((i) =>
    show === 'overdue'
      ? i.overdue && !i.closedAt
      : show === 'soon'
        ? !i.closedAt && !i.overdue && i.workingDaysLeft <= SOON
        : true,
  );
  const sourceOf = (id: string) => {
    const plugin = data?.district.plugins.find((p) => p.pluginId === id);
    return plugin ? t(labelOf(plugin.titleZh, plugin.titleEn)) : id === 'core' ? m.core : id;
  };

  return (
    <>
      <PageHeader title={m.title} intro={m.intro} />
      <LoadError error={error} title={m.loadFailed} />
      {overdue > 0 && (
        <Alert
          type="error"
          showIcon
          title={format(m.overdueCount, { count: overdue })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Flex gap={24} align="center" wrap style={{ marginBottom: 12 }}>
        <Segmented<Show>
          aria-label={m.filter}
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: m.all },
            { value: 'overdue', label: m.overdueOnly },
            { value: 'soon', label: m.soon },
          ]}
        />
        <Flex gap={8} align="center">
          <Switch id="due-show-closed" checked={includeClosed} onChange={setIncludeClosed} />
          <label htmlFor="due-show-closed">{m.showClosed}</label>
        </Flex>
      </Flex>
      <Table<DueItem>
        rowKey="id"
        loading={fetching}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: m.none }}
        onRow={(i) => ({
          style: i.overdue && !i.closedAt ? { background: '#fff1f0' } : undefined,
        })}
        columns={[
          {
            key: 'title',
            title: m.item,
            render: (_, i) => (i.link ? <Link to={i.link}>{i.title}</Link> : i.title),
          },
          { key: 'source', title: m.source, render: (_, i) => sourceOf(i.source), width: 140 },
          { key: 'due', title: m.dueDate, dataIndex: 'dueDate', width: 120 },
          {
            key: 'standing',
            title: m.standing,
            width: 170,
            render: (_, i) => <DueStanding {...i} closed={i.closedAt !== null} />,
          },
          {
            key: 'assigned',
            title: m.assigned,
            width: 130,
            render: (_, i) =>
              i.assignedToMe ? (
                <Tag color="processing">{m.toMe}</Tag>
              ) : (
                <Typography.Text type="secondary">{m.toRole}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
