import { Alert } from 'antd';
import type { ServerErrors } from './use-server-errors.ts';

/** The message of the last failed mutation above a form; closing it clears it. */
export function ServerErrorAlert({ errors }: { errors: ServerErrors }) {
  if (!errors.message) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errors.message}
      closable={{ onClose: errors.clear }}
      style={{ marginBottom: 16 }}
    />
  );
}
