import { type ReactNode, useEffect, useId, useState } from 'react';
import { Form, Modal } from 'antd';
import { ServerErrorAlert, type ServerErrors, useServerErrors } from '@cadre/ui';

/**
 * A form in a dialog that sends one mutation. `onSubmit` returns whether it succeeded (read the
 * answer with `errors.check`); a refused one keeps the dialog open with every value as typed and
 * the server's messages under the fields they name. Enter submits.
 */
export function FormModal<Values extends object>({
  title,
  open,
  okText,
  initialValues,
  onSubmit,
  onClose,
  children,
  width,
  rename,
}: {
  title: string;
  open: boolean;
  okText: string;
  /** The values the form opens with, each time it opens. */
  initialValues?: Partial<Values>;
  onSubmit(values: Values, errors: ServerErrors): Promise<boolean>;
  onClose(): void;
  children: ReactNode;
  width?: number;
  /** Server paths whose messages go under a differently named field (see `useServerErrors`). */
  rename?: Readonly<Record<string, string>>;
}) {
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, rename);
  const [busy, setBusy] = useState(false);
  // Field ids are `<form>_<field>`: dialogs of one page never share an id.
  const formName = `dialog${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues)
      form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
    errors.clear();
    // Only on opening: later renders must not overwrite what is being typed.
  }, [open]);

  const finish = async (values: Values) => {
    setBusy(true);
    try {
      if (await onSubmit(values, errors)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      forceRender
      width={width}
    >
      <Form form={form} name={formName} layout="vertical" onFinish={finish} aria-label={title}>
        <ServerErrorAlert errors={errors} />
        {children}
        {/* Enter in a field submits, as in any form. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
