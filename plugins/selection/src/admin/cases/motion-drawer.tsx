import { Col, Drawer, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useNavigate } from 'react-router-dom';
import {
  labelOptions,
  rankLabels,
  type Schema,
  StepForm,
  UnitSelect,
  useLabel,
  useRecord,
} from '@cadre/ui';
import { useCommonMessages } from '../common/messages.ts';
import { ADJUSTMENT_TYPE_LABELS, ADJUSTMENT_TYPES, IMPORTANT_POST_GUIDANCE } from '../rules.ts';
import { useCasesMessages } from './messages.ts';
import { MotionVacancy, useMotionVacancy } from './motion-vacancy.tsx';
import { OpenSelectionCaseMutation } from './queries.ts';

interface MotionValues {
  title: string;
  unitId: string;
  postTitle: string;
  targetRank: Schema.Rank;
  adjustmentType: Schema.SelectionAdjustmentType;
  posts: number;
  importantPost: boolean;
  principalPost: boolean;
  analysisNote: string;
  quotaJustification?: string;
}

const INITIAL: Partial<MotionValues> = {
  adjustmentType: 'PROMOTION',
  posts: 1,
  importantPost: false,
  principalPost: false,
};

/** 动议: the post to fill, checked against the unit's quota by the server; then its page opens. */
export function MotionDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useCasesMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const navigate = useNavigate();
  const [form] = Form.useForm<MotionValues>();
  const record = useRecord(OpenSelectionCaseMutation, 'openSelectionCase', form);
  const unitId = Form.useWatch('unitId', form);
  const targetRank = Form.useWatch('targetRank', form);
  const adjustmentType = Form.useWatch('adjustmentType', form);
  const vacancy = useMotionVacancy(unitId, targetRank);
  // A removal frees a post: only appointments are held to the quota, as on the server.
  const quotaApplies = adjustmentType !== 'REMOVAL';

  const submit = async (values: MotionValues) => {
    const opened = await record.submit({
      input: { ...values, quotaJustification: values.quotaJustification || null },
    });
    if (!opened) return;
    form.resetFields();
    onClose();
    navigate(`/selection/cases/${opened.id}`);
  };

  const required = (label: string) => [{ required: true, message: label }];
  return (
    <Drawer title={m.motionTitle} open={open} onClose={onClose} size={560}>
      <StepForm<MotionValues>
        name="selection-motion"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.open}
        onSubmit={submit}
        initialValues={INITIAL}
      >
        <Form.Item name="title" label={m.caseTitle} rules={required(m.caseTitle)}>
          <Input placeholder={m.caseTitleHint} autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={m.unit} rules={required(m.unit)}>
          <UnitSelect placeholder={m.unit} width="100%" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="postTitle" label={m.postTitle} rules={required(m.postTitle)}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="targetRank" label={m.targetRank} rules={required(m.targetRank)}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={labelOptions(rankLabels, t)}
              />
            </Form.Item>
          </Col>
        </Row>
        {quotaApplies && <MotionVacancy figures={vacancy.figures} />}
        <Form.Item name="adjustmentType" label={m.adjustmentType}>
          <Radio.Group
            options={ADJUSTMENT_TYPES.map((type) => ({
              value: type,
              label: t(ADJUSTMENT_TYPE_LABELS[type]),
            }))}
          />
        </Form.Item>
        <Form.Item name="posts" label={m.posts} extra={m.postsHint}>
          <InputNumber min={1} max={20} precision={0} />
        </Form.Item>
        <Form.Item
          name="importantPost"
          label={common.importantPost}
          valuePropName="checked"
          extra={t(IMPORTANT_POST_GUIDANCE)}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="principalPost"
          label={common.principalPost}
          valuePropName="checked"
          extra={m.principalPostHint}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="analysisNote"
          label={m.analysisNote}
          rules={required(m.analysisNote)}
          extra={m.analysisNoteHint}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        {quotaApplies && vacancy.hasVacancy === false && (
          <Form.Item
            name="quotaJustification"
            // Gone with the field: a unit with a vacancy sends no justification.
            preserve={false}
            label={m.quotaJustification}
            // Checked before sending, as the server checks it (SELECTION_NO_VACANCY).
            rules={[{ required: true, whitespace: true, message: m.quotaJustificationRequired }]}
            extra={m.quotaJustificationHint}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </StepForm>
    </Drawer>
  );
}
