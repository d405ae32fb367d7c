import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import {
  type DocumentType,
  format,
  type Label,
  LoadError,
  mutationOutcome,
  type Schema,
  useLabel,
  useViewer,
} from '@cadre/ui';
import { postLevelLabels, quotaKindLabels } from '../common/code-lists.ts';
import { FormModal } from '../common/form-modal.tsx';
import { isoDay } from '../common/format.ts';
import { useUnitsMessages } from './messages.ts';
import {
  CompleteOverQuotaPlanMutation,
  CreateOverQuotaPlanMutation,
  RecordOverQuotaProgressMutation,
  UnitOverQuotaPlansQuery,
} from './queries.ts';
import type { UnitNode } from './use-unit-tree.ts';

type Plan = NonNullable<
  DocumentType<typeof UnitOverQuotaPlansQuery>['unit']
>['overQuotaPlans'][number];
type Line = { level: Schema.PostLevel; leadership: boolean };

/** 乡科级副职领导职务: a quota line in words. */
function lineLabel(line: Line, t: (label: Label) => string): string {
  return `${t(postLevelLabels[line.level])}${t(quotaKindLabels[line.leadership ? 'leadership' : 'grade'])}`;
}
const lineKey = (line: Line) => `${line.level}:${line.leadership}`;

interface PlanValues {
  line: string;
  plan: string;
  deadline: Dayjs;
}

