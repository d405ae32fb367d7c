import {
  Alert,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { format, labelOptions, type Schema, StepForm, useLabel, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { decisionBodyLabels } from '../../../labels.ts';
import { ballotProblems, hasQuorum, passes } from '../../../rules.ts';
import type { Candidate, CaseDetail } from '../../queries.ts';
import { candidatesIn } from '../step-props.ts';
import { quorumNeeded, votesNeeded } from './ballot.ts';
import { useDecisionMessages } from './messages.ts';
import { RecordMeetingMutation } from './queries.ts';

interface Count {
  inFavour?: number | null;
  against?: number | null;
  abstain?: number | null;
}

interface VoteValues {
  body: Schema.DecisionBody;
  heldOn: Dayjs;
  shouldAttend?: number | null;
  present?: number | null;
  chair: string;
  recorder: string;
  signedByChair: boolean;
  signedByRecorder: boolean;
  votes?: Record<string, Count | undefined>;
}

const COUNTS = ['inFavour', 'against', 'abstain'] as const;
const whole = (n: number | null | undefined) => n ?? 0;

/** Attendance as typed: whether the meeting may decide, by the regulation's rule. */
function QuorumStatus({ shouldAttend, present }: { shouldAttend: number; present: number }) {
  const m = useDecisionMessages();
  if (shouldAttend < 1) return <Alert type="info" showIcon title={m.quorumUnknown} />;
  const figures = { should: shouldAttend, present, needed: quorumNeeded(shouldAttend) ?? '—' };
  return hasQuorum({ shouldAttend, present }) ? (
    <Alert type="success" showIcon role="status" title={format(m.quorumMet, figures)} />
  ) : (
    <Alert type="error" showIcon role="status" title={format(m.quorumShort, figures)} />
  );
}

/**
 * 票决: attendance, the secret ballot on each candidate and the record's signatures. While the
 * figures are typed, the page shows what the regulation makes of them, with the very rules the
 * server applies: two thirds present (`hasQuorum`), and more than half of the members who should
 * attend in favour (`passes`). Saving is the server's decision; a refusal shows above the form.
 */
export function VoteEntry({ selectionCase: c }: { selectionCase: CaseDetail }) {
  const m = useDecisionMessages();
  const t = useLabel();
  const [form] = Form.useForm<VoteValues>();
  const record = useRecord(RecordMeetingMutation, 'recordDecisionMeeting', form);
  const typed = Form.useWatch([], form);
  const listed = candidatesIn(c, ['LISTED']);
  const shouldAttend = whole(typed?.shouldAttend);
  const present = whole(typed?.present);
  const countOf = (candidate: Candidate) => {
    const count = typed?.votes?.[candidate.id];
    return {
      inFavour: whole(count?.inFavour),
      against: whole(count?.against),
      abstain: whole(count?.abstain),
    };
  };
  const passing = listed.filter((candidate) =>
    passes({ shouldAttend, inFavour: countOf(candidate).inFavour }),
  );

  const submit = (values: VoteValues) =>
    record.submit({
      caseId: c.id,
      input: {
        body: values.body,
        heldOn: dayOf(values.heldOn),
        shouldAttend: whole(values.shouldAttend),
        present: whole(values.present),
        chair: values.chair,
        recorder: values.recorder,
        signedByChair: values.signedByChair,
        signedByRecorder: values.signedByRecorder,
        votes: listed.map((candidate) => ({
          candidateId: candidate.id,
          inFavour: whole(values.votes?.[candidate.id]?.inFavour),
          against: whole(values.votes?.[candidate.id]?.against),
          abstain: whole(values.votes?.[candidate.id]?.abstain),
        })),
      },
    });

  if (listed.length === 0)
    return (
      <Card size="small" title={m.voteEntry}>
        <Typography.Text type="secondary">{m.noListed}</Typography.Text>
      </Card>
    );

  return (
    <Card size="small" title={m.voteEntry}>
      <Typography.Paragraph type="secondary">{m.voteIntro}</Typography.Paragraph>
      <StepForm<VoteValues>
        name="selection-votes"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.saveVotes}
        confirmStep={m.saveVotesStep}
        onSubmit={submit}
        initialValues={{
          body: c.principalPost ? 'FULL_COMMITTEE' : 'STANDING_COMMITTEE',
          heldOn: dayjs(),
          signedByChair: false,
          signedByRecorder: false,
        }}
      >
        <Space wrap size={16}>
          <Form.Item name="body" label={m.body}>
            <Radio.Group options={labelOptions(decisionBodyLabels, t)} />
          </Form.Item>
          <Form.Item name="heldOn" label={m.heldOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="shouldAttend" label={m.shouldAttend} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="present" label={m.present} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
        </Space>
        <div style={{ marginBottom: 16 }}>
          <QuorumStatus shouldAttend={shouldAttend} present={present} />
        </div>
        {c.principalPost && typed?.body === 'STANDING_COMMITTEE' && (
          <Alert type="error" showIcon title={m.fullCommittee} style={{ marginBottom: 16 }} />
        )}
        <Table<Candidate>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={listed}
          style={{ marginBottom: 16 }}
          columns={[
            {
              key: 'candidate',
              title: m.candidate,
              render: (_, candidate) => candidate.cadre.name,
            },
            ...COUNTS.map((what) => ({
              key: what,
              title: m[what],
              render: (_: unknown, candidate: Candidate) => (
                <Form.Item name={['votes', candidate.id, what]} noStyle>
                  <InputNumber
                    min={0}
                    precision={0}
                    aria-label={format(m.voteOf, {
                      candidate: candidate.cadre.name,
                      what: m[what],
                    })}
                  />
                </Form.Item>
              ),
            })),
            {
              key: 'outcome',
              title: m.outcome,
              render: (_, candidate) => {
                const votes = countOf(candidate);
                const problems = ballotProblems({ shouldAttend, present, votes });
                if (shouldAttend > 0 && problems.length > 0)
                  return (
                    <Typography.Text type="danger">{problems.map(t).join('；')}</Typography.Text>
                  );
                const needed = votesNeeded(shouldAttend);
                if (needed === null) return <Typography.Text type="secondary">—</Typography.Text>;
                const figures = { votes: votes.inFavour, needed };
                return passes({ shouldAttend, inFavour: votes.inFavour }) ? (
                  <Tag color="success">{format(m.passes, figures)}</Tag>
                ) : (
                  <Tag>{format(m.fails, figures)}</Tag>
                );
              },
            },
          ]}
        />
        {passing.length > c.posts && (
          <Alert
            type="warning"
            showIcon
            title={format(m.tooManyPassed, { passed: passing.length, posts: c.posts })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Space wrap size={16}>
          <Form.Item name="chair" label={m.chair} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="recorder" label={m.recorder} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Space>
        <Space wrap size={16}>
          <Form.Item name="signedByChair" valuePropName="checked">
            <Checkbox>{m.signedByChair}</Checkbox>
          </Form.Item>
          <Form.Item name="signedByRecorder" valuePropName="checked">
            <Checkbox>{m.signedByRecorder}</Checkbox>
          </Form.Item>
        </Space>
      </StepForm>
    </Card>
  );
}
