import { DatePicker, Form, Input, Table, Tag, Typography } from 'antd';
import { format, type Schema, StepForm, useLabel, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf, pickerDay } from '../../../common/dates.ts';
import { FOUR_MUST_LABELS, FOUR_MUSTS, missingFourMusts } from '../../../rules.ts';
import { type InspectionCandidate as Candidate, RecordFourMustMutation } from './queries.ts';
import { useInspectionMessages } from './messages.ts';

type Must = Schema.FourMust;
type MustRecord = Candidate['fourMusts'][number];

interface MustValues {
  doneOn: Dayjs;
  result: string;
  evidence: string;
}

/** One of the four musts: when it was done, what it found, and where that can be checked. */
function MustForm({
  candidate,
  must,
  done,
}: {
  candidate: Candidate;
  must: Must;
  done?: MustRecord;
}) {
  const m = useInspectionMessages();
  const t = useLabel();
  const [form] = Form.useForm<MustValues>();
  const record = useRecord(RecordFourMustMutation, 'recordFourMust', form);
  const name = t(FOUR_MUST_LABELS[must]);
  const submit = ({ doneOn, ...rest }: MustValues) =>
    record.submit({ candidateId: candidate.id, input: { must, doneOn: dayOf(doneOn), ...rest } });
  return (
    <StepForm<MustValues>
      name={`selection-must-${must}-${candidate.id}`}
      layout="inline"
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={m.saveMust}
      submitLabel={`${name}：${m.saveMust}`}
      onSubmit={submit}
      initialValues={done ? { ...done, doneOn: pickerDay(done.doneOn) } : { doneOn: dayjs() }}
    >
      <Form.Item name="doneOn" rules={[{ required: true, message: m.doneOn }]}>
        <DatePicker aria-label={`${name}：${m.doneOn}`} />
      </Form.Item>
      <Form.Item name="result" rules={[{ required: true, message: m.result }]}>
        <Input placeholder={m.result} aria-label={`${name}：${m.result}`} maxLength={2000} />
      </Form.Item>
      <Form.Item name="evidence" rules={[{ required: true, message: m.evidence }]}>
        <Input placeholder={m.evidence} aria-label={`${name}：${m.evidence}`} maxLength={500} />
      </Form.Item>
    </StepForm>
  );
}

/**
 * 凡提四必: the archive reviewed, the personal-matters report checked, the discipline
 * commission heard, specific tips verified, each with its date, result and evidence. What is
 * still missing is worked out by the rule the step "start the deliberation" applies.
 */
export function FourMusts({ candidate, editing }: { candidate: Candidate; editing: boolean }) {
  const m = useInspectionMessages();
  const t = useLabel();
  const missing = missingFourMusts(
    candidate.fourMusts.map((r) => ({ ...r, doneOn: new Date(r.doneOn) })),
  );
  const recordOf = (must: Must) => candidate.fourMusts.find((r) => r.must === must);
  return (
    <>
      <Typography.Paragraph type={missing.length > 0 ? 'warning' : 'success'}>
        {missing.length > 0
          ? format(m.mustsMissing, { musts: missing.map((x) => t(FOUR_MUST_LABELS[x])).join('、') })
          : m.mustsDone}
      </Typography.Paragraph>
      <Table<Must>
        size="small"
        rowKey={(must) => must}
        pagination={false}
        dataSource={[...FOUR_MUSTS]}
        columns={[
          {
            key: 'must',
            title: m.fourMusts,
            width: 200,
            render: (_, must) => (
              <>
                <div>{t(FOUR_MUST_LABELS[must])}</div>
                <Tag color={missing.includes(must) ? 'warning' : 'success'}>
                  {missing.includes(must) ? m.mustMissing : m.mustDone}
                </Tag>
              </>
            ),
          },
          {
            key: 'record',
            title: `${m.doneOn} / ${m.result} / ${m.evidence}`,
            render: (_, must) => {
              const done = recordOf(must);
              if (editing) return <MustForm candidate={candidate} must={must} done={done} />;
              return done ? `${done.doneOn}：${done.result}（${done.evidence}）` : '—';
            },
          },
        ]}
      />
    </>
  );
}
