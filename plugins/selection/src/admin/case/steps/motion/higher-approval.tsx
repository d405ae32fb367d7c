import { Card, DatePicker, Descriptions, Form, Input, Typography } from 'antd';
import { StepForm, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayOf, optionalDayOf, pickerDay } from '../../../common/dates.ts';
import type { CaseDetail } from '../../queries.ts';
import { useMotionMessages } from './messages.ts';
import { RecordHigherApprovalMutation } from './queries.ts';

interface HigherValues {
  reportedOn: Dayjs;
  approvedOn?: Dayjs | null;
  reference?: string;
}

/** 先报告，待批复后再上会: when the important post was reported, and the consent once given. */
export function HigherApproval({
  selectionCase: c,
  open,
}: {
  selectionCase: CaseDetail;
  open: boolean;
}) {
  const m = useMotionMessages();
  const { can } = useViewer();
  const [form] = Form.useForm<HigherValues>();
  const record = useRecord(RecordHigherApprovalMutation, 'recordSelectionHigherApproval', form);
  if (!c.importantPost) return null;

  const submit = (values: HigherValues) =>
    record.submit({
      caseId: c.id,
      input: {
        reportedOn: dayOf(values.reportedOn),
        approvedOn: optionalDayOf(values.approvedOn),
        reference: values.reference || null,
      },
    });

  return (
    <Card size="small" title={m.higher}>
      <Typography.Paragraph type="secondary">{m.higherIntro}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'reported', label: m.reportedOn, children: c.higherReportedOn ?? m.notReported },
          { key: 'approved', label: m.approvedOn, children: c.higherApprovedOn ?? m.awaiting },
          { key: 'reference', label: m.reference, children: c.higherApprovalReference ?? '—' },
        ]}
      />
      {open && can(P.record) && (
        <StepForm<HigherValues>
          name="selection-higher"
          layout="inline"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveHigher}
          onSubmit={submit}
          initialValues={{
            reportedOn: pickerDay(c.higherReportedOn),
            approvedOn: pickerDay(c.higherApprovedOn),
            reference: c.higherApprovalReference ?? undefined,
          }}
        >
          <Form.Item name="reportedOn" label={m.reportedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="approvedOn" label={m.approvedOn}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="reference" label={m.reference}>
            <Input maxLength={100} />
          </Form.Item>
        </StepForm>
      )}
    </Card>
  );
}
