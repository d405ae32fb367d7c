import type { ReactNode } from 'react';
import { App, Button, Form, type FormInstance, type FormProps } from 'antd';
import { ServerErrorAlert } from '../errors/server-error-alert.tsx';
import type { ServerErrors } from '../errors/use-server-errors.ts';
import { keepEnterInPickers, SCROLL_TO_FIRST_ERROR } from '../forms/use-kit-form.ts';
import { format } from '../i18n/messages.ts';
import { useStepMessages } from './messages.ts';

export interface StepFormProps<V> {
  /** Unique on the page: antd derives the fields' ids (and so their labels) from it. */
  name: string;
  form: FormInstance<V>;
  errors: ServerErrors;
  busy: boolean;
  submitText: string;
  /** The button's name for screen readers where its text alone is ambiguous on the page. */
  submitLabel?: string;
  onSubmit: (values: V) => Promise<unknown>;
  /** Asks first, naming the step: it moves the case or writes the cadre's record for good. */
  confirmStep?: string;
  initialValues?: FormProps<V>['initialValues'];
  layout?: FormProps<V>['layout'];
  children: ReactNode;
}

/**
 * The form of one record of a step: the server's refusal above it (the values stay as typed),
 * its fields, and one submit button, behind a confirmation when the step cannot be undone.
 */
export function StepForm<V>({
  name,
  form,
  errors,
  busy,
  submitText,
  submitLabel,
  onSubmit,
  confirmStep,
  initialValues,
  layout = 'vertical',
  children,
}: StepFormProps<V>) {
  const m = useStepMessages();
  const { modal } = App.useApp();
  const finish = (values: V) => {
    if (!confirmStep) return void onSubmit(values);
    modal.confirm({
      title: format(m.confirmTitle, { step: confirmStep }),
      content: m.irreversible,
      okText: m.confirmOk,
      cancelText: m.cancel,
      onOk: () => onSubmit(values),
    });
  };
  return (
    <Form<V>
      name={name}
      form={form}
      layout={layout}
      initialValues={initialValues}
      scrollToFirstError={SCROLL_TO_FIRST_ERROR}
      onKeyDown={keepEnterInPickers}
      onFinish={finish}
      onValuesChange={() => errors.clear()}
    >
      <ServerErrorAlert errors={errors} />
      {children}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={busy} aria-label={submitLabel}>
          {submitText}
        </Button>
      </Form.Item>
    </Form>
  );
}
