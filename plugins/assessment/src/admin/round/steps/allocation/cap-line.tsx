import { Alert } from 'antd';
import { format, type Schema, useLabel } from '@cadre/ui';
import { capProblems, excellentLimit, limitCounting } from '../../../rules.ts';
import { useAllocationMessages } from './messages.ts';

/**
 * 优秀 against the cap as the grades stand (with the one being set, when `pending`), counted as
 * the server counts it: `优秀 2 / 2（12人×20%=2.4，按“不超过”向下取整为2）`, red when over.
 */
export function CapLine({
  grades,
  capPercent,
  pending = false,
}: {
  grades: readonly (Schema.AnnualGrade | null)[];
  capPercent: number;
  pending?: boolean;
}) {
  const m = useAllocationMessages();
  const t = useLabel();
  const over = capProblems(grades, capPercent).length > 0;
  const title = format(m.cap, {
    count: grades.filter((g) => g === 'EXCELLENT').length,
    limit: excellentLimit(grades.length, capPercent),
    counting: t(limitCounting(grades.length, capPercent)),
  });
  return (
    <Alert
      role="status"
      type={over ? 'error' : 'info'}
      showIcon
      title={pending ? `${title} · ${m.capPending}` : title}
      description={over ? m.capOver : undefined}
      style={{ marginBottom: 12 }}
    />
  );
}
