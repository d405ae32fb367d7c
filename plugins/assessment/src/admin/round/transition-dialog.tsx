import { Alert, Form, Input, Modal, Typography } from 'antd';
import {
  format,
  keepEnterInPickers,
  SCROLL_TO_FIRST_ERROR,
  useRecord,
  useStepMessages,
} from '@cadre/ui';
import { useRoundMessages } from './messages.ts';
import { type Transition, TransitionRoundMutation } from './queries.ts';

interface StepValues {
  reason?: string;
}

/**
 * Takes one step of the round's workflow after asking: the step cannot be undone. A refusal (a
 * rule not met, the round changed meanwhile) shows in the dialog, which stays open.
 */
export function TransitionDialog({
  caseId,
  version,
  transition,
  onClose,
}: {
  /** The workflow case's id (core's `WorkflowCase`). */
  caseId: string;
  version: number;
  transition: Transition;
  onClose: () => void;
}) {
  const m = useRoundMessages();
  const step = useStepMessages();
  const [form] = Form.useForm<StepValues>();
  const record = useRecord(TransitionRoundMutation, 'transitionCase', form);

  const submit = async (values: StepValues) => {
    const moved = await record.submit({
      input: {
        caseId,
        transition: transition.name,
        expectedVersion: version,
        reason: values.reason?.trim() || null,
      },
    });
    if (moved) onClose();
  };

  return (
    <Modal
      open
      title={format(step.confirmTitle, { step: transition.label })}
      okText={step.confirmOk}
      cancelText={step.cancel}
      okButtonProps={{ danger: transition.name === 'withdraw', loading: record.busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{step.irreversible}</Typography.Paragraph>
      {record.errors.message && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={record.errors.message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<StepValues>
        name={`assessment-step-${transition.name}`}
        form={form}
        layout="vertical"
        scrollToFirstError={SCROLL_TO_FIRST_ERROR}
        onKeyDown={keepEnterInPickers}
        onFinish={submit}
      >
        <Form.Item
          name="reason"
          label={m.reason}
          extra={m.reasonHint}
          rules={transition.requiresReason ? [{ required: true, message: m.reasonRequired }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
