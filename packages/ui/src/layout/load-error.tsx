import { Alert } from 'antd';
import type { CombinedError } from 'urql';
import { requestError } from '../errors/server-error.ts';
import { useLabel } from '../i18n/label.ts';
import { useKitMessages } from './messages.ts';

/** Why a page's data did not come, in the UI language; nothing when it came. */
export function LoadError({ error, title }: { error: CombinedError | undefined; title?: string }) {
  const m = useKitMessages();
  const t = useLabel();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? m.loadFailed}
      description={t(requestError(error).message)}
      style={{ marginBottom: 16 }}
    />
  );
}
