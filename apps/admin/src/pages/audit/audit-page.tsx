import { useMemo, useState } from 'react';
import {
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Select,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { type DocumentType, format, LoadError, PageHeader, useLabel, useViewer } from '@cadre/ui';
import { dateTime, rowIdOf } from '../common/format.ts';
import { ChainVerification } from './chain-verification.tsx';
import { ChangesTable, useChangeSummary } from './changes-table.tsx';
import { useAuditMessages } from './messages.ts';
import { OPERATION_GROUPS } from './operations.ts';
import { AuditActorsQuery, AuditRecordsQuery } from './queries.ts';

/** Changes shown in the row itself. */
const SUMMARY_LINES = 2;

type AuditRecord = DocumentType<typeof AuditRecordsQuery>['auditRecords']['edges'][number]['node'];

interface Filters {
  operation?: string;
  actor?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** The filters as the query takes them: a period of whole days in China. */
function toVariables(filters: Filters) {
  const [from, to] = filters.period ?? [null, null];
  return {
    operation: filters.operation?.trim() || null,
    actor: filters.actor || null,
    since: from ? `${from.format('YYYY-MM-DD')}T00:00:00+08:00` : null,
    until: to ? `${to.add(1, 'day').format('YYYY-MM-DD')}T00:00:00+08:00` : null,
  };
}

/** Who an audit record names, in words: a user's name, a key's name, or the operator. */
function useActorNames() {
  const m = useAuditMessages();
  const { can } = useViewer();
  const [{ data }] = useQuery({
    query: AuditActorsQuery,
    variables: { users: can('core.user.manage'), apiKeys: can('core.api-key.manage') },
  });
  return useMemo(() => {
    const names = new Map<string, string>([['operator', m.operator]]);
    for (const u of data?.users ?? [])
      names.set(`user:${rowIdOf(u.id)}`, `${u.displayName}（${u.username}）`);
    for (const k of data?.apiKeys ?? [])
      names.set(`api-key:${rowIdOf(k.id)}`, format(m.keyActor, { name: k.name }));
    const nameOf = (actor: string) => {
      const known = names.get(actor);
      if (known) return known;
      const [kind, id = ''] = actor.split(':');
      return format(kind === 'api-key' ? m.unknownKey : m.unknownUser, { id: id.slice(0, 8) });
    };
    return { nameOf, options: [...names].map(([value, label]) => ({ value, label })) };
  }, [data, m]);
}

/** 审计记录: the chain's verification, then the trail page by page, filtered on the server. */
export default function AuditPage() {
  const m = useAuditMessages();
  const t = useLabel();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [pageSize, setPageSize] = useState(20);
  // The `after` cursor of each page reached: back is one step down the stack.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const actors = useActorNames();
  const summary = useChangeSummary();
  const [{ data, error, fetching }] = useQuery({
    query: AuditRecordsQuery,
    variables: { first: pageSize, after: cursors.at(-1) ?? null, ...toVariables(filters) },
  });
  const connection = data?.auditRecords;

  const apply = (next: Filters) => {
    setFilters(next);
    setCursors([null]);
  };

  return (
    <>
      <PageHeader title={m.title} intro={m.intro} />
      <ChainVerification />
      <Card size="small" title={m.filters} style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={apply} aria-label={m.filters}>
          <Form.Item name="operation" label={m.operation}>
            <AutoComplete
              style={{ width: 240 }}
              placeholder={m.operationPlaceholder}
              allowClear
              options={Object.entries(OPERATION_GROUPS).map(([value, label]) => ({
                value,
                label: `${t(label)}（${value}）`,
              }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
          <Form.Item name="actor" label={m.actor}>
            <Select
              style={{ width: 220 }}
              allowClear
              placeholder={m.actorPlaceholder}
              showSearch={{ optionFilterProp: 'label' }}
              options={actors.options}
            />
          </Form.Item>
          <Form.Item name="period" label={m.period}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {m.search}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  apply({});
                }}
              >
                {m.reset}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      <LoadError error={error} title={m.loadFailed} />
      <Table<AuditRecord>
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: m.noRecords }}
        expandable={{
          expandedRowRender: (r) => (
            <ChangesTable
              changes={r.changeList}
              targetType={r.targetType}
              requestId={r.requestId}
              hash={r.hash}
            />
          ),
        }}
        columns={[
          { key: 'seq', title: m.seq, dataIndex: 'seq', width: 80, align: 'right' },
          { key: 'at', title: m.at, render: (_, r) => dateTime(r.at), width: 150 },
          { key: 'actor', title: m.actor, render: (_, r) => actors.nameOf(r.actor) },
          {
            key: 'operation',
            title: m.operation,
            // The name; its code only on hover, for those who filter by it.
            render: (_, r) => (
              <Tooltip title={r.operation}>
                <span data-operation={r.operation} tabIndex={0}>
                  {r.actionLabel}
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'target',
            title: m.target,
            render: (_, r) => (
              <Tooltip title={`${r.targetTypeLabel} · ${r.targetId}`}>
                <span tabIndex={0}>{r.targetLabel}</span>
              </Tooltip>
            ),
          },
          {
            key: 'changes',
            title: m.changes,
            width: '34%',
            // The first changes at a glance; the whole record opens below the row.
            render: (_, r) =>
              r.changeList.slice(0, SUMMARY_LINES).map((c) => (
                <Typography.Text key={c.field} ellipsis style={{ display: 'block', maxWidth: 420 }}>
                  {summary(c, r.targetType)}
                </Typography.Text>
              )),
          },
        ]}
      />
      <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">
          {format(m.page, { page: cursors.length })}
        </Typography.Text>
        <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {m.previous}
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => {
            const end = connection?.pageInfo.endCursor;
            if (end) setCursors((c) => [...c, end]);
          }}
        >
          {m.next}
        </Button>
        <Select
          aria-label={m.pageSize}
          value={pageSize}
          onChange={(size) => {
            setPageSize(size);
            setCursors([null]);
          }}
          options={[20, 50, 100].map((n) => ({ value: n, label: n }))}
          style={{ width: 80 }}
        />
      </Flex>
    </>
  );
}
