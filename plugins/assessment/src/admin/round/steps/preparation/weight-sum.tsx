import { Alert } from 'antd';
import { format, type Label, useLabel } from '@cadre/ui';
import { weightProblems } from '../../../rules.ts';
import { usePreparationMessages } from './messages.ts';

/**
 * The weights' total as they are typed, with what the server's step to scoring would refuse
 * (each above 0, two decimals at most, 100% together), from the very rule it runs.
 */
export function WeightSum({
  weights,
  what,
}: {
  weights: readonly { label: Label; weight: number | null | undefined }[];
  /** The set: 评价主体, 评价要素. */
  what: Label;
}) {
  const m = usePreparationMessages();
  const t = useLabel();
  const typed = weights.map((w) => ({ label: w.label, weight: w.weight ?? 0 }));
  const problems = weightProblems(typed, what);
  const total = typed.reduce((sum, w) => sum + Math.round(w.weight * 100), 0) / 100;
  return (
    <Alert
      role="status"
      type={problems.length === 0 ? 'success' : 'warning'}
      showIcon
      title={format(m.weightTotal, { total })}
      description={
        problems.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problems.map((problem) => (
              <li key={problem.zh}>{t(problem)}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 12 }}
    />
  );
}
