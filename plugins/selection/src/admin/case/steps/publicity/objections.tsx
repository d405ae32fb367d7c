import { DatePicker, Form, Input, Radio } from 'antd';
import {
  RecordDialogButton,
  RecordList,
  StepForm,
  useLabel,
  useRecord,
  useViewer,
} from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { objectionStatusLabels } from '../../../labels.ts';
import type { CaseDetail } from '../../queries.ts';
import { CandidateSelect } from '../candidate-select.tsx';
import { candidateOf, candidatesIn } from '../step-props.ts';
import { usePublicityMessages } from './messages.ts';
import { ConcludeObjectionMutation, type Objection, OpenObjectionMutation } from './queries.ts';

interface ObjectionValues {
  candidateId: string;
  receivedOn: Dayjs;
  summary: string;
}

interface ConclusionValues {
  founded: boolean;
  conclusion: string;
  concludedOn: Dayjs;
}

const STATUS_COLORS: Record<Objection['status'], string> = {
  OPEN: 'warning',
  VERIFIED_FOUNDED: 'error',
  VERIFIED_UNFOUNDED: 'success',
};

/** What verifying one objection found. */
function ConcludeButton({ objection }: { objection: Objection }) {
  const m = usePublicityMessages();
  return (
    <RecordDialogButton
      name={`selection-objection-${objection.id}`}
      label={m.conclude}
      document={ConcludeObjectionMutation}
      field="concludePublicityObjection"
      variables={({ concludedOn, ...input }: ConclusionValues) => ({
        objectionId: objection.id,
        input: { ...input, concludedOn: dayOf(concludedOn) },
      })}
    >
      <Form.Item name="founded" label={m.founded} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: false, label: m.foundedFalse },
            { value: true, label: m.foundedTrue },
          ]}
        />
      </Form.Item>
      <Form.Item name="conclusion" label={m.conclusion} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="concludedOn"
        label={m.concludedOn}
        rules={[{ required: true }]}
        initialValue={dayjs()}
      >
        <DatePicker />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 公示期间反映问题: registered, verified, and kept from appointment when founded. */
export function Objections({
  selectionCase: c,
  objections,
  open,
}: {
  selectionCase: CaseDetail;
  objections: readonly Objection[];
  open: boolean;
}) {
  const m = usePublicityMessages();
  const t = useLabel();
  const { can } = useViewer();
  const editing = open && can(P.record);
  const [form] = Form.useForm<ObjectionValues>();
  const record = useRecord(OpenObjectionMutation, 'openPublicityObjection', form);
  const approved = candidatesIn(c, ['APPROVED']);
  const submit = async ({ candidateId, receivedOn, summary }: ObjectionValues) => {
    const saved = await record.submit({
      candidateId,
      input: { summary, receivedOn: dayOf(receivedOn) },
    });
    if (saved) form.resetFields();
  };
  return (
    <RecordList
      title={m.objections}
      intro={m.objectionsIntro}
      records={objections}
      empty={m.noObjections}
      row={(o) => ({
        subject: candidateOf(c, o.candidate.id)?.cadre.name,
        meta: o.receivedOn,
        tags: [{ color: STATUS_COLORS[o.status], label: t(objectionStatusLabels[o.status]) }],
        text: o.summary,
        followUp: o.conclusion ? { text: o.conclusion, on: o.concludedOn } : null,
        action: editing && o.status === 'OPEN' && <ConcludeButton objection={o} />,
      })}
    >
      {editing && approved.length > 0 && (
        <StepForm<ObjectionValues>
          name="selection-objection"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveObjection}
          onSubmit={submit}
          initialValues={{ receivedOn: dayjs() }}
        >
          <Form.Item name="candidateId" label={m.about} rules={[{ required: true }]}>
            <CandidateSelect candidates={approved} />
          </Form.Item>
          <Form.Item name="summary" label={m.summary} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="receivedOn" label={m.receivedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </StepForm>
      )}
    </RecordList>
  );
}
