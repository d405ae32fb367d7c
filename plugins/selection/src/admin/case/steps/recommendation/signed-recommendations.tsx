import { Card, DatePicker, Form, Input, List, Radio, Typography } from 'antd';
import { labelOptions, type Schema, StepForm, useLabel, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { dayjs, type Dayjs, dayOf } from '../../../common/dates.ts';
import { signedKindLabels } from '../../../labels.ts';
import { CandidateSelect } from '../candidate-select.tsx';
import { candidateOf, candidatesIn } from '../step-props.ts';
import { useRecommendationMessages } from './messages.ts';
import { RecordSignedMutation, type RecommendationCase } from './queries.ts';

interface SignedValues {
  candidateId: string;
  kind: Schema.SignedRecommendationKind;
  recommender: string;
  reason: string;
  recommendedOn: Dayjs;
}

/** 领导干部署名推荐 and 党组织推荐: who recommended whom and why, on the record. */
export function SignedRecommendations({
  selectionCase,
  open,
}: {
  selectionCase: RecommendationCase;
  open: boolean;
}) {
  const m = useRecommendationMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [form] = Form.useForm<SignedValues>();
  const record = useRecord(RecordSignedMutation, 'recordSignedRecommendation', form);
  const nominees = candidatesIn(selectionCase, ['NOMINATED', 'LISTED']);

  const submit = async ({ candidateId, recommendedOn, ...input }: SignedValues) => {
    const saved = await record.submit({
      candidateId,
      input: { ...input, recommendedOn: dayOf(recommendedOn) },
    });
    if (saved) form.resetFields();
  };

  return (
    <Card size="small" title={m.signedRecommendations}>
      <List
        size="small"
        dataSource={selectionCase.signedRecommendations}
        locale={{ emptyText: m.noSigned }}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={`${candidateOf(selectionCase, s.candidate.id)?.cadre.name ?? ''} · ${t(signedKindLabels[s.kind])}`}
              description={
                <>
                  <Typography.Text>{s.reason}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {s.recommender} · {s.recommendedOn}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {open && can(P.record) && nominees.length > 0 && (
        <StepForm<SignedValues>
          name="selection-signed"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveSigned}
          onSubmit={submit}
          initialValues={{ kind: 'LEADER', recommendedOn: dayjs() }}
        >
          <Form.Item name="candidateId" label={m.candidate} rules={[{ required: true }]}>
            <CandidateSelect candidates={nominees} />
          </Form.Item>
          <Form.Item name="kind" label={m.kind}>
            <Radio.Group options={labelOptions(signedKindLabels, t)} />
          </Form.Item>
          <Form.Item name="recommender" label={m.recommender} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reason" label={m.reason} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="recommendedOn" label={m.recommendedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </StepForm>
      )}
    </Card>
  );
}
