import { Skeleton } from 'antd';
import type { CombinedError } from 'urql';
import { LoadError } from '@cadre/ui';

/** A panel's records on their way, or why they did not come. */
export function StepLoad({ error }: { error: CombinedError | undefined }) {
  return error ? <LoadError error={error} /> : <Skeleton active paragraph={{ rows: 6 }} />;
}
