import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { format, RecordDialogButton } from '@cadre/ui';
import { dayOf } from './dates.ts';
import { useDailyMessages } from './messages.ts';
import { type Inbox, PublishQuarterlyEvaluationsMutation } from './queries.ts';

/** 公示: the unit's evaluations of the quarter not yet published, for the district's working days. */
export function PublishButton({ inbox }: { inbox: Inbox }) {
  const m = useDailyMessages();
  const { year, quarter } = inbox;
  return (
    <RecordDialogButton
      name="daily-publish"
      label={m.publish}
      title={format(m.publishTitle, { year, quarter })}
      buttonProps={{ type: 'primary', size: 'middle' }}
      document={PublishQuarterlyEvaluationsMutation}
      field="publishQuarterlyEvaluations"
      variables={({ publishedOn }: { publishedOn: Dayjs }) => ({
        unitId: inbox.unit.id,
        input: { year, quarter, publishedOn: dayOf(publishedOn) },
      })}
    >
      <Typography.Paragraph type="secondary">
        {format(m.publishHint, { days: inbox.publicityWorkingDays })}
      </Typography.Paragraph>
      <Form.Item
        name="publishedOn"
        label={m.publishedOn}
        initialValue={dayjs()}
        rules={[{ required: true }]}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </RecordDialogButton>
  );
}
