import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { format, type Schema, StepForm, useLabel, useRecord } from '@cadre/ui';
import { subjectNames } from '../../../labels.ts';
import { SUBJECT_LABELS, SUBJECTS_LABEL } from '../../../rules.ts';
import type { Subject } from '../queries.ts';
import { usePreparationMessages } from './messages.ts';
import { SetSubjectsMutation } from './queries.ts';
import { WeightSum } from './weight-sum.tsx';

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
    <Card size="small" title={m.subjects}>
      <Typography.Paragraph type="secondary">{m.subjectsIntro}</Typography.Paragraph>
      {editing ? (
        // A new form when the saved set changes: it starts from what the server holds.
        <SubjectsForm
          key={subjects.map((s) => `${s.kind}:${s.weight}:${s.note ?? ''}`).join('|')}
          roundId={roundId}
          subjects={subjects}
        />
      ) : (
        <Table<Subject>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...subjects]}
          columns={[
            { key: 'kind', title: m.colSubject, render: (_, s) => t(subjectNames[s.kind]) },
            { key: 'weight', title: m.colWeight, render: (_, s) => `${s.weight}%` },
            { key: 'note', title: m.colNote, render: (_, s) => s.note ?? '' },
          ]}
        />
      )}
    </Card>
  );
}

function SubjectsForm({ roundId, subjects }: { roundId: string; subjects: readonly Subject[] }) {
  const m = usePreparationMessages();
  const t = useLabel();
  const [form] = Form.useForm<{ subjects: SubjectRow[] }>();
  const record = useRecord(SetSubjectsMutation, 'setEvaluationSubjects', form);
  const initial = subjects.map(({ kind, weight, note }) => ({ kind, weight, note }));
  const rows: SubjectRow[] = Form.useWatch('subjects', form) ?? initial;
  const nameOf = (row: SubjectRow | undefined, index: number) =>
    row?.kind ? t(subjectNames[row.kind]) : format(m.subjectRow, { n: index + 1 });

  const submit = ({ subjects: values }: { subjects: SubjectRow[] }) =>
    record.submit({
      roundId,
      subjects: values.map((s) => ({
        kind: s.kind as Schema.EvaluationSubjectKind,
        weight: s.weight ?? 0,
        note: s.note || null,
      })),
    });

  return (
    <StepForm<{ subjects: SubjectRow[] }>
      name="assessment-subjects"
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={m.saveSubjects}
      onSubmit={submit}
      initialValues={{ subjects: initial }}
    >
      <Form.List name="subjects">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const name = nameOf(rows[index], index);
              const taken = new Set(rows.filter((_, i) => i !== index).map((r) => r?.kind));
              return (
                <Flex key={field.key} gap={8} wrap align="baseline">
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
                  <Form.Item
                    name={[field.name, 'weight']}
                    rules={[{ required: true, message: m.weightRequired }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={format(m.subjectWeight, { subject: name })}
                      min={0}
                      max={100}
                      precision={2}
                      suffix="%"
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} style={{ marginBottom: 8, flex: 1 }}>
                    <Input
                      aria-label={format(m.subjectNote, { subject: name })}
                      placeholder={m.noteHint}
                      maxLength={500}
                      style={{ minWidth: 160 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={format(m.removeSubject, { subject: name })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            {fields.length < KINDS.length && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ weight: null })}
                style={{ marginBottom: 12 }}
              >
                {m.addSubject}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <WeightSum
        what={SUBJECTS_LABEL}
        weights={rows.map((row, index) => {
          const name = nameOf(row, index);
          return {
            label: row?.kind ? SUBJECT_LABELS[row.kind] : { zh: name, en: name },
            weight: row?.weight,
          };
        })}
      />
    </StepForm>
  );
}
