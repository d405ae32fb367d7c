import { DatePicker, Form, Input, Radio } from 'antd';
import { labelOptions, type Schema, StepForm, useLabel, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { probationResultLabels } from '../../../labels.ts';
import { useProbationMessages } from './messages.ts';
import { ConcludeProbationMutation, type ProbationCandidate } from './queries.ts';

interface ConclusionValues {
  result: Schema.ProbationResult;
  assessment: string;
  concludedOn: Dayjs;
}

/** 试用期满考核 of one appointee: competent, or back to the former rank. */
export function ConclusionForm({
  candidate,
  version,
}: {
  candidate: ProbationCandidate;
  version: number;
}) {
  const m = useProbationMessages();
  const t = useLabel();
  const [form] = Form.useForm<ConclusionValues>();
  const record = useRecord(ConcludeProbationMutation, 'concludeSelectionProbation', form);
  const submit = ({ concludedOn, ...input }: ConclusionValues) =>
    record.submit({
      candidateId: candidate.id,
      input: { ...input, concludedOn: dayOf(concludedOn), expectedVersion: version },
    });
  return (
    <StepForm<ConclusionValues>
      name={`selection-probation-${candidate.id}`}
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={m.conclude}
      confirmStep={`${m.conclude}：${candidate.cadre.name}`}
      onSubmit={submit}
      initialValues={{ result: 'PASS', concludedOn: dayjs() }}
    >
      <Form.Item name="result" label={m.result}>
        <Radio.Group options={labelOptions(probationResultLabels, t)} />
      </Form.Item>
      <Form.Item name="assessment" label={m.assessment} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="concludedOn" label={m.concludedOn} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
    </StepForm>
  );
}