function CreatePlanModal({
  unit,
  lines,
  open,
  onClose,
  onDone,
}: {
  unit: UnitNode;
  lines: Line[];
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, create] = useMutation(CreateOverQuotaPlanMutation);
  return (
    <FormModal<PlanValues>
      title={`${m.createPlan} · ${unit.name}`}
      okText={m.create}
      open={open}
      onClose={onClose}
      initialValues={lines[0] && { line: lineKey(lines[0]) }}
      onSubmit={async (values, errors, idempotent) => {
        const line = lines.find((l) => lineKey(l) === values.line);
        if (!line) return false;
        const created = errors.check(
          await create(
            {
              unitId: unit.id,
              ...line,
              plan: values.plan,
              deadline: isoDay(values.deadline),
            },
            idempotent,
          ),
          'createOverQuotaPlan',
        );
        if (!created) return false;
        void message.success(format(m.planCreated, { line: lineLabel(line, t) }));
        onDone();
        return true;
      }}
    >
      <Form.Item name="line" label={m.planLine} rules={[{ required: true, message: m.required }]}>
        <Select options={lines.map((l) => ({ value: lineKey(l), label: lineLabel(l, t) }))} />
      </Form.Item>
      <Form.Item name="plan" label={m.planText} rules={[{ required: true, message: m.required }]}>
        <Input.TextArea
          placeholder={m.planPlaceholder}
          maxLength={1000}
          autoSize={{ minRows: 2 }}
        />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={m.deadline}
        rules={[{ required: true, message: m.required }]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

interface StepValues {
  recordedOn: Dayjs;
  digested: number;
  note: string;
}

function RecordProgressModal({
  plan,
  onClose,
  onDone,
}: {
  plan: Plan | null;
  onClose(): void;
  onDone(): void;
}) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, record] = useMutation(RecordOverQuotaProgressMutation);
  return (
    <FormModal<StepValues>
      title={`${m.recordProgress} · ${plan ? lineLabel(plan, t) : ''}`}
      okText={m.save}
      open={plan !== null}
      onClose={onClose}
      initialValues={{ digested: 1 }}
      onSubmit={async (values, errors, idempotent) => {
        if (!plan) return false;
        const recorded = errors.check(
          await record(
            {
              planId: plan.id,
              recordedOn: isoDay(values.recordedOn),
              digested: values.digested,
              note: values.note,
            },
            idempotent,
          ),
          'recordOverQuotaProgress',
        );
        if (!recorded) return false;
        void message.success(format(m.progressRecorded, { count: values.digested }));
        onDone();
        return true;
      }}
    >
      <Form.Item
        name="recordedOn"
        label={m.recordedOn}
        rules={[{ required: true, message: m.required }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="digested"
        label={m.digested}
        rules={[
          { required: true, message: m.required },
          { type: 'integer', message: m.integer },
        ]}
      >
        <InputNumber step={1} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={m.note} rules={[{ required: true, message: m.required }]}>
        <Input placeholder={m.notePlaceholder} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** One plan: where it stands, its steps, and (while open) recording a step or completing it. */
function PlanCard({
  plan,
  onRecord,
  onChanged,
}: {
  plan: Plan;
  onRecord(): void;
  onChanged(): void;
}) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { message } = App.useApp();
  const [, complete] = useMutation(CompleteOverQuotaPlanMutation);
  const open = plan.completedAt === null;
  const title = format(m.planTitle, { line: lineLabel(plan, t), excess: plan.excess });
  const finish = async () => {
    const outcome = mutationOutcome(await complete({ planId: plan.id }), 'completeOverQuotaPlan');
    if (!outcome.ok) return void message.error(t(outcome.error.message));
    void message.success(m.planCompleted);
    onChanged();
  };
  return (
    <Card
      size="small"
      title={title}
      role="region"
      aria-label={title}
      extra={
        open &&
        can('core.unit.write') && (
          <Flex gap={8}>
            <Button size="small" onClick={onRecord}>
              {m.recordProgress}
            </Button>
            <Popconfirm title={m.completePlanConfirm} onConfirm={finish}>
              <Button size="small" type="primary">
                {m.completePlan}
              </Button>
            </Popconfirm>
          </Flex>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        {open ? (
          <>
            <Tag color={plan.remaining > 0 ? 'error' : undefined}>
              {format(m.remaining, { count: plan.remaining })}
            </Tag>
            <Tag color={plan.currentExcess > 0 ? 'error' : 'success'}>
              {format(m.currentExcess, { count: plan.currentExcess })}
            </Tag>
          </>
        ) : (
          <Tag color="success">{m.completed}</Tag>
        )}
        {plan.overdue && <Tag color="error">{m.overdue}</Tag>}
        <Tag>{format(m.digestedSoFar, { count: plan.digested })}</Tag>
        <Typography.Text type="secondary">
          {m.deadline} {plan.deadline}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph>{plan.plan}</Typography.Paragraph>
      <Table
        size="small"
        rowKey={(step) => `${step.recordedOn}-${step.note}-${step.digested}`}
        pagination={false}
        dataSource={plan.progress}
        locale={{ emptyText: m.noSteps }}
        columns={[
          { key: 'on', title: m.recordedOn, dataIndex: 'recordedOn', width: 120 },
          { key: 'digested', title: m.digested, dataIndex: 'digested', width: 80 },
          { key: 'note', title: m.note, dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}

/** 超职数消化: the unit's plans, and a new one for each over-quota line without an open plan. */
export function OverQuotaPlansSection({ unit }: { unit: UnitNode }) {
  const m = useUnitsMessages();
  const { can } = useViewer();
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<Plan | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: UnitOverQuotaPlansQuery,
    variables: { id: unit.id },
  });
  // A write of the page that answers with the unit (a quota set) refetches this query too:
  // urql's document cache drops results holding a type a mutation returned.
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const plans = data?.unit?.overQuotaPlans ?? [];
  const unplanned = unit.quotaLines.filter(
    (line) =>
      line.overQuota > 0 &&
      !plans.some((p) => p.completedAt === null && lineKey(p) === lineKey(line)),
  );

  return (
    <>
      <LoadError error={error} title={m.loadFailed} />
      {unplanned.length > 0 && can('core.unit.write') && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>
          {m.createPlan}
        </Button>
      )}
      {data && plans.length === 0 && (
        <Typography.Paragraph type="secondary">{m.noPlans}</Typography.Paragraph>
      )}
      <Flex vertical gap={12}>
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            onRecord={() => setRecording(plan)}
            onChanged={reload}
          />
        ))}
      </Flex>
      <CreatePlanModal
        unit={unit}
        lines={unplanned}
        open={creating}
        onClose={() => setCreating(false)}
        onDone={reload}
      />
      <RecordProgressModal plan={recording} onClose={() => setRecording(null)} onDone={reload} />
    </>
  );
}
