import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { format, useLabel } from '@cadre/ui';
import { WIDE } from '../common/columns.ts';
import { StageTag } from '../common/stage-tag.tsx';
import { groupNames } from '../labels.ts';
import { KIND_LABELS } from '../rules.ts';
import { useRoundsMessages } from './messages.ts';
import type { RoundRow } from './queries.ts';

/** The list's columns: the round, its year, kind, group, stage and size; scope and day when wide. */
export function useRoundColumns(): ColumnsType<RoundRow> {
  const m = useRoundsMessages();
  const t = useLabel();
  return [
    {
      key: 'title',
      title: m.colTitle,
      render: (_, row) => <Link to={`/assessment/rounds/${row.id}`}>{row.title}</Link>,
    },
    { key: 'year', title: m.colYear, dataIndex: 'year', width: 80 },
    { key: 'kind', title: m.colKind, render: (_, row) => t(KIND_LABELS[row.kind]) },
    { key: 'group', title: m.colGroup, render: (_, row) => t(groupNames[row.group]) },
    { key: 'stage', title: m.colStage, render: (_, row) => <StageTag stage={row.stage} /> },
    {
      key: 'participants',
      title: m.colParticipants,
      align: 'right',
      render: (_, row) => format(m.participants, { count: row.participantCount }),
    },
    // Secondary: the title names the matter, and the scope and the day opened are on its page.
    {
      key: 'scope',
      title: m.colScope,
      responsive: WIDE,
      render: (_, row) =>
        row.scopeUnit?.name ?? (
          <Typography.Text type="secondary">{m.wholeDistrict}</Typography.Text>
        ),
    },
    {
      key: 'opened',
      title: m.colOpened,
      responsive: WIDE,
      render: (_, row) => dayjs(row.createdAt).format('YYYY-MM-DD'),
    },
  ];
}
