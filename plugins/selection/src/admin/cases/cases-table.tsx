import { Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { rankLabels, useLabel } from '@cadre/ui';
import { CaseTags } from '../common/case-tags.tsx';
import { WIDE } from '../common/columns.ts';
import { dayText } from '../common/dates.ts';
import { StageTag } from '../common/stage-tag.tsx';
import { ADJUSTMENT_TYPE_LABELS } from '../rules.ts';
import type { CaseRow } from './queries.ts';
import { useCasesMessages } from './messages.ts';

/** The candidates named in the list: those still in the running, or appointed. */
const IN_THE_RUNNING = new Set<CaseRow['candidates'][number]['status']>([
  'NOMINATED',
  'LISTED',
  'APPROVED',
  'APPOINTED',
]);

/** The list's columns: the case with its tags, unit, rank, stage and candidates; more when wide. */
export function useCaseColumns(): ColumnsType<CaseRow> {
  const m = useCasesMessages();
  const t = useLabel();
  return [
    {
      key: 'title',
      title: m.colTitle,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/selection/cases/${row.id}`}>{row.title}</Link>
          <CaseTags {...row} />
        </Space>
      ),
    },
    { key: 'unit', title: m.colUnit, render: (_, row) => row.unit.name },
    // Secondary: the title already names the post, and the type and the day opened are on the
    // case page.
    { key: 'post', title: m.colPost, dataIndex: 'postTitle', responsive: WIDE },
    { key: 'rank', title: m.colRank, render: (_, row) => t(rankLabels[row.targetRank]) },
    {
      key: 'type',
      title: m.colType,
      responsive: WIDE,
      render: (_, row) => t(ADJUSTMENT_TYPE_LABELS[row.adjustmentType]),
    },
    { key: 'stage', title: m.colStage, render: (_, row) => <StageTag stage={row.stage} /> },
    {
      key: 'candidates',
      title: m.colCandidates,
      render: (_, row) =>
        row.candidates
          .filter((c) => IN_THE_RUNNING.has(c.status))
          .map((c) => c.cadre.name)
          .join('、') || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'opened',
      title: m.colOpened,
      responsive: WIDE,
      render: (_, row) => dayText(row.createdAt),
    },
  ];
}
