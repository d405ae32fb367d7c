import { Form, Input, Select } from 'antd';
import { format, type Schema, useLabel, useRecord } from '@cadre/ui';
import { subjectNames } from '../../../labels.ts';
import { SUBJECT_LABELS, SUBJECTS_LABEL } from '../../../rules.ts';
import type { Subject } from '../queries.ts';
import { usePreparationMessages } from './messages.ts';
import { SetSubjectsMutation } from './queries.ts';
import { WeightedCard, WeightedForm } from './weighted-rows.tsx';

interface SubjectRow {
  kind?: Schema.EvaluationSubjectKind;
  weight?: number | null;
  note?: string | null;
}

const KINDS = Object.keys(subjectNames) as Schema.EvaluationSubjectKind[];

/** 多元评价主体 with their weight coefficients: the sum shown as they are typed. */
export function SubjectsCard({
  roundId,
  subjects,
  editing,
}: {
  roundId: string;
  subjects: readonly Subject[];
  /** In preparation, for a viewer who may set them. */
  editing: boolean;
}) {
  const m = usePreparationMessages();
  const t = useLabel();
  return (
    <WeightedCard<Subject>
      title={m.subjects}
      intro={m.subjectsIntro}
      rows={subjects}
      columns={[
        { key: 'kind', title: m.colSubject, render: (_, s) => t(subjectNames[s.kind]) },
        { key: 'weight', title: m.colWeight, render: (_, s) => `${s.weight}%` },
        { key: 'note', title: m.colNote, render: (_, s) => s.note ?? '' },
      ]}
      editing={editing}
      form={
        // A new form when the saved set changes: it starts from what the server holds.
        <SubjectsForm
          key={subjects.map((s) => `${s.kind}:${s.weight}:${s.note ?? ''}`).join('|')}
          roundId={roundId}
          subjects={subjects}
        />
      }
    />
  );
}

function SubjectsForm({ roundId, subjects }: { roundId: string; subjects: readonly Subject[] }) {
  const m = usePreparationMessages();
  const t = useLabel();
  const [form] = Form.useForm<{ subjects: SubjectRow[] }>();
  const record = useRecord(SetSubjectsMutation, 'setEvaluationSubjects', form);
  return (
    <WeightedForm<SubjectRow>
      list="subjects"
      form={form}
      record={record}
      submitText={m.saveSubjects}
      initial={subjects.map(({ kind, weight, note }) => ({ kind, weight, note }))}
      onSubmit={(rows) =>
        record.submit({
          roundId,
          subjects: rows.map((s) => ({
            kind: s.kind as Schema.EvaluationSubjectKind,
            weight: s.weight ?? 0,
            note: s.note || null,
          })),
        })
      }
      max={KINDS.length}
      blank={{ weight: null }}
      nameOf={(row, index) =>
        row?.kind ? t(subjectNames[row.kind]) : format(m.subjectRow, { n: index + 1 })
      }
      fields={({ field, index, rows }) => {
        const taken = new Set(rows.filter((_, i) => i !== index).map((r) => r?.kind));
        return (
          <Form.Item
            name={[field.name, 'kind']}
            rules={[{ required: true, message: m.subjectRequired }]}
            style={{ marginBottom: 8 }}
          >
            <Select
              aria-label={format(m.subjectRow, { n: index + 1 })}
              options={KINDS.map((kind) => ({
                value: kind,
                label: t(subjectNames[kind]),
                disabled: taken.has(kind),
              }))}
              style={{ width: 200 }}
            />
          </Form.Item>
        );
      }}
      after={({ field, name }) => (
        <Form.Item name={[field.name, 'note']} style={{ marginBottom: 8, flex: 1 }}>
          <Input
            aria-label={format(m.subjectNote, { subject: name })}
            placeholder={m.noteHint}
            maxLength={500}
            style={{ minWidth: 160 }}
          />
        </Form.Item>
      )}
      weightLabel={(subject) => format(m.subjectWeight, { subject })}
      removeLabel={(subject) => format(m.removeSubject, { subject })}
      addText={m.addSubject}
      what={SUBJECTS_LABEL}
      labelOf={(row) => (row?.kind ? SUBJECT_LABELS[row.kind] : undefined)}
    />
  );
}
