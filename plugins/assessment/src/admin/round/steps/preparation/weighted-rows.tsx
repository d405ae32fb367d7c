import type { ReactNode } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Form,
  type FormInstance,
  type FormListFieldData,
  InputNumber,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type Label, type ServerErrors, StepForm } from '@cadre/ui';
import { usePreparationMessages } from './messages.ts';
import { WeightSum } from './weight-sum.tsx';

// 评价主体 and 评价要素 are both a set of weighted rows: shown as a table, set in a form whose
// weights' total is shown as they are typed.

interface WeightedRow {
  weight?: number | null;
}

/** A row of the form as its own fields see it. */
interface RowPlace<R> {
  field: FormListFieldData;
  index: number;
  /** The row's name as typed so far. */
  name: string;
  rows: readonly R[];
}

/** The saved rows, or for a viewer who may set them (in preparation) their form. */
export function WeightedCard<T extends { id: string }>({
  title,
  intro,
  rows,
  columns,
  editing,
  form,
}: {
  title: string;
  intro: string;
  rows: readonly T[];
  columns: ColumnsType<T>;
  editing: boolean;
  form: ReactNode;
}) {
  return (
    <Card size="small" title={title}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {editing ? (
        form
      ) : (
        <Table<T>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...rows]}
          columns={columns}
        />
      )}
    </Card>
  );
}

/** The form of a set of weighted rows, each its own fields, its weight and a button removing it. */
export function WeightedForm<R extends WeightedRow>({
  list,
  form,
  record,
  submitText,
  initial,
  onSubmit,
  max,
  blank,
  nameOf,
  fields,
  after,
  weightLabel,
  removeLabel,
  addText,
  what,
  labelOf,
}: {
  /** The rows' field; the form is `assessment-<list>`. */
  list: string;
  form: FormInstance;
  record: { errors: ServerErrors; busy: boolean };
  submitText: string;
  initial: R[];
  onSubmit: (rows: R[]) => Promise<unknown>;
  /** The most rows the server takes. */
  max: number;
  /** A row added. */
  blank: R;
  /** The row's name in the labels of its fields, as typed so far. */
  nameOf: (row: R | undefined, index: number) => string;
  /** The row's fields before its weight. */
  fields: (row: RowPlace<R>) => ReactNode;
  /** Its fields after the weight. */
  after?: (row: RowPlace<R>) => ReactNode;
  weightLabel: (name: string) => string;
  removeLabel: (name: string) => string;
  addText: string;
  /** The set: 评价主体, 评价要素. */
  what: Label;
  /** The row in the total's problems; its name by default. */
  labelOf?: (row: R | undefined) => Label | undefined;
}) {
  const m = usePreparationMessages();
  const rows: R[] = Form.useWatch(list, form) ?? initial;
  return (
    <StepForm<Record<string, R[]>>
      name={`assessment-${list}`}
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={submitText}
      onSubmit={(values) => onSubmit(values[list] ?? [])}
      initialValues={{ [list]: initial }}
    >
      <Form.List name={list}>
        {(listed, { add, remove }) => (
          <>
            {listed.map((field, index) => {
              const row = { field, index, name: nameOf(rows[index], index), rows };
              return (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  {fields(row)}
                  <Form.Item
                    name={[field.name, 'weight']}
                    rules={[{ required: true, message: m.weightRequired }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={weightLabel(row.name)}
                      min={0}
                      max={100}
                      precision={2}
                      suffix="%"
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  {after?.(row)}
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={removeLabel(row.name)}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            {listed.length < max && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(blank)}
                style={{ marginBottom: 12 }}
              >
                {addText}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <WeightSum
        what={what}
        weights={rows.map((row, index) => {
          const name = nameOf(row, index);
          return { label: labelOf?.(row) ?? { zh: name, en: name }, weight: row?.weight };
        })}
      />
    </StepForm>
  );
}
