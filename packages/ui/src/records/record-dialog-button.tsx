import { type ReactNode, useState } from 'react';
import { Button, type ButtonProps, Form, type FormInstance, Modal } from 'antd';
import type { AnyVariables, DocumentInput } from 'urql';
import { ServerErrorAlert } from '../errors/server-error-alert.tsx';
import { keepEnterInPickers, SCROLL_TO_FIRST_ERROR } from '../forms/use-kit-form.ts';
import { useStepMessages } from './messages.ts';
import { useRecord } from './use-record.ts';

/**
 * A button that opens a dialog to record something about one row (a reason, a resolution, a
 * verification) with the mutation `field` of `document`. The dialog closes when the record is
 * saved and stays open, with what was typed, when the server refuses it.
 */
export function RecordDialogButton<D, V extends AnyVariables, K extends keyof D, F>({
  name,
  label,
  title = label,
  okText = label,
  buttonProps,
  document,
  field,
  variables,
  children,
}: {
  /** Unique on the page: the fields' ids (and so their labels) derive from it. */
  name: string;
  label: string;
  title?: string;
  okText?: string;
  buttonProps?: ButtonProps;
  document: DocumentInput<D, V>;
  field: K;
  /** The mutation's variables from the form's values. */
  variables: (values: F) => V;
  /** The form's fields; given the form, they may follow what is typed. */
  children: ReactNode | ((form: FormInstance<F>) => ReactNode);
}) {
  const m = useStepMessages();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<F>();
  const record = useRecord(document, field, form);
  const submit = async (values: F) => {
    if (await record.submit(variables(values))) setOpen(false);
  };
  return (
    <>
      <Button size="small" {...buttonProps} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={okText}
        cancelText={m.cancel}
        okButtonProps={{ loading: record.busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <ServerErrorAlert errors={record.errors} />
        <Form<F>
          name={name}
          form={form}
          layout="vertical"
          scrollToFirstError={SCROLL_TO_FIRST_ERROR}
          onKeyDown={keepEnterInPickers}
          onFinish={(v) => void submit(v)}
        >
          {typeof children === 'function' ? children(form) : children}
        </Form>
      </Modal>
    </>
  );
}
