import { Alert } from 'antd';
import type { CombinedError } from 'urql';
import { requestError, useLabel } from '@cadre/ui';
import { useCommonMessages } from './messages.ts';

/** Why a page's data did not come, in the UI language; nothing when it came. */
export function LoadError({ error }: { error: CombinedError | undefined }) {
  const m = useCommonMessages();
  const t = useLabel();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={m.loadFailed}
      description={t(requestError(error).message)}
      style={{ marginBottom: 16 }}
    />
  );
}
