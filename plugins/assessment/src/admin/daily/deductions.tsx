import { DatePicker, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { format, RecordDialogButton } from '@cadre/ui';
import { dayOf } from './dates.ts';
import { useDailyMessages } from './messages.ts';
import {
  type Deduction,
  RecordDailyDeductionMutation,
  WithdrawDailyDeductionMutation,
} from './queries.ts';

interface DeductionValues {
  points: number;
  reason: string;
  evidence: string;
  recordedOn: Dayjs;
}

/** Withdraws an open deduction, with the reason. */
function WithdrawButton({ deduction }: { deduction: Deduction }) {
  const m = useDailyMessages();
  return (
    <RecordDialogButton
      name={`daily-withdraw-${deduction.id}`}
      label={m.withdraw}
      title={format(m.withdrawTitle, { reason: deduction.reason })}
      buttonProps={{ type: 'link', danger: true }}
      document={WithdrawDailyDeductionMutation}
      field="withdrawDailyDeduction"
      variables={({ reason }: { reason: string }) => ({ deductionId: deduction.id, reason })}
    >
      <Form.Item
        name="reason"
        label={m.withdrawReason}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 平时考核直接扣分 of one cadre: the open ones of the year, and a new one with its evidence. */
export function Deductions({
  cadre,
  deductions,
  editing,
}: {
  cadre: { id: string; name: string };
  deductions: readonly Deduction[];
  editing: boolean;
}) {
  const m = useDailyMessages();
  return (
    <Flex vertical gap={4} align="flex-start">
      {deductions.map((d) => (
        <Flex key={d.id} gap={4} align="center" wrap>
          <Tag color="error">{format(m.pointsOf, { points: d.points })}</Tag>
          <Typography.Text
            title={format(m.deductionBy, {
              name: d.recorderName ?? '—',
              on: d.recordedOn,
              evidence: d.evidence,
            })}
          >
            {d.reason}
          </Typography.Text>
          {editing && <WithdrawButton deduction={d} />}
        </Flex>
      ))}
      {deductions.length === 0 && <Typography.Text type="secondary">{m.none}</Typography.Text>}
      {editing && (
        <RecordDialogButton
          name={`daily-deduct-${cadre.id}`}
          label={m.deduct}
          title={format(m.deductTitle, { name: cadre.name })}
          document={RecordDailyDeductionMutation}
          field="recordDailyDeduction"
          variables={({ recordedOn, ...input }: DeductionValues) => ({
            cadreId: cadre.id,
            input: { ...input, recordedOn: dayOf(recordedOn) },
          })}
        >
          <Form.Item name="points" label={m.points} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={100} step={0.5} />
          </Form.Item>
          <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={m.evidence}
            extra={m.evidenceHint}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="recordedOn"
            label={m.recordedOn}
            initialValue={dayjs()}
            rules={[{ required: true }]}
          >
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </RecordDialogButton>
      )}
    </Flex>
  );
}
