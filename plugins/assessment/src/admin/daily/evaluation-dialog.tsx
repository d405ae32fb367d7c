import { DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { format, labelOptions, RecordDialogButton, type Schema, useLabel } from '@cadre/ui';
import { needsComment, QUARTER_GRADE_LABELS } from '../rules.ts';
import { dayOf } from './dates.ts';
import { useDailyMessages } from './messages.ts';
import { type Evaluation, RecordQuarterlyEvaluationMutation } from './queries.ts';

interface EvaluationValues {
  score: number;
  grade: Schema.QuarterGrade;
  comment?: string;
  evaluatedOn: Dayjs;
  correctionReason?: string;
}

/**
 * 季考评 of one cadre's quarter (score, grade, comment); a published one is changed only with a
 * reason, and is then published again.
 */
export function EvaluationDialog({
  cadre,
  year,
  quarter,
  evaluation,
}: {
  cadre: { id: string; name: string };
  year: number;
  quarter: number;
  evaluation: Evaluation | null;
}) {
  const m = useDailyMessages();
  const t = useLabel();
  const published = evaluation?.publishedOn != null;
  return (
    <RecordDialogButton
      name={`daily-evaluation-${cadre.id}`}
      label={evaluation ? m.reevaluate : m.evaluate}
      title={format(m.evaluateTitle, { year, quarter, name: cadre.name })}
      document={RecordQuarterlyEvaluationMutation}
      field="recordQuarterlyEvaluation"
      variables={({ evaluatedOn, ...input }: EvaluationValues) => ({
        cadreId: cadre.id,
        input: { ...input, year, quarter, evaluatedOn: dayOf(evaluatedOn) },
      })}
    >
      <Form.Item
        name="score"
        label={m.score}
        initialValue={evaluation?.score}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={100} step={0.5} />
      </Form.Item>
      <Form.Item
        name="grade"
        label={m.grade}
        initialValue={evaluation?.grade}
        rules={[{ required: true }]}
      >
        <Radio.Group options={labelOptions(QUARTER_GRADE_LABELS, t)} />
      </Form.Item>
      <Form.Item
        name="comment"
        label={m.comment}
        initialValue={evaluation?.comment || undefined}
        dependencies={['grade']}
        rules={[
          ({ getFieldValue }) => ({
            required: needsComment(getFieldValue('grade') as Schema.QuarterGrade),
            whitespace: true,
            message: m.commentRequired,
          }),
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="evaluatedOn"
        label={m.evaluatedOn}
        initialValue={dayjs()}
        rules={[{ required: true }]}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      {published && (
        <Form.Item
          name="correctionReason"
          label={m.correctionReason}
          extra={m.correctionHint}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </RecordDialogButton>
  );
}
