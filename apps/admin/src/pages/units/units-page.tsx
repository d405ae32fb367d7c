import { useMemo, useState } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode } from 'antd';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, useViewer } from '@cadre/ui';
import { sumQuota } from '../common/quota.ts';
import { useUnitsMessages } from './messages.ts';
import { UnitsPageTotalsQuery } from './queries.ts';
import { UnitDetail } from './unit-detail.tsx';
import { CreateTeamModal, CreateUnitModal, type QuotaKey, SetQuotaModal } from './unit-forms.tsx';
import { TOP, type UnitNode, useUnitTree } from './use-unit-tree.ts';

type Dialog =
  | { kind: 'unit'; parent: UnitNode | null }
  | { kind: 'team'; unit: UnitNode }
  | { kind: 'quota'; unit: UnitNode; line: QuotaKey | null }
  | null;

/** A unit in the tree: its name, and its over-quota or vacant posts at a glance. */
function UnitTitle({ unit }: { unit: UnitNode }) {
  const m = useUnitsMessages();
  const { overQuota, vacant } = sumQuota(unit.quotaLines);
  return (
    <span>
      {unit.name}
      {overQuota > 0 && (
        <Tag color="error" style={{ marginInlineStart: 6 }}>
          {format(m.overTag, { count: overQuota })}
        </Tag>
      )}
      {vacant > 0 && (
        <Tag color="warning" style={{ marginInlineStart: 6 }}>
          {format(m.vacantTag, { count: vacant })}
        </Tag>
      )}
    </span>
  );
}

/** 单位与职数: the unit tree, and for the chosen unit its teams and quota figures. */
export default function UnitsPage() {
  const m = useUnitsMessages();
  const { can } = useViewer();
  const tree = useUnitTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [totals, refetchTotals] = useQuery({ query: UnitsPageTotalsQuery });
  const selected = tree.find(selectedId);
  const top = tree.levels[TOP];

  const treeData = useMemo(() => {
    const level = (key: string): TreeDataNode[] =>
      (tree.levels[key] ?? []).map((unit) => ({
        key: unit.id,
        title: <UnitTitle unit={unit} />,
        isLeaf: unit.children.length === 0,
        children: tree.levels[unit.id] ? level(unit.id) : undefined,
      }));
    return level(TOP);
  }, [tree.levels]);

  /** After a write: the unit as it now is, and the district's totals read again. */
  const changed = (unit: UnitNode) => {
    tree.replace(unit);
    refetchTotals({ requestPolicy: 'network-only' });
  };
  const close = () => setDialog(null);
  const figures = totals.data?.quotaTotals;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          can('core.unit.write') && (
            <Button type="primary" onClick={() => setDialog({ kind: 'unit', parent: null })}>
              {m.createTopUnit}
            </Button>
          )
        }
      />
      <LoadError error={tree.error ?? totals.error} title={m.loadFailed} />
      {figures && (
        <Card size="small" style={{ marginBottom: 16 }} title={m.districtTotals}>
          <Flex gap={48} wrap>
            <Statistic title={m.approved} value={figures.approved} />
            <Statistic title={m.filled} value={figures.filled} />
            <Statistic title={m.vacant} value={figures.vacant} />
            <Statistic
              title={m.overQuota}
              value={figures.overQuota}
              styles={{ content: figures.overQuota > 0 ? { color: '#c62828' } : undefined }}
            />
          </Flex>
        </Card>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card size="small" title={m.tree}>
            <Typography.Paragraph type="secondary" id="unit-tree-hint">
              {m.treeHint}
            </Typography.Paragraph>
            {!top && !tree.error && <Skeleton active />}
            {top && top.length === 0 && <Empty description={m.noUnits} />}
            {top && top.length > 0 && (
              <Tree
                treeData={treeData}
                loadData={(node) => tree.load(String(node.key))}
                selectedKeys={selectedId ? [selectedId] : []}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys.map(String))}
                onSelect={(keys) => setSelectedId(keys[0] === undefined ? null : String(keys[0]))}
                aria-label={m.tree}
                aria-describedby="unit-tree-hint"
                showLine
                blockNode
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {selected ? (
            <UnitDetail
              unit={selected}
              onCreateChild={() => setDialog({ kind: 'unit', parent: selected })}
              onCreateTeam={() => setDialog({ kind: 'team', unit: selected })}
              onSetQuota={(line) => setDialog({ kind: 'quota', unit: selected, line })}
            />
          ) : (
            <Card>
              <Empty description={m.selectUnit} />
            </Card>
          )}
        </Col>
      </Row>

      <CreateUnitModal
        open={dialog?.kind === 'unit'}
        parent={dialog?.kind === 'unit' ? dialog.parent : null}
        onClose={close}
        onDone={async (unit) => {
          const parent = dialog?.kind === 'unit' ? dialog.parent : null;
          await tree.added(unit, parent);
          if (parent) setExpanded((keys) => [...new Set([...keys, parent.id])]);
          setSelectedId(unit.id);
        }}
      />
      {(dialog?.kind === 'team' || dialog?.kind === 'quota') && (
        <>
          <CreateTeamModal
            open={dialog.kind === 'team'}
            unit={dialog.unit}
            onClose={close}
            onDone={changed}
          />
          <SetQuotaModal
            open={dialog.kind === 'quota'}
            unit={dialog.unit}
            line={dialog.kind === 'quota' ? dialog.line : null}
            onClose={close}
            onDone={changed}
          />
        </>
      )}
    </>
  );
}
