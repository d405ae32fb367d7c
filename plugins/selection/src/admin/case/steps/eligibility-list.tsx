import { Tag, Typography } from 'antd';
import { labelOf, useLabel } from '@cadre/ui';
import { useStepsMessages } from './messages.ts';

/**
 * 资格条件: each rule of the district's set the cadre does not meet today for the post, explained
 * (how much is required, how much the cadre has); or that every rule is met.
 */
export function EligibilityList({
  failures,
}: {
  failures: readonly { rule: string; messageZh: string; messageEn: string }[];
}) {
  const m = useStepsMessages();
  const t = useLabel();
  if (failures.length === 0) return <Tag color="success">{m.eligible}</Tag>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={m.ineligible}>
      {failures.map((failure, index) => (
        <li key={`${failure.rule}-${index}`}>
          <Typography.Text type="danger">
            {t(labelOf(failure.messageZh, failure.messageEn))}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
