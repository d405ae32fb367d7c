import { Form, Input, InputNumber, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation } from 'urql';
import { annualGradeLabels, labelOptions, type Schema, useLabel } from '@cadre/ui';
import { useArchiveMessages } from './messages.ts';
import { ReasonField, ReasonModal, RecordModal, useRecordSaved } from './record-modal.tsx';
import { type RecordDialog, RecordsCard } from './records-card.tsx';
import {
  type AnnualGrade,
  RemoveAnnualGradeMutation,
  SetAnnualGradeMutation,
} from './records-query.ts';

interface GradeValues {
  year: number;
  grade: Schema.AnnualGrade;
  note?: string | null;
  revisionReason?: string;
}

/** Enters a year's grade, or changes a recorded year's with a reason (the year stays). */
function GradeModal({
  cadreId,
  grade,
  onClose,
  onChanged,
}: {
  cadreId: string;
  grade?: AnnualGrade;
  onClose: () => void;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const saved = useRecordSaved(onChanged);
  const [, set] = useMutation(SetAnnualGradeMutation);
  const required = [{ required: true }];
  return (
    <RecordModal<GradeValues>
      title={grade ? m.correctGrade : m.addGrade}
      initialValues={grade ?? { year: new Date().getFullYear() - 1 }}
      onClose={onClose}
      onSubmit={async ({ revisionReason, ...values }, errors) =>
        saved(
          errors,
          await set({ cadreId, ...values, reason: revisionReason || null }),
          'setAnnualGrade',
        )
      }
    >
      <Form.Item name="year" label={m.year} rules={required}>
        <InputNumber disabled={grade !== undefined} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="grade" label={m.grade} rules={required}>
        <Select options={labelOptions(annualGradeLabels, t)} />
      </Form.Item>
      <Form.Item name="note" label={m.note}>
        <Input maxLength={200} />
      </Form.Item>
      {/* Entering a year is free; changing a recorded one (also by entering it again) needs why. */}
      <ReasonField label={m.gradeChangeReason} required={grade !== undefined} />
    </RecordModal>
  );
}

/** A15 年度考核: one grade a year, oldest first, on the civil servants' or institutions' scale. */
export function GradesCard({
  cadreId,
  grades,
  canWrite,
  onChanged,
}: {
  cadreId: string;
  grades: readonly AnnualGrade[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const [, remove] = useMutation(RemoveAnnualGradeMutation);
  const columns: ColumnsType<AnnualGrade> = [
    { key: 'year', title: m.year, dataIndex: 'year', width: 90 },
    { key: 'grade', title: m.grade, width: 140, render: (_, g) => t(annualGradeLabels[g.grade]) },
    { key: 'note', title: m.note, render: (_, g) => g.note ?? '—' },
  ];
  const dialog = ({ key, record }: RecordDialog<AnnualGrade>, close: () => void) =>
    key === 'remove' && record ? (
      <ReasonModal
        title={m.removeGrade}
        field="removeAnnualGrade"
        run={(reason: string) => remove({ id: record.id, reason })}
        onClose={close}
        onChanged={onChanged}
      />
    ) : (
      <GradeModal cadreId={cadreId} grade={record} onClose={close} onChanged={onChanged} />
    );
  return (
    <RecordsCard<AnnualGrade>
      title={m.grades}
      records={grades}
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
