import { Form, Input, Modal, Typography } from 'antd';
import {
  annualGradeLabels,
  format,
  keepEnterInPickers,
  SCROLL_TO_FIRST_ERROR,
  type Schema,
  ServerErrorAlert,
  useLabel,
  useRecord,
} from '@cadre/ui';
import { CapLine } from './cap-line.tsx';
import { useAllocationMessages } from './messages.ts';
import { type Graded, SetGradeMutation } from './queries.ts';

/**
 * A grade other than the proposal, with the reason the server asks for; the cap line counts the
 * grade being set. A refusal (one 优秀 too many, a unit that lost 评优) stays in the dialog.
 */
export function GradeDialog({
  participant,
  grade,
  grades,
  capPercent,
  onClose,
}: {
  participant: Graded;
  grade: Schema.AnnualGrade;
  /** The group's grades with this one set: what the cap line counts. */
  grades: readonly (Schema.AnnualGrade | null)[];
  capPercent: number;
  onClose: () => void;
}) {
  const m = useAllocationMessages();
  const t = useLabel();
  const [form] = Form.useForm<{ reason: string }>();
  const record = useRecord(SetGradeMutation, 'setParticipantGrade', form);
  const submit = async ({ reason }: { reason: string }) => {
    if (await record.submit({ participantId: participant.id, grade, reason })) onClose();
  };
  const proposed = participant.proposedGrade;
  return (
    <Modal
      open
      title={format(m.reasonTitle, {
        name: participant.cadre.name,
        grade: t(annualGradeLabels[grade]),
      })}
      okText={m.confirmGrade}
      cancelText={m.cancel}
      okButtonProps={{ loading: record.busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <CapLine grades={grades} capPercent={capPercent} pending />
      {proposed && (
        <Typography.Paragraph type="secondary">
          {format(m.reasonIntro, { proposed: t(annualGradeLabels[proposed]) })}
        </Typography.Paragraph>
      )}
      <ServerErrorAlert errors={record.errors} />
      <Form<{ reason: string }>
        name={`assessment-grade-${participant.id}`}
        form={form}
        layout="vertical"
        scrollToFirstError={SCROLL_TO_FIRST_ERROR}
        onKeyDown={keepEnterInPickers}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="reason"
          label={m.reason}
          rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
