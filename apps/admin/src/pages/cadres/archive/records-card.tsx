import { type ReactNode, useState } from 'react';
import { Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { format } from '@cadre/ui';
import { useArchiveMessages } from './messages.ts';
import { RevisionsModal } from './revisions-modal.tsx';
import type { Revision } from './records-query.ts';
import './records.css';

/** What a record's dialog is for: `add` a record, or an action on `record`. */
export type RecordDialog<R> = { key: 'add'; record?: undefined } | { key: string; record: R };

export interface RecordAction<R> {
  key: string;
  label: string;
  /** Whether the record offers it (a revoked one offers nothing but its history). */
  offered?: (record: R) => boolean;
}

/**
 * One kind of archive record as a table: each record's actions and its history beside it;
 * revoked or lifted records greyed out. `dialog` renders the form an action opens; `canAdd`
 * offers the `add` one.
 */
export function RecordsCard<R extends { id: string; revisions: readonly Revision[] }>({
  title,
  records,
  columns,
  actions,
  canAdd,
  inactive,
  dialog,
}: {
  title: string;
  records: readonly R[];
  columns: ColumnsType<R>;
  actions: RecordAction<R>[];
  canAdd: boolean;
  inactive?: (record: R) => boolean;
  dialog: (open: RecordDialog<R>, close: () => void) => ReactNode;
}) {
  const m = useArchiveMessages();
  const [open, setOpen] = useState<RecordDialog<R> | null>(null);
  const [history, setHistory] = useState<R | null>(null);
  const close = () => setOpen(null);
  return (
    <Card
      title={title}
      size="small"
      className="profile-card"
      extra={
        canAdd && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            aria-label={format(m.addTo, { what: title })}
            onClick={() => setOpen({ key: 'add' })}
          >
            {m.add}
          </Button>
        )
      }
    >
      <Table<R>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...records]}
        locale={{ emptyText: m.none }}
        rowClassName={(r) => (inactive?.(r) ? 'record-inactive' : '')}
        columns={[
          ...columns,
          {
            key: 'actions',
            title: '',
            width: 200,
            render: (_, record) => (
              <Space size={0} wrap>
                {actions
                  .filter((a) => a.offered?.(record) ?? true)
                  .map((a) => (
                    <Button
                      key={a.key}
                      type="link"
                      size="small"
                      onClick={() => setOpen({ key: a.key, record })}
                    >
                      {a.label}
                    </Button>
                  ))}
                {record.revisions.length > 0 && (
                  <Button type="link" size="small" onClick={() => setHistory(record)}>
                    {format(m.history, { count: record.revisions.length })}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {open && dialog(open, close)}
      {history && (
        <RevisionsModal record={history} columns={columns} onClose={() => setHistory(null)} />
      )}
    </Card>
  );
}
