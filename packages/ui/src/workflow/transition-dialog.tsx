import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { keepEnterInPickers, SCROLL_TO_FIRST_ERROR } from '../forms/use-kit-form.ts';
import { format } from '../i18n/messages.ts';
import { useStepMessages } from '../records/messages.ts';
import { useRecord } from '../records/use-record.ts';
import { useWorkflowMessages } from './messages.ts';
import { TransitionCaseMutation, type WorkflowTransition } from './queries.ts';

interface StepValues {
  reason?: string;
  attachments?: { name: string; reference: string }[];
}

/**
 * Takes one step of a case's workflow after asking: the step cannot be undone. A refusal (a rule
 * not met, the case changed meanwhile) shows in the dialog, which stays open with what was typed.
 */
export function TransitionDialog({
  plugin,
  caseId,
  version,
  transition,
  attachments = false,
  onClose,
}: {
  /** The plugin's id: the form is `<plugin>-step-<transition>`. */
  plugin: string;
  /** The workflow case's id (core's `WorkflowCase`). */
  caseId: string;
  version: number;
  transition: WorkflowTransition;
  /** Asks for the documents the step rests on (依据文件), which go into the record with it. */
  attachments?: boolean;
  onClose: () => void;
}) {
  const m = useWorkflowMessages();
  const step = useStepMessages();
  const [form] = Form.useForm<StepValues>();
  const record = useRecord(TransitionCaseMutation, 'transitionCase', form);

  const submit = async (values: StepValues) => {
    const moved = await record.submit({
      input: {
        caseId,
        transition: transition.name,
        expectedVersion: version,
        reason: values.reason?.trim() || null,
        ...(attachments && {
          attachments: values.attachments?.filter((a) => a.name && a.reference) ?? null,
        }),
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
        name={`${plugin}-step-${transition.name}`}
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
        {attachments && <AttachmentsList />}
      </Form>
    </Modal>
  );
}

/** Each document by its name and its number or link; a row missing either is left out. */
function AttachmentsList() {
  const m = useWorkflowMessages();
  return (
    <Form.List name="attachments">
      {(fields, { add, remove }) => (
        <Form.Item label={m.attachments}>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} noStyle>
                <Input placeholder={m.attachmentName} aria-label={m.attachmentName} />
              </Form.Item>
              <Form.Item name={[field.name, 'reference']} noStyle>
                <Input placeholder={m.attachmentReference} aria-label={m.attachmentReference} />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={m.remove}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
            {m.addAttachment}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
