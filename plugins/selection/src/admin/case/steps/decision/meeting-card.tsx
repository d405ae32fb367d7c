import {
  Alert,
  Card,
  DatePicker,
  Descriptions,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Table,
  Tag,
} from 'antd';
import { format, RecordDialogButton, useLabel, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
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

/** Whether more than half of the members agree to reconsider, as the number is typed. */
function ReconsiderMajority({ meeting, form }: { meeting: Meeting; form: FormInstance }) {
  const m = useDecisionMessages();
  const agreeing = Form.useWatch<number | null>('agreeing', form) ?? 0;
  const allowed = mayReconsider({ shouldAttend: meeting.shouldAttend, agreeing });
  return (
    <Alert
      type={allowed ? 'success' : 'warning'}
      showIcon
      title={
        allowed ? m.reconsiderMet : format(m.reconsiderShort, { should: meeting.shouldAttend })
      }
      description={m.reconsiderIntro}
      style={{ marginBottom: 16 }}
    />
  );
}

/** 复议: sets the decision aside when more than half of the members agree first. */
function ReconsiderButton({ meeting }: { meeting: Meeting }) {
  const m = useDecisionMessages();
  return (
    <RecordDialogButton
      name={`selection-reconsider-${meeting.id}`}
      label={m.reconsider}
      buttonProps={{ size: 'middle' }}
      document={ReconsiderMutation}
      field="reconsiderDecisionMeeting"
      variables={({ reconsideredOn, reason, agreeing }: ReconsiderValues) => ({
        meetingId: meeting.id,
        input: { agreeing: agreeing ?? 0, reason, reconsideredOn: dayOf(reconsideredOn) },
      })}
    >
      {(form) => (
        <>
          <ReconsiderMajority meeting={meeting} form={form} />
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
        </>
      )}
    </RecordDialogButton>
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
