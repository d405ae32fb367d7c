import { Checkbox, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { labelOptions, politicalStatusLabels, type Schema, useLabel } from '@cadre/ui';
import { isoDay } from '../../common/format.ts';
import { useArchiveMessages } from './messages.ts';
import { ReasonField, ReasonModal, RecordModal, useRecordSaved } from './record-modal.tsx';
import { type RecordDialog, RecordsCard } from './records-card.tsx';
import {
  AddFamilyMemberMutation,
  CorrectFamilyMemberMutation,
  type FamilyMember,
  RemoveFamilyMemberMutation,
} from './records-query.ts';

interface MemberValues {
  relation: string;
  name: string;
  birthDate?: Dayjs | null;
  politicalStatus?: Schema.PoliticalStatus | null;
  workUnitAndPost?: string | null;
  socialRelation?: boolean;
  revisionReason?: string;
}

const valuesOf = (f: FamilyMember): MemberValues => ({
  ...f,
  birthDate: f.birthDate ? dayjs(f.birthDate) : null,
});

/** Adds a family member or important social relation, or corrects one with a reason. */
function MemberModal({
  cadreId,
  member,
  onClose,
  onChanged,
}: {
  cadreId: string;
  member?: FamilyMember;
  onClose: () => void;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const saved = useRecordSaved(onChanged);
  const [, add] = useMutation(AddFamilyMemberMutation);
  const [, correct] = useMutation(CorrectFamilyMemberMutation);
  const required = [{ required: true }];
  return (
    <RecordModal<MemberValues>
      title={member ? m.correctMember : m.addMember}
      initialValues={member && valuesOf(member)}
      onClose={onClose}
      onSubmit={async ({ revisionReason = '', birthDate, ...values }, errors, idempotent) => {
        const input = { ...values, birthDate: birthDate ? isoDay(birthDate) : null };
        return member
          ? saved(
              errors,
              await correct({ id: member.id, input, reason: revisionReason }),
              'correctFamilyMember',
            )
          : saved(errors, await add({ cadreId, input }, idempotent), 'addFamilyMember');
      }}
    >
      <Form.Item name="relation" label={m.relation} rules={required}>
        <Input maxLength={10} />
      </Form.Item>
      <Form.Item name="name" label={m.name} rules={required}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="birthDate" label={m.birthDate}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="politicalStatus" label={m.political}>
        <Select allowClear options={labelOptions(politicalStatusLabels, t)} />
      </Form.Item>
      <Form.Item name="workUnitAndPost" label={m.workUnitAndPost}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="socialRelation" valuePropName="checked">
        <Checkbox>{m.socialRelation}</Checkbox>
      </Form.Item>
      {member && <ReasonField label={m.correctReason} />}
    </RecordModal>
  );
}

/** A36 家庭成员及重要社会关系, family first, as the cadre card lists them. */
export function FamilyCard({
  cadreId,
  members,
  canWrite,
  onChanged,
}: {
  cadreId: string;
  members: readonly FamilyMember[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const [, remove] = useMutation(RemoveFamilyMemberMutation);
  const columns: ColumnsType<FamilyMember> = [
    {
      key: 'relation',
      title: m.relation,
      width: 140,
      render: (_, f) => (
        <>
          {f.relation} {f.socialRelation && <Tag>{m.socialRelation}</Tag>}
        </>
      ),
    },
    { key: 'name', title: m.name, dataIndex: 'name', width: 100 },
    { key: 'born', title: m.birthDate, width: 110, render: (_, f) => f.birthDate ?? '—' },
    {
      key: 'political',
      title: m.political,
      width: 120,
      render: (_, f) => (f.politicalStatus ? t(politicalStatusLabels[f.politicalStatus]) : '—'),
    },
    { key: 'work', title: m.workUnitAndPost, render: (_, f) => f.workUnitAndPost ?? '—' },
  ];
  const dialog = ({ key, record }: RecordDialog<FamilyMember>, close: () => void) =>
    key === 'remove' && record ? (
      <ReasonModal
        title={m.removeMember}
        field="removeFamilyMember"
        run={(reason: string) => remove({ id: record.id, reason })}
        onClose={close}
        onChanged={onChanged}
      />
    ) : (
      <MemberModal cadreId={cadreId} member={record} onClose={close} onChanged={onChanged} />
    );
  return (
    <RecordsCard<FamilyMember>
      title={m.family}
      records={members}
      columns={columns}
      canAdd={canWrite}
      actions={
        canWrite
          ? [
              { key: 'correct', label: m.correct },
              { key: 'remove', label: m.remove },
            ]
          : []
      }
      dialog={dialog}
    />
  );
}
