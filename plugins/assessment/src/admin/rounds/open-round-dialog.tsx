import {
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import {
  format,
  labelOptions,
  type Schema,
  StepForm,
  UnitSelect,
  useLabel,
  useRecord,
} from '@cadre/ui';
import { groupNames } from '../labels.ts';
import { KIND_LABELS } from '../rules.ts';
import { useRoundsMessages } from './messages.ts';
import { OpenAssessmentRoundMutation } from './queries.ts';

interface OpenValues {
  kind: Schema.AssessmentKind;
  group: Schema.AssessmentGroup;
  year: number;
  title: string;
  period?: [Dayjs, Dayjs];
  topic?: string;
  scopeUnitId?: string;
}

const DAY = 'YYYY-MM-DD';

/** What the API takes: a special or term round's period, matter and scope; none for an annual one. */
function toInput({ period, topic, scopeUnitId, ...values }: OpenValues) {
  const periodic = values.kind !== 'ANNUAL';
  return {
    ...values,
    periodStart: periodic && period ? period[0].format(DAY) : null,
    periodEnd: periodic && period ? period[1].format(DAY) : null,
    topic: periodic ? topic || null : null,
    scopeUnitId: periodic ? scopeUnitId || null : null,
  };
}

/** 发起考核: kind, group, year and title (a special or term round also its period, matter, scope). */
export function OpenRoundDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useRoundsMessages();
  const t = useLabel();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenValues>();
  const record = useRecord(OpenAssessmentRoundMutation, 'openAssessmentRound', form);
  const kind = Form.useWatch('kind', form);
  const year = Form.useWatch('year', form);

  const submit = async (values: OpenValues) => {
    const opened = await record.submit({ input: toInput(values) });
    if (!opened) return;
    form.resetFields();
    onClose();
    navigate(`/assessment/rounds/${opened.id}`);
  };

  const required = (label: string) => [{ required: true, message: label }];
  return (
    <Modal title={m.openTitle} open={open} onCancel={onClose} footer={null} width={600}>
      <Typography.Paragraph type="secondary">{m.openHint}</Typography.Paragraph>
      <StepForm<OpenValues>
        name="assessment-open-round"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.submit}
        onSubmit={submit}
        initialValues={{ kind: 'ANNUAL', year: new Date().getFullYear() }}
      >
        <Form.Item name="kind" label={m.kind}>
          <Radio.Group options={labelOptions(KIND_LABELS, t)} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item name="group" label={m.group} rules={required(m.group)}>
              <Select options={labelOptions(groupNames, t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label={m.year} rules={required(m.year)}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={m.roundTitle} rules={required(m.roundTitle)}>
          <Input maxLength={200} placeholder={format(m.roundTitleHint, { year: year ?? '' })} />
        </Form.Item>
        {kind && kind !== 'ANNUAL' && (
          <>
            <Form.Item name="period" label={m.period} rules={required(m.period)}>
              <DatePicker.RangePicker
                placeholder={[m.periodStart, m.periodEnd]}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item name="topic" label={m.topic} extra={m.topicHint} rules={required(m.topic)}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="scopeUnitId" label={m.scopeUnit} extra={m.scopeUnitHint}>
              <UnitSelect placeholder={m.scopeUnit} width="100%" />
            </Form.Item>
          </>
        )}
      </StepForm>
    </Modal>
  );
}
