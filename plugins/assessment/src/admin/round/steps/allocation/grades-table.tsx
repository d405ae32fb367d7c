import { Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { annualGradeLabels, format, type Schema, useLabel } from '@cadre/ui';
import { WIDE } from '../../../common/columns.ts';
import { useCommonMessages } from '../../../common/messages.ts';
import { GROUP_GRADES, UNRATED } from '../../../rules.ts';
import { useAllocationMessages } from './messages.ts';
import type { Graded } from './queries.ts';

const score = (value: number | null | undefined, none: string) =>
  value === null || value === undefined ? none : value.toFixed(2);

/** By rank; those not ranked yet (before the first allocation) in the registry's order. */
const byRank = (a: Graded, b: Graded) =>
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);

/**
 * The group by rank: the total and its parts, the proposed grade and the grade given (editable
 * while allocating, with the reason when it differs); each row opens the explanation.
 */
export function GradesTable({
  participants,
  group,
  unitResults,
  editing,
  onPick,
}: {
  participants: readonly Graded[];
  group: Schema.AssessmentGroup;
  /** Whether the round weighs the units' results (a leaders' annual or term round). */
  unitResults: boolean;
  editing: boolean;
  onPick: (participant: Graded, grade: Schema.AnnualGrade) => void;
}) {
  const m = useAllocationMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const options = [...GROUP_GRADES[group], UNRATED].map((grade) => ({
    value: grade,
    label: t(annualGradeLabels[grade]),
  }));
  const gradeTag = (grade: Schema.AnnualGrade | null | undefined) =>
    grade ? (
      <Tag color={grade === 'EXCELLENT' ? 'gold' : undefined}>{t(annualGradeLabels[grade])}</Tag>
    ) : (
      common.none
    );
  const columns: ColumnsType<Graded> = [
    { key: 'rank', title: m.colRank, width: 64, render: (_, p) => p.rank ?? common.none },
    {
      key: 'name',
      title: m.colName,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{p.cadre.name}</span>
          <Typography.Text type="secondary">{p.unit.name}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'total',
      title: m.colTotal,
      align: 'right',
      render: (_, p) => <strong>{score(p.total, common.none)}</strong>,
    },
    // The parts: the explanation under each row says them too, so they go first on narrow screens.
    {
      key: 'evaluation',
      title: m.colEvaluation,
      align: 'right',
      responsive: WIDE,
      render: (_, p) => score(p.evaluationScore, common.none),
    },
    {
      key: 'daily',
      title: m.colDaily,
      align: 'right',
      responsive: WIDE,
      render: (_, p) => score(p.dailyScore, common.none),
    },
    ...(unitResults
      ? [
          {
            key: 'unit',
            title: m.colUnit,
            align: 'right' as const,
            responsive: WIDE,
            render: (_: unknown, p: Graded) => score(p.unitScore, common.none),
          },
        ]
      : []),
    {
      key: 'deductions',
      title: m.colDeductions,
      align: 'right',
      responsive: WIDE,
      render: (_, p) => (p.deductions ? `−${score(p.deductions, common.none)}` : common.none),
    },
    { key: 'proposed', title: m.colProposed, render: (_, p) => gradeTag(p.proposedGrade) },
    {
      key: 'grade',
      title: m.colGrade,
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          {editing && p.proposedGrade ? (
            <Select<Schema.AnnualGrade>
              aria-label={format(m.gradeOf, { name: p.cadre.name })}
              value={p.grade ?? undefined}
              options={options}
              onChange={(grade) => onPick(p, grade)}
              style={{ width: 130 }}
            />
          ) : (
            gradeTag(p.grade)
          )}
          {p.gradeReason && (
            <Typography.Text type="secondary">
              {format(m.differs, { reason: p.gradeReason })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Graded>
      size="small"
      rowKey="id"
      dataSource={[...participants].sort(byRank)}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      expandable={{
        rowExpandable: (p) => p.explanation !== null,
        expandedRowRender: (p) => (
          <Typography.Paragraph style={{ margin: 0 }}>
            <Typography.Text type="secondary">{m.explanation}</Typography.Text>
            {p.explanation}
          </Typography.Paragraph>
        ),
      }}
    />
  );
}
