import { type ReactNode, useEffect, useId } from 'react';
import { Form, Modal } from 'antd';
import { type IdempotentContext, ServerErrorAlert, type ServerErrors, useKitForm } from '@cadre/ui';

/**
 * A form in a dialog that sends one mutation, on the kit's form (`useKitForm`). `onSubmit` returns
 * whether it succeeded (read the answer with `errors.check`; a mutation that creates a record
 * takes `idempotent` as its context); a refused one keeps the dialog open with every value as
 * typed, the first wrong field focused. Enter in a text field submits, once.
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
  onSubmit(values: Values, errors: ServerErrors, idempotent: IdempotentContext): Promise<boolean>;
  onClose(): void;
  children: ReactNode;
  width?: number;
  /** Server paths whose messages go under a differently named field (see `useServerErrors`). */
  rename?: Readonly<Record<string, string>>;
}) {
  const [form] = Form.useForm<Values>();
  const kit = useKitForm(form, rename);
  // Field ids are `<form>_<field>`: dialogs of one page never share an id.
  const formName = `dialog${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues)
      form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
    kit.reset();
    // Only on opening: later renders must not overwrite what is being typed.
  }, [open]);

  const finish = kit.once(async (values: Values) => {
    if (await onSubmit(values, kit.errors, kit.idempotent())) onClose();
  });

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={kit.busy}
      forceRender
      width={width}
    >
      <Form
        {...kit.formProps}
        name={formName}
        layout="vertical"
        onFinish={finish}
        aria-label={title}
      >
        <ServerErrorAlert errors={kit.errors} />
        {children}
        {/* Enter in a text field submits, as in any form (not in a date or a select). */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
