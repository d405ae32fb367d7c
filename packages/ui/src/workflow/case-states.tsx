import { Alert, Button, Result, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import type { CombinedError } from 'urql';
import { LoadError } from '../layout/load-error.tsx';

/**
 * A case page without its case: a skeleton while the query runs, why it did not answer, or, when
 * it answered without the case (another district's, or none), the way back to the list.
 */
export function CaseMissing({
  result: { data, fetching, error },
  texts,
  to,
}: {
  /** The case page's query. */
  result: { data?: unknown; fetching: boolean; error?: CombinedError };
  /** The plugin's words: 考核不存在… and the way back, 返回考核列表. */
  texts: { notFound: string; backToList: string };
  /** The list's path. */
  to: string;
}) {
  if (!data)
    return fetching ? <Skeleton active paragraph={{ rows: 12 }} /> : <LoadError error={error} />;
  return (
    <Result status="404" title={texts.notFound} extra={<Link to={to}>{texts.backToList}</Link>} />
  );
}

/** Says that the records shown are of a stage other than the current one, with the way back. */
export function OtherStageAlert({
  title,
  back,
  onBack,
}: {
  title: string;
  back: string;
  onBack: () => void;
}) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={title}
      action={
        <Button size="small" onClick={onBack}>
          {back}
        </Button>
      }
    />
  );
}
