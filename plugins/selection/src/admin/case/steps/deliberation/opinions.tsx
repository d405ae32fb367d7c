import { DatePicker, Form, Input, Radio } from 'antd';
import { RecordDialogButton, RecordList, StepForm, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { type DeliberationCase, RecordOpinionMutation, ResolveOpinionMutation } from './queries.ts';
import { CandidateSelect } from '../candidate-select.tsx';
import { candidateOf, candidatesIn } from '../step-props.ts';
import { useDeliberationMessages } from './messages.ts';

type Opinion = DeliberationCase['opinions'][number];

interface OpinionValues {
  candidateId?: string;
  source: string;
  opinion: string;
  agrees: boolean;
  recordedOn: Dayjs;
}

/** Records how a dissent was resolved (分歧已统一). */
function ResolveButton({ opinion }: { opinion: Opinion }) {
  const m = useDeliberationMessages();
  return (
    <RecordDialogButton
      name={`selection-resolve-${opinion.id}`}
      label={m.resolve}
      document={ResolveOpinionMutation}
      field="resolveDeliberationOpinion"
      variables={({ resolution }: { resolution: string }) => ({
        opinionId: opinion.id,
        resolution,
      })}
    >
      <Form.Item name="resolution" label={m.resolution} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 酝酿意见: whose opinion on whom, agreeing or not; a dissent holds the case until resolved. */
export function Opinions({
  selectionCase: c,
  open,
}: {
  selectionCase: DeliberationCase;
  open: boolean;
}) {
  const m = useDeliberationMessages();
  const { can } = useViewer();
  const editing = open && can(P.record);
  const [form] = Form.useForm<OpinionValues>();
  const record = useRecord(RecordOpinionMutation, 'recordDeliberationOpinion', form);
  const submit = async ({ recordedOn, candidateId, ...input }: OpinionValues) => {
    const saved = await record.submit({
      caseId: c.id,
      input: { ...input, candidateId: candidateId ?? null, recordedOn: dayOf(recordedOn) },
    });
    if (saved) form.resetFields();
  };

  return (
    <RecordList
      title={m.opinions}
      records={c.opinions}
      empty={m.noOpinions}
      row={(o) => ({
        subject: o.source,
        meta: `${candidateOf(c, o.candidate?.id)?.cadre.name ?? m.aboutCase} · ${o.recordedOn}`,
        tags: [
          { color: o.agrees ? 'success' : 'error', label: o.agrees ? m.agree : m.dissent },
          !o.agrees && {
            color: o.resolved ? 'success' : 'warning',
            label: o.resolved ? m.resolved : m.unresolved,
          },
        ],
        text: o.opinion,
        followUp: o.resolution ? { text: o.resolution } : null,
        action: editing && !o.agrees && !o.resolved && <ResolveButton opinion={o} />,
      })}
    >
      {editing && (
        <StepForm<OpinionValues>
          name="selection-opinion"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveOpinion}
          onSubmit={submit}
          initialValues={{ agrees: true, recordedOn: dayjs() }}
        >
          <Form.Item name="source" label={m.source} rules={[{ required: true }]}>
            <Input placeholder={m.sourceHint} maxLength={100} />
          </Form.Item>
          <Form.Item name="candidateId" label={m.about}>
            <CandidateSelect
              candidates={candidatesIn(c, ['LISTED'])}
              placeholder={m.aboutCase}
              allowClear
            />
          </Form.Item>
          <Form.Item name="agrees" label={m.agrees}>
            <Radio.Group
              options={[
                { value: true, label: m.agree },
                { value: false, label: m.dissent },
              ]}
            />
          </Form.Item>
          <Form.Item name="opinion" label={m.opinion} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="recordedOn" label={m.recordedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </StepForm>
      )}
    </RecordList>
  );
}
