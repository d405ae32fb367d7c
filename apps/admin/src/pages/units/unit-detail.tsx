import { Alert, Button, Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { format, unitCategoryLabels, useLabel, useViewer } from '@cadre/ui';
import { postLevelLabels, quotaKindLabels } from '../common/code-lists.ts';
import { useUnitsMessages } from './messages.ts';
import { sumQuota } from '../common/quota.ts';
import { OverQuotaPlansSection } from './over-quota-plans.tsx';
import { TeamsSection } from './team-members.tsx';
import type { QuotaKey } from './unit-forms.tsx';
import type { UnitNode } from './use-unit-tree.ts';

type Line = UnitNode['quotaLines'][number];

/** A figure that needs attention stands out: over quota in red. */
export function OverQuota({ count }: { count: number }) {
  return count > 0 ? <Tag color="error">{count}</Tag> : <>0</>;
}

/** One unit: what it is, its leadership teams, and its quota figures level by level. */
export function UnitDetail({
  unit,
  onCreateChild,
  onCreateTeam,
  onSetQuota,
}: {
  unit: UnitNode;
  onCreateChild(): void;
  onCreateTeam(): void;
  onSetQuota(line: QuotaKey | null): void;
}) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { can } = useViewer();
  const writable = can('core.unit.write');
  const total = sumQuota(unit.quotaLines);

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {unit.name}
        </Typography.Title>
      }
      extra={
        writable && (
          <Flex gap={8} wrap>
            <Button onClick={onCreateChild}>{m.createChildUnit}</Button>
            <Button onClick={onCreateTeam}>{m.createTeam}</Button>
            <Button type="primary" onClick={() => onSetQuota(null)}>
              {m.setQuota}
            </Button>
          </Flex>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: m.code, children: unit.code },
          { key: 'category', label: m.category, children: t(unitCategoryLabels[unit.category]) },
        ]}
        style={{ marginBottom: 16 }}
      />
      {total.overQuota > 0 && (
        <Alert
          type="error"
          showIcon
          title={format(m.overWarning, { count: total.overQuota })}
          style={{ marginBottom: 16 }}
        />
      )}

      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {m.quotaLines}
      </Typography.Title>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey={(l) => `${l.level}-${l.leadership}`}
        dataSource={unit.quotaLines}
        locale={{ emptyText: <Empty description={m.noQuota} /> }}
        onRow={(l) => ({ style: l.overQuota > 0 ? { background: '#fff1f0' } : undefined })}
        columns={[
          { key: 'level', title: m.level, render: (_, l) => t(postLevelLabels[l.level]) },
          {
            key: 'kind',
            title: m.kind,
            render: (_, l) => t(quotaKindLabels[l.leadership ? 'leadership' : 'grade']),
          },
          { key: 'approved', title: m.approved, dataIndex: 'approved', align: 'right' },
          { key: 'filled', title: m.filled, dataIndex: 'filled', align: 'right' },
          { key: 'vacant', title: m.vacant, dataIndex: 'vacant', align: 'right' },
          {
            key: 'over',
            title: m.overQuota,
            align: 'right',
            render: (_, l) => <OverQuota count={l.overQuota} />,
          },
          ...(writable
            ? [
                {
                  key: 'actions',
                  title: m.actions,
                  render: (_: unknown, l: Line) => (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => onSetQuota(l)}
                      aria-label={`${m.edit} ${t(postLevelLabels[l.level])}${t(quotaKindLabels[l.leadership ? 'leadership' : 'grade'])}`}
                    >
                      {m.edit}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        summary={() =>
          unit.quotaLines.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <strong>{m.total}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.approved}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {total.filled}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {total.vacant}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <OverQuota count={total.overQuota} />
              </Table.Summary.Cell>
              {writable && <Table.Summary.Cell index={6} />}
            </Table.Summary.Row>
          )
        }
      />

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 24 }}>
        {m.plans}
      </Typography.Title>
      <OverQuotaPlansSection unit={unit} />

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 24 }}>
        {m.teams}
      </Typography.Title>
      <TeamsSection unit={unit} />
    </Card>
  );
}
