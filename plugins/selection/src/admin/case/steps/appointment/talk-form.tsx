import { Checkbox, DatePicker, Form, Input, Space, Tag, Typography } from 'antd';
import { format, StepForm, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf, pickerDay } from '../../../common/dates.ts';
import { useAppointmentMessages } from './messages.ts';
import { type AppointmentCandidate, RecordTalkMutation } from './queries.ts';

interface TalkValues {
  talkOn: Dayjs;
  talkBy: string;
  integrityReminder: boolean;
}

/** 任前谈话 with 廉政提醒 of one approved candidate; the appointment waits for both. */
export function TalkForm({
  candidate,
  editing,
}: {
  candidate: AppointmentCandidate;
  editing: boolean;
}) {
  const m = useAppointmentMessages();
  const [form] = Form.useForm<TalkValues>();
  const record = useRecord(RecordTalkMutation, 'recordPreAppointmentTalk', form);
  const talk = candidate.appointment;
  const summary = talk ? (
    <Space wrap>
      <span>{format(m.talked, { day: talk.talkOn, by: talk.talkBy })}</span>
      <Tag color={talk.integrityReminder ? 'success' : 'warning'}>
        {talk.integrityReminder ? m.reminded : m.notReminded}
      </Tag>
    </Space>
  ) : (
    <Typography.Text type="secondary">{m.noTalk}</Typography.Text>
  );
  if (!editing) return summary;
  const submit = ({ talkOn, ...input }: TalkValues) =>
    record.submit({ candidateId: candidate.id, input: { ...input, talkOn: dayOf(talkOn) } });
  return (
    <>
      {summary}
      <StepForm<TalkValues>
        name={`selection-talk-${candidate.id}`}
        layout="inline"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.saveTalk}
        onSubmit={submit}
        initialValues={{
          talkOn: pickerDay(talk?.talkOn) ?? dayjs(),
          talkBy: talk?.talkBy,
          integrityReminder: talk?.integrityReminder ?? false,
        }}
      >
        <Form.Item name="talkOn" label={m.talkOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="talkBy" label={m.talkBy} rules={[{ required: true }]}>
          <Input placeholder={m.talkByHint} maxLength={100} />
        </Form.Item>
        <Form.Item name="integrityReminder" valuePropName="checked">
          <Checkbox>{m.integrityReminder}</Checkbox>
        </Form.Item>
      </StepForm>
    </>
  );
}
