import { Tag } from 'antd';
import { format } from '@cadre/ui';
import { useCommonMessages } from './messages.ts';

/** Where a deadline stands: overdue in red, due within three working days in orange. */
export function DueStanding({
  overdue,
  workingDaysLeft,
  closed = false,
}: {
  overdue: boolean;
  workingDaysLeft: number;
  closed?: boolean;
}) {
  const m = useCommonMessages();
  if (closed) return <Tag>{m.closed}</Tag>;
  if (overdue) return <Tag color="error">{m.overdue}</Tag>;
  if (workingDaysLeft === 0) return <Tag color="warning">{m.dueToday}</Tag>;
  return (
    <Tag color={workingDaysLeft <= 3 ? 'warning' : 'default'}>
      {format(m.daysLeft, { days: workingDaysLeft })}
    </Tag>
  );
}
