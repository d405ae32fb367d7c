import { Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { archiveRecordActionLabels, format, useLabel } from '@cadre/ui';
import { dateTime } from '../../common/format.ts';
import { useArchiveMessages } from './messages.ts';
import type { Revision } from './records-query.ts';

/** A calendar day as the database row keeps it (`2024-03-01T00:00:00.000Z`). */
const STORED_DAY = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;

/**
 * A revision's `before` is the record's row as it was: the same field names as the record, with
 * its days as instants. Read back as the record, it shows in the record's own columns.
 */
function formerVersion<R>(before: unknown): R {
  const row = before && typeof before === 'object' ? before : {};
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' ? (STORED_DAY.exec(value)?.[1] ?? value) : value,
    ]),
  ) as R;
}

/** A record's former versions, newest first: what changed it, who, when, why, and what it said. */
export function RevisionsModal<R extends { revisions: readonly Revision[] }>({
  record,
  columns,
  onClose,
}: {
  record: R;
  columns: ColumnsType<R>;
  onClose: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  return (
    <Modal open title={m.historyTitle} footer={null} onCancel={onClose} width={900}>
      <Flex vertical gap={16}>
        {record.revisions.map((revision) => (
          <section key={revision.id}>
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag>{t(archiveRecordActionLabels[revision.action])}</Tag>
              <Typography.Text type="secondary">
                {format(m.revisedBy, {
                  who: revision.revisedBy?.displayName ?? m.partnerOrOperator,
                  when: dateTime(revision.revisedAt),
                })}
              </Typography.Text>
              <span>
                {m.revisionReason}：{revision.reason}
              </span>
            </Space>
            <Table<R>
              rowKey={() => revision.id}
              size="small"
              pagination={false}
              title={() => m.before}
              dataSource={[formerVersion<R>(revision.before)]}
              columns={columns}
            />
          </section>
        ))}
      </Flex>
    </Modal>
  );
}
