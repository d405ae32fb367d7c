import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import { format, StepForm, useRecord } from '@cadre/ui';
import { ITEMS_LABEL } from '../../../rules.ts';
import type { Item } from '../queries.ts';
import { usePreparationMessages } from './messages.ts';
import { SetItemsMutation } from './queries.ts';
import { WeightSum } from './weight-sum.tsx';

interface ItemRow {
  name?: string;
  weight?: number | null;
}

/** The server's bound on a round's items. */
const MAX_ITEMS = 10;

/** 评价要素 (德、能、勤、绩、廉 by default) with their weights: the sum shown as they are typed. */
export function ItemsCard({
  roundId,
  items,
  editing,
}: {
  roundId: string;
  items: readonly Item[];
  editing: boolean;
}) {
  const m = usePreparationMessages();
  return (
    <Card size="small" title={m.items}>
      <Typography.Paragraph type="secondary">{m.itemsIntro}</Typography.Paragraph>
      {editing ? (
        <ItemsForm
          key={items.map((i) => `${i.name}:${i.weight}`).join('|')}
          roundId={roundId}
          items={items}
        />
      ) : (
        <Table<Item>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...items]}
          columns={[
            { key: 'name', title: m.colItem, dataIndex: 'name' },
            { key: 'weight', title: m.colWeight, render: (_, i) => `${i.weight}%` },
          ]}
        />
      )}
    </Card>
  );
}

function ItemsForm({ roundId, items }: { roundId: string; items: readonly Item[] }) {
  const m = usePreparationMessages();
  const [form] = Form.useForm<{ items: ItemRow[] }>();
  const record = useRecord(SetItemsMutation, 'setEvaluationItems', form);
  const initial = items.map(({ name, weight }) => ({ name, weight }));
  const rows: ItemRow[] = Form.useWatch('items', form) ?? initial;
  const nameOf = (row: ItemRow | undefined, index: number) =>
    row?.name?.trim() || format(m.itemRow, { n: index + 1 });

  const submit = ({ items: values }: { items: ItemRow[] }) =>
    record.submit({
      roundId,
      items: values.map((i) => ({ name: i.name?.trim() ?? '', weight: i.weight ?? 0 })),
    });

  return (
    <StepForm<{ items: ItemRow[] }>
      name="assessment-items"
      form={form}
      errors={record.errors}
      busy={record.busy}
      submitText={m.saveItems}
      onSubmit={submit}
      initialValues={{ items: initial }}
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const name = nameOf(rows[index], index);
              return (
                <Flex key={field.key} gap={8} wrap align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: m.itemRequired }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input
                      aria-label={format(m.itemRow, { n: index + 1 })}
                      maxLength={20}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'weight']}
                    rules={[{ required: true, message: m.weightRequired }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={format(m.itemWeight, { item: name })}
                      min={0}
                      max={100}
                      precision={2}
                      suffix="%"
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={format(m.removeItem, { item: name })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              );
            })}
            {fields.length < MAX_ITEMS && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', weight: null })}
                style={{ marginBottom: 12 }}
              >
                {m.addItem}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <WeightSum
        what={ITEMS_LABEL}
        weights={rows.map((row, index) => {
          const name = nameOf(row, index);
          return { label: { zh: name, en: name }, weight: row?.weight };
        })}
      />
    </StepForm>
  );
}
