import type { ReactNode } from 'react';
import { Form, type FormInstance, Modal } from 'antd';
import { ServerErrorAlert, type ServerErrors } from '@cadre/ui';
import { useCommonMessages } from './messages.ts';

/**
 * A record made about one row (a reason, a resolution, a verification) in a dialog that stays
 * open, with what was typed, when the server refuses it.
 */
export function RecordDialog<V>({
  name,
  title,
  okText,
  open,
  onClose,
  form,
  errors,
  busy,
  onSubmit,
  children,
}: {
  /** Unique on the page: the fields' ids (and so their labels) derive from it. */
  name: string;
  title: string;
  okText: string;
  open: boolean;
  onClose: () => void;
  form: FormInstance<V>;
  errors: ServerErrors;
  busy: boolean;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode;
}) {
  const m = useCommonMessages();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={m.cancel}
      okButtonProps={{ loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ServerErrorAlert errors={errors} />
      <Form<V>
        name={name}
        form={form}
        layout="vertical"
        onFinish={(values) => void onSubmit(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}
