import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { mutationOutcome, rankLabels, reservePoolKindLabels, useLabel, useViewer } from '@cadre/ui';
import { useProfileMessages } from './messages.ts';
import { PostModal } from './post-modal.tsx';
import { type CadreProfile, CadreDueItemsQuery, RemoveCadrePostMutation } from './profile-query.ts';

type Post = CadreProfile['posts'][number];

/**
 * 简历: the posts held, newest first, each with the rank held in it; removing one asks first (it
 * cannot be undone).
 */
export function PostsCard({ cadre, onChanged }: { cadre: CadreProfile; onChanged: () => void }) {
  const m = useProfileMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { message } = App.useApp();
  const [, remove] = useMutation(RemoveCadrePostMutation);
  const [editing, setEditing] = useState<{ post?: Post } | null>(null);
  const posts = [...cadre.posts].reverse();
  return (
    <Card
      title={m.posts}
      size="small"
      className="profile-card"
      extra={
        can('core.cadre.write') && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {m.addPost}
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={posts}
        locale={{ emptyText: m.none }}
        columns={[
          {
            key: 'period',
            title: m.postPeriod,
            width: 200,
            render: (_, p) => `${p.startedOn} — ${p.endedOn ?? m.postNow}`,
          },
          {
            key: 'organization',
            title: m.postOrganization,
            render: (_, p) => p.unit?.name ?? p.organization,
          },
          { key: 'title', title: m.postTitle, dataIndex: 'title' },
          {
            key: 'rank',
            title: m.postRank,
            width: 150,
            render: (_, p) => (p.rank ? t(rankLabels[p.rank]) : '—'),
          },
          {
            key: 'grassRoots',
            title: m.grassRoots,
            width: 80,
            render: (_, p) => (p.grassRoots ? <Tag color="green">{m.grassRoots}</Tag> : null),
          },
          ...(can('core.cadre.write')
            ? [
                {
                  key: 'actions',
                  title: '',
                  width: 130,
                  render: (_: unknown, p: Post) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing({ post: p })}>
                        {m.change}
                      </Button>
                      <Popconfirm
                        title={m.removePostConfirm}
                        okButtonProps={{ danger: true }}
                        onConfirm={async () => {
                          const outcome = mutationOutcome(
                            await remove({ id: p.id }),
                            'removeCadrePost',
                          );
                          if (!outcome.ok) return void message.error(t(outcome.error.message));
                          void message.success(m.removed);
                          onChanged();
                        }}
                      >
                        <Button type="link" danger size="small">
                          {m.remove}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <PostModal
          cadre={cadre}
          post={editing.post}
          onClose={() => setEditing(null)}
          onChanged={onChanged}
        />
      )}
    </Card>
  );
}

export function PoolsCard({ cadre }: { cadre: CadreProfile }) {
  const m = useProfileMessages();
  const t = useLabel();
  return (
    <Card title={m.pools} size="small" className="profile-card">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={cadre.reservePoolEntries}
        locale={{ emptyText: m.none }}
        columns={[
          {
            key: 'pool',
            title: m.poolName,
            render: (_, e) => (
              <>
                {e.pool.name} <Tag>{t(reservePoolKindLabels[e.pool.kind])}</Tag>
              </>
            ),
          },
          { key: 'maturity', title: m.maturity, dataIndex: 'maturityRank', width: 110 },
          { key: 'entered', title: m.enteredOn, dataIndex: 'enteredOn', width: 120 },
          { key: 'review', title: m.nextReview, dataIndex: 'nextReviewOn', width: 120 },
          { key: 'source', title: m.source, dataIndex: 'source' },
          { key: 'direction', title: m.direction, render: (_, e) => e.trainingDirection ?? '—' },
        ]}
      />
    </Card>
  );
}

/** The raw row id inside a relay global id (`Cadre:<uuid>`, base64). */
function rawId(globalId: string): string {
  try {
    return atob(globalId).split(':').slice(1).join(':');
  } catch {
    return globalId;
  }
}

/** Deadlines about this cadre on the viewer's to-do list. */
export function DueItemsCard({ cadreId }: { cadreId: string }) {
  const m = useProfileMessages();
  const [{ data }] = useQuery({ query: CadreDueItemsQuery });
  const ids = new Set([cadreId, rawId(cadreId)]);
  const items = (data?.myDueItems ?? []).filter((item) => ids.has(item.subjectId));
  return (
    <Card title={m.dueItems} size="small" className="profile-card">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: m.none }}
        columns={[
          {
            key: 'title',
            title: m.dueTitle,
            render: (_, item) =>
              item.link ? <Link to={item.link}>{item.title}</Link> : item.title,
          },
          { key: 'due', title: m.dueDate, dataIndex: 'dueDate', width: 120 },
          {
            key: 'left',
            title: m.dueLeft,
            width: 130,
            render: (_, item) =>
              item.overdue ? <Tag color="red">{m.overdue}</Tag> : item.workingDaysLeft,
          },
        ]}
      />
    </Card>
  );
}
