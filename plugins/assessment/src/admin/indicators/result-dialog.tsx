import type { ReactNode } from 'react';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { format, RecordDialogButton } from '@cadre/ui';
import { useIndicatorsMessages } from './messages.ts';
import { RecordUnitIndicatorResultMutation, type ResultsIndicator } from './queries.ts';

interface ResultValues {
  value: number;
  outOf?: number;
  note?: string;
}

type Result = ResultsIndicator['results'][number];

/** The achievement's field as the indicator's rule reads it. */
function ValueField({ indicator, result }: { indicator: ResultsIndicator; result?: Result }) {
  const m = useIndicatorsMessages();
  const item = (label: string, control: ReactNode) => (
    <Form.Item
      name="value"
      label={label}
      initialValue={result?.value}
      rules={[{ required: true, message: m.valueRequired }]}
    >
      {control}
    </Form.Item>
  );
  if (indicator.directDeduction) return item(m.valueDeduction, <InputNumber min={0} step={0.5} />);
  switch (indicator.scoring) {
    case 'RANKING':
      return (
        <>
          {item(m.valueRank, <InputNumber min={1} precision={0} />)}
          <Form.Item
            name="outOf"
            label={m.outOf}
            initialValue={result?.outOf ?? undefined}
            rules={[{ required: true, message: m.outOfRequired }]}
          >
            <InputNumber min={1} precision={0} />
          </Form.Item>
        </>
      );
    case 'LEVELS':
      return item(
        m.valueLevel,
        <Select
          options={indicator.levelShares.map((share, level) => ({
            value: level,
            label: format(m.levelOption, { level, share }),
          }))}
        />,
      );
    case 'YES_NO':
      return item(
        m.valueYesNo,
        <Radio.Group
          options={[
            { value: 1, label: m.done },
            { value: 0, label: m.notDone },
          ]}
        />,
      );
    default:
      return item(m.valueTarget, <InputNumber min={0} />);
  }
}

/** Records one unit's achievement on one indicator; the server computes the points. */
export function ResultDialog({
  indicator,
  unit,
  result,
}: {
  indicator: ResultsIndicator;
  unit: { id: string; name: string };
  result?: Result;
}) {
  const m = useIndicatorsMessages();
  return (
    <RecordDialogButton
      name={`result-${indicator.id}-${unit.id}`}
      label={m.recordResult}
      title={format(m.recordResultTitle, { unit: unit.name, indicator: indicator.name })}
      okText={m.save}
      buttonProps={{ type: 'link', size: 'small' }}
      document={RecordUnitIndicatorResultMutation}
      field="recordUnitIndicatorResult"
      variables={(values: ResultValues) => ({
        indicatorId: indicator.id,
        unitId: unit.id,
        value: values.value,
        outOf: values.outOf ?? null,
        note: values.note || null,
      })}
    >
      <ValueField indicator={indicator} result={result} />
      <Form.Item name="note" label={m.note} initialValue={result?.note}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </RecordDialogButton>
  );
}
