import {
  type ButtonProps,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
  Switch,
  Typography,
} from 'antd';
import { format, labelOptions, RecordDialogButton, type Schema, useLabel } from '@cadre/ui';
import { INDICATOR_CATEGORY_LABELS, INDICATOR_SCORING_LABELS, setWeightTotal } from '../rules.ts';
import { useIndicatorsMessages } from './messages.ts';
import { type IndicatorSetView, type IndicatorView, SaveIndicatorMutation } from './queries.ts';

interface IndicatorValues {
  category: Schema.IndicatorCategory;
  name: string;
  directDeduction?: boolean;
  weight?: number;
  scoring?: Schema.IndicatorScoring;
  target?: number;
  /** Typed as "1, 0.8, 0.6, 0". */
  levelShares?: string;
  scoringNote?: string;
  maxDeduction?: number;
}

const parseShares = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map(Number);

/** What the server takes: only what the chosen rule reads. */
function toInput(v: IndicatorValues) {
  const deduction = v.directDeduction ?? false;
  return {
    category: v.category,
    name: v.name,
    directDeduction: deduction,
    weight: deduction ? null : (v.weight ?? null),
    scoring: deduction ? null : (v.scoring ?? null),
    target: !deduction && v.scoring === 'TARGET_RATIO' ? (v.target ?? null) : null,
    levelShares: !deduction && v.scoring === 'LEVELS' ? parseShares(v.levelShares) : null,
    scoringNote: v.scoringNote || null,
    maxDeduction: deduction ? (v.maxDeduction ?? null) : null,
  };
}

/** The fields, following the rule chosen, with the weights' sum the set would have. */
function IndicatorFields({
  form,
  set,
  indicator,
}: {
  form: FormInstance<IndicatorValues>;
  set: IndicatorSetView;
  indicator: IndicatorView | null;
}) {
  const m = useIndicatorsMessages();
  const t = useLabel();
  const deduction = Form.useWatch('directDeduction', form) ?? indicator?.directDeduction ?? false;
  const scoring = Form.useWatch('scoring', form) ?? indicator?.scoring;
  const weight = Form.useWatch('weight', form) ?? 0;
  const total = setWeightTotal([
    ...set.indicators.filter((i) => i.id !== indicator?.id),
    { name: '', weight, directDeduction: deduction },
  ]);
  const required = (message: string) => [{ required: true, message }];
  return (
    <>
      <Form.Item
        name="category"
        label={m.category}
        initialValue={indicator?.category}
        rules={required(m.category)}
      >
        <Select options={labelOptions(INDICATOR_CATEGORY_LABELS, t)} />
      </Form.Item>
      <Form.Item
        name="name"
        label={m.name}
        initialValue={indicator?.name}
        rules={[{ required: true, whitespace: true, message: m.nameRequired }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="directDeduction"
        label={m.directDeduction}
        valuePropName="checked"
        initialValue={indicator?.directDeduction ?? false}
        extra={m.directDeductionHint}
      >
        <Switch />
      </Form.Item>
      {deduction ? (
        <Form.Item
          name="maxDeduction"
          label={m.maxDeduction}
          initialValue={indicator?.maxDeduction ?? undefined}
          preserve={false}
          rules={required(m.maxDeductionRequired)}
        >
          <InputNumber min={0.01} max={100} step={0.5} />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="weight"
            label={m.weight}
            initialValue={indicator && !indicator.directDeduction ? indicator.weight : undefined}
            preserve={false}
            rules={required(m.weightRequired)}
            extra={
              <Typography.Text type={total === 100 ? 'secondary' : 'danger'} role="status">
                {format(m.weightAfter, { total })}
              </Typography.Text>
            }
          >
            <InputNumber min={0.01} max={100} />
          </Form.Item>
          <Form.Item
            name="scoring"
            label={m.scoring}
            initialValue={indicator?.scoring ?? undefined}
            preserve={false}
            rules={required(m.scoringRequired)}
          >
            <Select options={labelOptions(INDICATOR_SCORING_LABELS, t)} />
          </Form.Item>
          {scoring === 'TARGET_RATIO' && (
            <Form.Item
              name="target"
              label={m.target}
              initialValue={indicator?.target ?? undefined}
              preserve={false}
              rules={required(m.targetRequired)}
              extra={m.targetHint}
            >
              <InputNumber min={0} />
            </Form.Item>
          )}
          {scoring === 'LEVELS' && (
            <Form.Item
              name="levelShares"
              label={m.levelShares}
              initialValue={indicator?.levelShares.join(', ') || undefined}
              preserve={false}
              extra={m.levelSharesHint}
              rules={[
                { required: true, message: m.levelSharesRequired },
                {
                  validator: async (_rule, text?: string) => {
                    const shares = parseShares(text);
                    if (shares.length < 2) throw new Error(m.levelSharesRequired);
                    if (shares.some((s) => !(s >= 0 && s <= 1)))
                      throw new Error(m.levelSharesInvalid);
                  },
                },
              ]}
            >
              <Input placeholder="1, 0.8, 0.6, 0" />
            </Form.Item>
          )}
          {scoring === 'RANKING' && <Typography.Paragraph>{m.rankingHint}</Typography.Paragraph>}
          {scoring === 'YES_NO' && <Typography.Paragraph>{m.yesNoHint}</Typography.Paragraph>}
        </>
      )}
      <Form.Item name="scoringNote" label={m.scoringNote} initialValue={indicator?.scoringNote}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

/** Adds an indicator to the set (`indicator` null) or changes one, in a dialog. */
export function IndicatorDialog({
  set,
  indicator,
  label,
  title,
  buttonProps,
}: {
  set: IndicatorSetView;
  indicator: IndicatorView | null;
  label: string;
  title?: string;
  buttonProps?: ButtonProps;
}) {
  const m = useIndicatorsMessages();
  return (
    <RecordDialogButton
      name={`indicator-${indicator?.id ?? `new-${set.id}`}`}
      label={label}
      title={title}
      okText={m.save}
      buttonProps={buttonProps}
      document={SaveIndicatorMutation}
      field="saveIndicator"
      variables={(values: IndicatorValues) => ({
        setId: set.id,
        id: indicator?.id ?? null,
        input: toInput(values),
      })}
    >
      {(form) => <IndicatorFields form={form} set={set} indicator={indicator} />}
    </RecordDialogButton>
  );
}
