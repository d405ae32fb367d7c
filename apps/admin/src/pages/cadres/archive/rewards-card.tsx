import { DatePicker, Form, Input, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { labelOptions, rewardKindLabels, type Schema, useLabel } from '@cadre/ui';
import { isoDay } from '../../common/format.ts';
import { useArchiveMessages } from './messages.ts';
import { ReasonField, ReasonModal, RecordModal, useRecordSaved } from './record-modal.tsx';
import { RecordStatus } from './record-status.tsx';
import { type RecordDialog, RecordsCard } from './records-card.tsx';
import {
  AddRewardMutation,
  CorrectRewardMutation,
  type Reward,
  RevokeRewardMutation,
} from './records-query.ts';

interface RewardValues {
  kind: Schema.RewardKind;
  title: string;
  decisionDate: Dayjs;
  issuingBody: string;
  documentNumber?: string | null;
  reason?: string | null;
  revisionReason?: string;
}

const valuesOf = (r: Reward): RewardValues => ({ ...r, decisionDate: dayjs(r.decisionDate) });

/** Adds a reward, or corrects one with a reason. */
function RewardModal({
  cadreId,
  reward,
  onClose,
  onChanged,
}: {
  cadreId: string;
  reward?: Reward;
  onClose: () => void;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const saved = useRecordSaved(onChanged);
  const [, add] = useMutation(AddRewardMutation);
  const [, correct] = useMutation(CorrectRewardMutation);
  const required = [{ required: true }];
  return (
    <RecordModal<RewardValues>
      title={reward ? m.correctReward : m.addReward}
      initialValues={reward && valuesOf(reward)}
      onClose={onClose}
      onSubmit={async ({ revisionReason = '', decisionDate, ...values }, errors, idempotent) => {
        const input = { ...values, decisionDate: isoDay(decisionDate) };
        return reward
          ? saved(
              errors,
              await correct({ id: reward.id, input, reason: revisionReason }),
              'correctCadreReward',
            )
          : saved(errors, await add({ cadreId, input }, idempotent), 'addCadreReward');
      }}
    >
      <Form.Item name="kind" label={m.kind} rules={required}>
        <Select options={labelOptions(rewardKindLabels, t)} />
      </Form.Item>
      <Form.Item name="title" label={m.title} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="decisionDate" label={m.decisionDate} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="issuingBody" label={m.issuingBody} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="documentNumber" label={m.documentNumber}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="reason" label={m.rewardReason}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
      {reward && <ReasonField label={m.correctReason} />}
    </RecordModal>
  );
}

/** A14 奖励: rewards, revoked ones greyed out; corrected and revoked with a reason. */
export function RewardsCard({
  cadreId,
  rewards,
  canWrite,
  onChanged,
}: {
  cadreId: string;
  rewards: readonly Reward[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const [, revoke] = useMutation(RevokeRewardMutation);
  const live = (r: Reward) => !r.revokedAt;
  const columns: ColumnsType<Reward> = [
    { key: 'kind', title: m.kind, width: 120, render: (_, r) => t(rewardKindLabels[r.kind]) },
    { key: 'title', title: m.title, dataIndex: 'title' },
    { key: 'date', title: m.decisionDate, dataIndex: 'decisionDate', width: 110 },
    { key: 'body', title: m.issuingBody, dataIndex: 'issuingBody' },
    { key: 'number', title: m.documentNumber, render: (_, r) => r.documentNumber ?? '—' },
    { key: 'status', title: '', width: 90, render: (_, r) => <RecordStatus {...r} /> },
  ];
  const dialog = ({ key, record }: RecordDialog<Reward>, close: () => void) =>
    key === 'revoke' && record ? (
      <ReasonModal
        title={m.revokeReward}
        field="revokeCadreReward"
        run={(reason: string) => revoke({ id: record.id, reason })}
        onClose={close}
        onChanged={onChanged}
      />
    ) : (
      <RewardModal cadreId={cadreId} reward={record} onClose={close} onChanged={onChanged} />
    );
  return (
    <RecordsCard<Reward>
      title={m.rewards}
      records={rewards}
      columns={columns}
      inactive={(r) => !live(r)}
      canAdd={canWrite}
      actions={
        canWrite
          ? [
              { key: 'correct', label: m.correct, offered: live },
              { key: 'revoke', label: m.revoke, offered: live },
            ]
          : []
      }
      dialog={dialog}
    />
  );
}
