import { Card, Form, Input, InputNumber, Typography } from 'antd';
import { format, StepForm, useRecord } from '@cadre/ui';
import type { Subject } from '../queries.ts';
import { usePreparationMessages } from './messages.ts';
import { RecordSurveyMutation } from './queries.ts';

interface SurveyValues {
  questionnaires: number;
  phoneCalls: number;
  note?: string;
}

/**
 * 第三方满意度测评 (seed 004: 问卷1190份, 电话1489个): its counts, recorded while the round is in
 * preparation or scoring; its scores are the survey subject's.
 */
export function SurveyCard({
  roundId,
  survey,
  editing,
}: {
  roundId: string;
  /** The round's satisfaction-survey subject; none when it has none. */
  survey: Subject | undefined;
  editing: boolean;
}) {
  const m = usePreparationMessages();
  const [form] = Form.useForm<SurveyValues>();
  const record = useRecord(RecordSurveyMutation, 'recordSatisfactionSurvey', form);
  const counted = survey?.questionnaires != null && survey.phoneCalls != null;
  return (
    <Card size="small" title={m.survey}>
      <Typography.Paragraph type="secondary">
        {survey ? m.surveyIntro : m.noSurvey}
      </Typography.Paragraph>
      {survey && !editing && (
        <Typography.Text>
          {counted
            ? format(m.surveyCounts, {
                questionnaires: survey.questionnaires ?? 0,
                phoneCalls: survey.phoneCalls ?? 0,
              })
            : m.surveyNotYet}
        </Typography.Text>
      )}
      {survey && editing && (
        <StepForm<SurveyValues>
          name="assessment-survey"
          layout="inline"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveSurvey}
          onSubmit={(values) => record.submit({ roundId, ...values, note: values.note || null })}
          initialValues={{
            questionnaires: survey.questionnaires ?? undefined,
            phoneCalls: survey.phoneCalls ?? undefined,
            note: survey.note ?? undefined,
          }}
        >
          <Form.Item
            name="questionnaires"
            label={m.questionnaires}
            rules={[{ required: true, message: m.questionnaires }]}
            style={{ marginBottom: 12 }}
          >
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item
            name="phoneCalls"
            label={m.phoneCalls}
            rules={[{ required: true, message: m.phoneCalls }]}
            style={{ marginBottom: 12 }}
          >
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="note" label={m.surveyNote} style={{ marginBottom: 12 }}>
            <Input maxLength={500} />
          </Form.Item>
        </StepForm>
      )}
    </Card>
  );
}
