import { useState } from 'react';
import { Button, Card, Empty, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  type DocumentType,
  format,
  LoadError,
  PageHeader,
  rankLabels,
  reservePoolKindLabels,
  useLabel,
  useViewer,
} from '@cadre/ui';
import { useReservePoolsMessages } from './messages.ts';
import { AddEntryModal, CreatePoolModal } from './pool-forms.tsx';
import { ENTRIES_SHOWN, ReservePoolsPageQuery } from './queries.ts';

type Pool = DocumentType<typeof ReservePoolsPageQuery>['reservePools'][number];
type Entry = Pool['entries']['edges'][number]['node'];

function EntriesTable({ pool }: { pool: Pool }) {
  const m = useReservePoolsMessages();
  const t = useLabel();
  const today = dayjs().format('YYYY-MM-DD');
  const entries = pool.entries.edges.map((e) => e.node);
  return (
    <>
      {pool.description && (
        <Typography.Paragraph type="secondary">{pool.description}</Typography.Paragraph>
      )}
      {pool.entryCount > entries.length && (
        <Typography.Paragraph type="secondary">
          {format(m.shownFirst, { count: entries.length })}
        </Typography.Paragraph>
      )}
      <Table<Entry>
        size="small"
        rowKey="id"
        dataSource={entries}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={m.noEntries} /> }}
        scroll={{ x: true }}
        columns={[
          { key: 'rank', title: m.maturity, dataIndex: 'maturityRank', width: 96, align: 'center' },
          {
            key: 'name',
            title: m.name,
            width: 100,
            render: (_, e) => <Link to={`/cadres/${e.cadre.id}`}>{e.cadre.name}</Link>,
          },
          { key: 'age', title: m.age, render: (_, e) => e.cadre.age, width: 64 },
          {
            key: 'cadreRank',
            title: m.rank,
            width: 130,
            render: (_, e) => t(rankLabels[e.cadre.rank]),
          },
          {
            key: 'post',
            title: m.post,
            render: (_, e) => e.cadre.currentPost?.title ?? e.cadre.unit.name,
          },
          { key: 'source', title: m.source, dataIndex: 'source', width: 120 },
          {
            key: 'direction',
            title: m.trainingDirection,
            width: 120,
            render: (_, e) => e.trainingDirection ?? '—',
          },
          { key: 'entered', title: m.enteredOn, dataIndex: 'enteredOn', width: 110 },
          {
            key: 'review',
            title: m.nextReviewOn,
            width: 170,
            render: (_, e) =>
              e.nextReviewOn <= today ? (
                <Tag color="warning">
                  {e.nextReviewOn} {m.reviewDue}
                </Tag>
              ) : (
                e.nextReviewOn
              ),
          },
        ]}
      />
    </>
  );
}

/** 后备干部库: the pools, each one's candidates by maturity, and adding a candidate. */
export default function ReservePoolsPage() {
  const m = useReservePoolsMessages();
  const t = useLabel();
  const { can } = useViewer();
  const writable = can('core.reserve-pool.write');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ReservePoolsPageQuery,
    variables: { first: ENTRIES_SHOWN },
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'pool' | 'entry' | null>(null);
  const pools = data?.reservePools ?? [];
  const active = pools.find((p) => p.id === activeId) ?? pools[0] ?? null;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          writable && (
            <>
              <Button onClick={() => setDialog('pool')}>{m.createPool}</Button>
              <Button
                type="primary"
                disabled={!active || !can('core.cadre.read')}
                onClick={() => setDialog('entry')}
              >
                {m.addEntry}
              </Button>
            </>
          )
        }
      />
      <LoadError error={error} title={m.loadFailed} />
      {fetching && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && pools.length === 0 && <Empty description={m.noPools} />}
      {active && (
        <Card size="small">
          <Tabs
            activeKey={active.id}
            onChange={setActiveId}
            aria-label={m.pools}
            items={pools.map((pool) => ({
              key: pool.id,
              label: (
                <span>
                  {pool.name}{' '}
                  {/* The kind only where the pool's own name does not already say it. */}
                  {!pool.name.includes(reservePoolKindLabels[pool.kind].zh) && (
                    <Tag>{t(reservePoolKindLabels[pool.kind])}</Tag>
                  )}
                  <Typography.Text type="secondary">
                    {format(m.entryCount, { count: pool.entryCount })}
                  </Typography.Text>
                </span>
              ),
              children: <EntriesTable pool={pool} />,
            }))}
          />
        </Card>
      )}
      <CreatePoolModal open={dialog === 'pool'} onClose={() => setDialog(null)} onDone={reload} />
      {active && (
        <AddEntryModal
          pool={active}
          open={dialog === 'entry'}
          onClose={() => setDialog(null)}
          onDone={reload}
        />
      )}
    </>
  );
}
