import { Descriptions, Table, Typography } from 'antd';
import { useAuditMessages } from './messages.ts';

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** `{ field: [before, after] }` as the audit stores it; anything else is shown as it is. */
function changesOf(changes: unknown): Change[] {
  if (typeof changes !== 'object' || changes === null) return [];
  return Object.entries(changes).map(([field, value]) =>
    Array.isArray(value) && value.length === 2
      ? { field, before: value[0], after: value[1] }
      : { field, before: undefined, after: value },
  );
}

const shown = (value: unknown) =>
  value === undefined || value === null ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {typeof value === 'string' ? value : JSON.stringify(value)}
    </Typography.Text>
  );

/** One record's field changes, before and after, with its request id and hash. */
export function ChangesTable({
  changes,
  requestId,
  hash,
}: {
  changes: unknown;
  requestId: string | null;
  hash: string;
}) {
  const m = useAuditMessages();
  return (
    <>
      <Table<Change>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={changesOf(changes)}
        locale={{ emptyText: m.noChanges }}
        columns={[
          { key: 'field', title: m.field, dataIndex: 'field', width: 220 },
          { key: 'before', title: m.before, render: (_, c) => shown(c.before) },
          { key: 'after', title: m.after, render: (_, c) => shown(c.after) },
        ]}
      />
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'request', label: m.requestId, children: requestId ?? '—' },
          { key: 'hash', label: m.hash, children: <Typography.Text code>{hash}</Typography.Text> },
        ]}
      />
    </>
  );
}
