import { App, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useMutation } from 'urql';
import { format, labelOptions, type Schema, unitCategoryLabels, useLabel } from '@cadre/ui';
import { postLevelLabels, quotaKindLabels } from '../common/code-lists.ts';
import { FormModal } from '../common/form-modal.tsx';
import { useUnitsMessages } from './messages.ts';
import {
  CreateLeadershipTeamMutation,
  CreateUnitMutation,
  SetPostQuotaMutation,
} from './queries.ts';
import type { UnitNode } from './use-unit-tree.ts';

// The three dialogs of the units page. Each answers with the unit as it now is.

interface Dialog {
  open: boolean;
  onClose(): void;
  onDone(unit: UnitNode): void | Promise<void>;
}

export function CreateUnitModal({ parent, ...dialog }: Dialog & { parent: UnitNode | null }) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, createUnit] = useMutation(CreateUnitMutation);
  return (
    <FormModal<{ code: string; name: string; category: Schema.UnitCategory }>
      title={parent ? m.createChildUnit : m.createTopUnit}
      okText={m.create}
      open={dialog.open}
      onClose={dialog.onClose}
      initialValues={{ category: parent?.category ?? 'PARTY_GOVERNMENT_ORGAN' }}
      onSubmit={async (values, errors, idempotent) => {
        const unit = errors.check(
          await createUnit({ ...values, parentId: parent?.id ?? null }, idempotent),
          'createUnit',
        );
        if (!unit) return false;
        void message.success(format(m.unitCreated, { name: unit.name }));
        await dialog.onDone(unit);
        return true;
      }}
    >
      <Form.Item label={m.parent}>
        <Input value={parent?.name ?? m.none} disabled />
      </Form.Item>
      <Form.Item name="name" label={m.name} rules={[{ required: true, message: m.required }]}>
        <Input autoFocus maxLength={60} />
      </Form.Item>
      <Form.Item name="code" label={m.code} rules={[{ required: true, message: m.required }]}>
        <Input placeholder={m.codePlaceholder} maxLength={20} />
      </Form.Item>
      <Form.Item
        name="category"
        label={m.category}
        rules={[{ required: true, message: m.required }]}
      >
        <Select options={labelOptions(unitCategoryLabels, t)} />
      </Form.Item>
    </FormModal>
  );
}

export function CreateTeamModal({ unit, ...dialog }: Dialog & { unit: UnitNode }) {
  const m = useUnitsMessages();
  const { message } = App.useApp();
  const [, createTeam] = useMutation(CreateLeadershipTeamMutation);
  return (
    <FormModal<{ name: string }>
      title={`${m.createTeam} · ${unit.name}`}
      okText={m.create}
      open={dialog.open}
      onClose={dialog.onClose}
      onSubmit={async (values, errors, idempotent) => {
        const updated = errors.check(
          await createTeam({ unitId: unit.id, name: values.name }, idempotent),
          'createLeadershipTeam',
        );
        if (!updated) return false;
        void message.success(format(m.teamCreated, { name: values.name }));
        await dialog.onDone(updated);
        return true;
      }}
    >
      <Form.Item name="name" label={m.teamName} rules={[{ required: true, message: m.required }]}>
        <Input autoFocus placeholder={m.teamNamePlaceholder} maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}

export interface QuotaKey {
  level: Schema.PostLevel;
  leadership: boolean;
  approved: number;
}

export function SetQuotaModal({
  unit,
  line,
  ...dialog
}: Dialog & { unit: UnitNode; line: QuotaKey | null }) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, setQuota] = useMutation(SetPostQuotaMutation);
  return (
    <FormModal<QuotaKey>
      title={`${m.setQuota} · ${unit.name}`}
      okText={m.save}
      open={dialog.open}
      onClose={dialog.onClose}
      initialValues={line ?? { level: 'SECTION_DEPUTY', leadership: true, approved: 0 }}
      onSubmit={async (values, errors) => {
        const updated = errors.check(
          await setQuota({ ...values, unitId: unit.id }),
          'setPostQuota',
        );
        if (!updated) return false;
        void message.success(
          format(m.quotaSaved, {
            unit: unit.name,
            level: t(postLevelLabels[values.level]),
            kind: t(quotaKindLabels[values.leadership ? 'leadership' : 'grade']),
            approved: values.approved,
          }),
        );
        await dialog.onDone(updated);
        return true;
      }}
    >
      <Form.Item name="level" label={m.level} rules={[{ required: true, message: m.required }]}>
        <Select options={labelOptions(postLevelLabels, t)} disabled={line !== null} />
      </Form.Item>
      <Form.Item name="leadership" label={m.kind} rules={[{ required: true, message: m.required }]}>
        <Radio.Group
          disabled={line !== null}
          options={[
            { value: true, label: t(quotaKindLabels.leadership) },
            { value: false, label: t(quotaKindLabels.grade) },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="approved"
        label={m.approved}
        extra={m.approvedHelp}
        rules={[
          { required: true, message: m.required },
          { type: 'integer', message: m.integer },
        ]}
      >
        <InputNumber autoFocus step={1} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
