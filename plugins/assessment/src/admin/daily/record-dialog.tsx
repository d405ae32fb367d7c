import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { format, labelOptions, RecordDialogButton, type Schema, useLabel } from '@cadre/ui';
import { DAILY_RECORD_KIND_LABELS } from '../rules.ts';
import { dayOf } from './dates.ts';
import { useDailyMessages } from './messages.ts';
import { SubmitDailyRecordMutation } from './queries.ts';

interface RecordValues {
  kind: Schema.DailyRecordKind;
  periodDate: Dayjs;
  content: string;
}

/** 周记实 or 月自查 of one cadre, for a week or month that has begun; again replaces it. */
export function RecordDialog({ cadre }: { cadre: { id: string; name: string } }) {
  const m = useDailyMessages();
  const t = useLabel();
  return (
    <RecordDialogButton
      name={`daily-record-${cadre.id}`}
      label={m.submitRecord}
      title={format(m.submitRecordTitle, { name: cadre.name })}
      document={SubmitDailyRecordMutation}
      field="submitDailyRecord"
      variables={({ periodDate, ...input }: RecordValues) => ({
        cadreId: cadre.id,
        input: { ...input, periodDate: dayOf(periodDate) },
      })}
    >
      <Form.Item name="kind" label={m.kind} initialValue="WEEKLY_RECORD">
        <Radio.Group options={labelOptions(DAILY_RECORD_KIND_LABELS, t)} />
      </Form.Item>
      <Form.Item
        name="periodDate"
        label={m.periodDate}
        initialValue={dayjs()}
        rules={[{ required: true }]}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="content" label={m.content} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </RecordDialogButton>
  );
}
