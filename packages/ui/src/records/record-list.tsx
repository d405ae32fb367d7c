import type { ReactNode } from 'react';
import { Card, List, Space, Tag, Typography } from 'antd';
import { format } from '../i18n/messages.ts';
import { useStepMessages } from './messages.ts';

/** A state of the record as a coloured tag (antd's preset colours: success, warning, error …). */
export interface RecordTag {
  color: string;
  label: string;
}

/** What one row shows of its record. */
export interface RecordRow {
  /** Whose record it is, or whom it is about. */
  subject: ReactNode;
  /** In grey after the subject: when it was made and what else places it. */
  meta?: ReactNode;
  /** Its states; a `false` entry is left out. */
  tags?: readonly (RecordTag | false)[];
  text: ReactNode;
  /** What following it up found (a resolution, a verification), dated when `on` is given. */
  followUp?: { text: string; on?: string | null } | null;
  /** The follow-up's button (a `RecordDialogButton`) while the record awaits one. */
  action?: ReactNode;
}

/**
 * The records of one kind on a step's panel (opinions, reports, objections …), each with its
 * states and its follow-up, under a title and an optional intro; `children` (the `StepForm`
 * adding one) go below the list.
 */
export function RecordList<T extends { id: string }>({
  title,
  intro,
  records,
  empty,
  row,
  children,
}: {
  title: string;
  intro?: string;
  records: readonly T[];
  /** Shown in place of the list when there is no record. */
  empty: string;
  row: (record: T) => RecordRow;
  children?: ReactNode;
}) {
  const m = useStepMessages();
  const item = ({ subject, meta, tags = [], text, followUp, action }: RecordRow) => (
    <List.Item extra={action}>
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{subject}</span>
            {meta && <Typography.Text type="secondary">{meta}</Typography.Text>}
            {tags.map(
              (tag) =>
                tag && (
                  <Tag key={tag.label} color={tag.color}>
                    {tag.label}
                  </Tag>
                ),
            )}
          </Space>
        }
        description={
          <>
            <div>{text}</div>
            {followUp && (
              <Typography.Text type="secondary">
                {followUp.on
                  ? format(m.followedUp, { on: followUp.on, text: followUp.text })
                  : followUp.text}
              </Typography.Text>
            )}
          </>
        }
      />
    </List.Item>
  );
  return (
    <Card size="small" title={title}>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      <List
        size="small"
        rowKey="id"
        dataSource={[...records]}
        locale={{ emptyText: empty }}
        renderItem={(record) => item(row(record))}
      />
      {children}
    </Card>
  );
}
