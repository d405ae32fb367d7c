import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Table,
  Tag,
} from 'antd';
import { format, useLabel, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { RecordDialog } from '../../../common/record-dialog.tsx';
import { useRecord } from '../../../common/use-record.ts';
import { decisionBodyLabels } from '../../../labels.ts';
import { mayReconsider } from '../../../rules.ts';
import type { CaseDetail } from '../../queries.ts';
import { candidateOf } from '../step-props.ts';
import { useDecisionMessages } from './messages.ts';
import { type Meeting, ReconsiderMutation } from './queries.ts';

type Vote = Meeting['votes'][number];

interface ReconsiderValues {
  agreeing?: number | null;
  reconsideredOn: Dayjs;
  reason: string;
}

/** 复议: sets the decision aside when more than half of the members agree first. */
function ReconsiderButton({ meeting }: { meeting: Meeting }) {
  const m = useDecisionMessages();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ReconsiderValues>();
  const record = useRecord(ReconsiderMutation, 'reconsiderDecisionMeeting', form);
  const agreeing = Form.useWatch('agreeing', form) ?? 0;
  const allowed = mayReconsider({ shouldAttend: meeting.shouldAttend, agreeing });
  const submit = async ({ reconsideredOn, reason, agreeing: agreed }: ReconsiderValues) => {
    const input = { agreeing: agreed ?? 0, reason, reconsideredOn: dayOf(reconsideredOn) };
    if (await record.submit({ meetingId: meeting.id, input })) setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{m.reconsider}</Button>
      <RecordDialog<ReconsiderValues>
        name={`selection-reconsider-${meeting.id}`}
        title={m.reconsider}
        okText={m.reconsider}
        open={open}
        onClose={() => setOpen(false)}
        form={form}
        errors={record.errors}
        busy={record.busy}
        onSubmit={submit}
      >
        <Alert
          type={allowed ? 'success' : 'warning'}
          showIcon
          title={
            allowed ? m.reconsiderMet : format(m.reconsiderShort, { should: meeting.shouldAttend })
          }
          description={m.reconsiderIntro}
          style={{ marginBottom: 16 }}
        />
        <Form.Item name="agreeing" label={m.agreeing} rules={[{ required: true }]}>
          <InputNumber min={0} max={meeting.shouldAttend} precision={0} autoFocus />
        </Form.Item>
        <Form.Item
          name="reconsideredOn"
          label={m.reconsideredOn}
          rules={[{ required: true }]}
          initialValue={dayjs()}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="reason" label={m.reason} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </RecordDialog>
    </>
  );
}

/** A decision meeting as recorded: attendance, signatures and each candidate's ballot. */
export function MeetingCard({
  selectionCase: c,
  meeting,
  open,
}: {
  selectionCase: CaseDetail;
  meeting: Meeting;
  open: boolean;
}) {
  const m = useDecisionMessages();
  const t = useLabel();
  const { can } = useViewer();
  const signedTag = (signed: boolean) => (
    <Tag color={signed ? 'success' : 'warning'}>{signed ? m.signed : m.notSigned}</Tag>
  );
  return (
    <Card
      size="small"
      title={format(m.meeting, { body: t(decisionBodyLabels[meeting.body]), day: meeting.heldOn })}
      extra={
        <>
          <Tag color={meeting.inForce ? 'success' : 'default'}>
            {meeting.inForce ? m.inForce : m.reconsidered}
          </Tag>
          {open && meeting.inForce && can(P.decide) && <ReconsiderButton meeting={meeting} />}
        </>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'attendance',
            label: m.present,
            children: (
              <>
                {format(m.attendance, { should: meeting.shouldAttend, present: meeting.present })}{' '}
                <Tag color={meeting.quorum ? 'success' : 'error'}>
                  {meeting.quorum ? m.quorum : m.noQuorum}
                </Tag>
              </>
            ),
          },
          {
            key: 'chair',
            label: m.chair,
            children: (
              <>
                {meeting.chair} {signedTag(meeting.signedByChair)}
              </>
            ),
          },
          {
            key: 'recorder',
            label: m.recorder,
            children: (
              <>
                {meeting.recorder} {signedTag(meeting.signedByRecorder)}
              </>
            ),
          },
          ...(meeting.reconsideredOn
            ? [
                {
                  key: 'reconsidered',
                  label: m.reconsider,
                  children: `${meeting.reconsideredOn}（${m.agreeing} ${meeting.reconsiderationAgreeing ?? 0}）：${meeting.reconsiderationReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      <Table<Vote>
        size="small"
        rowKey={(v) => v.candidate.id}
        pagination={false}
        dataSource={meeting.votes}
        columns={[
          {
            key: 'candidate',
            title: m.candidate,
            render: (_, v) => candidateOf(c, v.candidate.id)?.cadre.name,
          },
          { key: 'for', title: m.inFavour, dataIndex: 'inFavour' },
          { key: 'against', title: m.against, dataIndex: 'against' },
          { key: 'abstain', title: m.abstain, dataIndex: 'abstain' },
          {
            key: 'outcome',
            title: m.outcome,
            render: (_, v) => (
              <Tag color={v.passed ? 'success' : 'default'}>
                {v.passed ? m.passed : m.notPassed}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
