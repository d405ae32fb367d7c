import { Alert } from 'antd';
import type { ServerErrors } from './use-server-errors.ts';

/**
 * The message of the last failed mutation above a form; closing it clears it. It takes the focus
 * when it appears unless the refusal names a field of the form (that field takes it then).
 */
export function ServerErrorAlert({ errors }: { errors: ServerErrors }) {
  if (!errors.message) return null;
  return (
    <div ref={errors.alertRef} tabIndex={-1}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errors.message}
        closable={{ onClose: errors.clear }}
        style={{ marginBottom: 16 }}
      />
    </div>
  );
}
