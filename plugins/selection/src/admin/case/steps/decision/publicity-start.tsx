import { Card, DatePicker, Form, Typography } from 'antd';
import { format, StepForm, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import type { CaseDetail } from '../../queries.ts';
import { useDecisionMessages } from './messages.ts';
import { StartPublicityMutation } from './queries.ts';

/**
 * 开始任前公示: the first day; the server counts the last one on the working-day calendar and moves
 * the case on, once the decision stands (quorum, signatures, a candidate passed).
 */
export function PublicityStart({
  selectionCase: c,
  workingDays,
}: {
  selectionCase: CaseDetail;
  workingDays: number;
}) {
  const m = useDecisionMessages();
  const [form] = Form.useForm<{ startsOn: Dayjs }>();
  const record = useRecord(StartPublicityMutation, 'startSelectionPublicity', form);
  const submit = ({ startsOn }: { startsOn: Dayjs }) =>
    record.submit({
      caseId: c.id,
      input: { startsOn: dayOf(startsOn), expectedVersion: c.version },
    });
  return (
    <Card size="small" title={m.publicity}>
      <Typography.Paragraph type="secondary">
        {format(m.publicityIntro, { days: workingDays })}
      </Typography.Paragraph>
      <StepForm<{ startsOn: Dayjs }>
        name="selection-publicity"
        layout="inline"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.startPublicity}
        confirmStep={m.startPublicity}
        onSubmit={submit}
        initialValues={{ startsOn: dayjs() }}
      >
        <Form.Item name="startsOn" label={m.startsOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </StepForm>
    </Card>
  );
}
