import { Form, Input } from 'antd';
import { format, useRecord } from '@cadre/ui';
import { ITEMS_LABEL } from '../../../rules.ts';
import type { Item } from '../queries.ts';
import { usePreparationMessages } from './messages.ts';
import { SetItemsMutation } from './queries.ts';
import { WeightedCard, WeightedForm } from './weighted-rows.tsx';

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
    <WeightedCard<Item>
      title={m.items}
      intro={m.itemsIntro}
      rows={items}
      columns={[
        { key: 'name', title: m.colItem, dataIndex: 'name' },
        { key: 'weight', title: m.colWeight, render: (_, i) => `${i.weight}%` },
      ]}
      editing={editing}
      form={
        <ItemsForm
          key={items.map((i) => `${i.name}:${i.weight}`).join('|')}
          roundId={roundId}
          items={items}
        />
      }
    />
  );
}

function ItemsForm({ roundId, items }: { roundId: string; items: readonly Item[] }) {
  const m = usePreparationMessages();
  const [form] = Form.useForm<{ items: ItemRow[] }>();
  const record = useRecord(SetItemsMutation, 'setEvaluationItems', form);
  return (
    <WeightedForm<ItemRow>
      list="items"
      form={form}
      record={record}
      submitText={m.saveItems}
      initial={items.map(({ name, weight }) => ({ name, weight }))}
      onSubmit={(rows) =>
        record.submit({
          roundId,
          items: rows.map((i) => ({ name: i.name?.trim() ?? '', weight: i.weight ?? 0 })),
        })
      }
      max={MAX_ITEMS}
      blank={{ name: '', weight: null }}
      nameOf={(row, index) => row?.name?.trim() || format(m.itemRow, { n: index + 1 })}
      fields={({ field, index }) => (
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
      )}
      weightLabel={(item) => format(m.itemWeight, { item })}
      removeLabel={(item) => format(m.removeItem, { item })}
      addText={m.addItem}
      what={ITEMS_LABEL}
    />
  );
}
