import { Card, DatePicker, Form, Input, Typography } from 'antd';
import { format, StepForm, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import type { CaseDetail } from '../../queries.ts';
import { useAppointmentMessages } from './messages.ts';
import { AppointMutation } from './queries.ts';

interface AppointValues {
  documentNumber: string;
  effectiveOn: Dayjs;
}

/** 任职: by the appointment document, for every approved candidate at once; it moves the case. */
export function AppointForm({
  selectionCase: c,
  publicityEnd,
}: {
  selectionCase: CaseDetail;
  /** The publicity's last day: the appointment takes effect after it. */
  publicityEnd: string | undefined;
}) {
  const m = useAppointmentMessages();
  const [form] = Form.useForm<AppointValues>();
  const record = useRecord(AppointMutation, 'appointSelectionCandidates', form);
  const submit = ({ documentNumber, effectiveOn }: AppointValues) =>
    record.submit({
      caseId: c.id,
      input: { documentNumber, effectiveOn: dayOf(effectiveOn), expectedVersion: c.version },
    });
  return (
    <Card size="small" title={m.appoint}>
      <Typography.Paragraph type="secondary">{m.appointIntro}</Typography.Paragraph>
      <StepForm<AppointValues>
        name="selection-appoint"
        layout="inline"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.appointStep}
        confirmStep={m.appointStep}
        onSubmit={submit}
        initialValues={{ effectiveOn: dayjs() }}
      >
        <Form.Item name="documentNumber" label={m.documentNumber} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={m.effectiveOn}
          rules={[{ required: true }]}
          extra={publicityEnd && format(m.effectiveHint, { day: publicityEnd })}
        >
          <DatePicker />
        </Form.Item>
      </StepForm>
    </Card>
  );
}
