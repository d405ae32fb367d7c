import { useState } from 'react';
import { App, AutoComplete, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { format, labelOptions, reservePoolKindLabels, type Schema, useLabel } from '@cadre/ui';
import { FormModal } from '../common/form-modal.tsx';
import { isoDay } from '../common/format.ts';
import { useReservePoolsMessages } from './messages.ts';
import {
  AddReservePoolEntryMutation,
  CreateReservePoolMutation,
  ReservePoolsCadreSearchQuery,
} from './queries.ts';

// Sources as the departments record them (the stored text, not UI wording): suggestions only.
const SOURCES = ['民主推荐', '组织推荐', '个别谈话推荐', '一线考察', '领导干部署名推荐'];

interface Dialog {
  open: boolean;
  onClose(): void;
  onDone(): void;
}

export function CreatePoolModal(dialog: Dialog) {
  const m = useReservePoolsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, createPool] = useMutation(CreateReservePoolMutation);
  return (
    <FormModal<{ name: string; kind: Schema.ReservePoolKind; description?: string }>
      title={m.createPool}
      okText={m.create}
      open={dialog.open}
      onClose={dialog.onClose}
      initialValues={{ kind: 'RESERVE' }}
      onSubmit={async (values, errors, idempotent) => {
        const pool = errors.check(
          await createPool({ ...values, description: values.description || null }, idempotent),
          'createReservePool',
        );
        if (!pool) return false;
        void message.success(format(m.poolCreated, { name: pool.name }));
        dialog.onDone();
        return true;
      }}
    >
      <Form.Item name="name" label={m.poolName} rules={[{ required: true, message: m.required }]}>
        <Input autoFocus maxLength={40} />
      </Form.Item>
      <Form.Item name="kind" label={m.kind} rules={[{ required: true, message: m.required }]}>
        <Select options={labelOptions(reservePoolKindLabels, t)} />
      </Form.Item>
      <Form.Item name="description" label={m.description}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Chooses a cadre in service by name, showing unit and post to tell namesakes apart. */
function CadreSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?(v: string): void;
}) {
  const m = useReservePoolsMessages();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: ReservePoolsCadreSearchQuery,
    variables: { search },
    pause: search.trim().length === 0,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      loading={fetching}
      placeholder={m.cadreSearch}
      notFoundContent={null}
      options={(data?.cadres.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: `${node.name}（${node.age}） ${node.currentPost?.title ?? node.unit.name}`,
      }))}
    />
  );
}

interface EntryValues {
  cadreId: string;
  source: string;
  trainingDirection?: string;
  enteredOn: Dayjs;
  nextReviewOn: Dayjs;
}

export function AddEntryModal({
  pool,
  ...dialog
}: Dialog & { pool: { id: string; name: string } }) {
  const m = useReservePoolsMessages();
  const { message } = App.useApp();
  const [, addEntry] = useMutation(AddReservePoolEntryMutation);
  return (
    <FormModal<EntryValues>
      title={`${m.addEntry} · ${pool.name}`}
      okText={m.add}
      open={dialog.open}
      onClose={dialog.onClose}
      onSubmit={async (values, errors, idempotent) => {
        const added = errors.check(
          await addEntry(
            {
              poolId: pool.id,
              cadreId: values.cadreId,
              input: {
                source: values.source,
                trainingDirection: values.trainingDirection || null,
                enteredOn: isoDay(values.enteredOn),
                nextReviewOn: isoDay(values.nextReviewOn),
              },
            },
            idempotent,
          ),
          'addReservePoolEntry',
        );
        if (!added) return false;
        void message.success(format(m.entryAdded, { pool: pool.name }));
        dialog.onDone();
        return true;
      }}
    >
      <Form.Item name="cadreId" label={m.cadre} rules={[{ required: true, message: m.required }]}>
        <CadreSelect />
      </Form.Item>
      <Form.Item name="source" label={m.source} rules={[{ required: true, message: m.required }]}>
        <AutoComplete options={SOURCES.map((s) => ({ value: s }))} maxLength={30} />
      </Form.Item>
      <Form.Item name="trainingDirection" label={m.trainingDirection}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="enteredOn"
        label={m.enteredOn}
        rules={[{ required: true, message: m.required }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="nextReviewOn"
        label={m.nextReviewOn}
        rules={[{ required: true, message: m.required }]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
