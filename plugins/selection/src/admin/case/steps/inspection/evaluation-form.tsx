import { Col, DatePicker, Descriptions, Form, Input, Row } from 'antd';
import { StepForm, useLabel, useRecord } from '@cadre/ui';
import { type Dayjs, dayjs, dayOf, pickerDay } from '../../../common/dates.ts';
import { EVALUATION_ASPECTS, evaluationAspectLabels } from '../../../labels.ts';
import { type InspectionCandidate as Candidate, RecordEvaluationMutation } from './queries.ts';
import { useInspectionMessages } from './messages.ts';

type Aspect = (typeof EVALUATION_ASPECTS)[number];
type EvaluationValues = Record<Aspect, string> & { conclusion: string; recordedOn: Dayjs };

/** 德能勤绩廉 of one candidate and the inspection's conclusion; read-only once the step is past. */
export function EvaluationForm({ candidate, editing }: { candidate: Candidate; editing: boolean }) {
  const m = useInspectionMessages();
  const t = useLabel();
  const [form] = Form.useForm<EvaluationValues>();
  const record = useRecord(RecordEvaluationMutation, 'recordInspectionEvaluation', form);
  const evaluation = candidate.evaluation;

  if (!editing)
    return evaluation ? (
      <Descriptions
        size="small"
        column={1}
        items={[
          ...EVALUATION_ASPECTS.map((aspect) => ({
            key: aspect,
            label: t(evaluationAspectLabels[aspect]),
            children: evaluation[aspect],
          })),
          { key: 'conclusion', label: m.conclusion, children: evaluation.conclusion },
          { key: 'recordedOn', label: m.recordedOn, children: evaluation.recordedOn },
        ]}
      />
    ) : null;

  const submit = ({ recordedOn, ...text }: EvaluationValues) =>
    record.submit({ candidateId: candidate.id, input: { ...text, recordedOn: dayOf(recordedOn) } });

  return (
    <StepForm<EvaluationValues>
      name={`selection-evaluation-${candidate.id}`}
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={m.saveEvaluation}
      onSubmit={submit}
      initialValues={
        evaluation
          ? { ...evaluation, recordedOn: pickerDay(evaluation.recordedOn) }
          : { recordedOn: dayjs() }
      }
    >
      <Row gutter={16}>
        {EVALUATION_ASPECTS.map((aspect) => (
          <Col key={aspect} xs={24} md={12}>
            <Form.Item
              name={aspect}
              label={t(evaluationAspectLabels[aspect])}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="conclusion" label={m.conclusion} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="recordedOn" label={m.recordedOn} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
    </StepForm>
  );
}
