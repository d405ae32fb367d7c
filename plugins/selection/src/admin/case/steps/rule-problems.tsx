import { Alert } from 'antd';

/**
 * What a rule of the plugin finds wrong, computed in the page with the same function the server's
 * step will run (so the staff see it before they try), or that all is in order.
 */
export function RuleProblems({ problems, ok }: { problems: readonly string[]; ok: string }) {
  if (problems.length === 0)
    return <Alert type="success" showIcon title={ok} style={{ marginBottom: 12 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      style={{ marginBottom: 12 }}
      title={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      }
    />
  );
}
