import { List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, useLabel } from '@cadre/ui';
import { dayText } from '../common/dates.ts';
import { StageTag } from '../common/stage-tag.tsx';
import { candidateStatusColors, candidateStatusLabels } from '../labels.ts';
import { useProfileMessages } from './messages.ts';
import { CadreSelectionsQuery } from './queries.ts';

/**
 * The cadre profile's section (干部数字档案 · 选拔任用记录): each case the cadre was put forward
 * in, its stage, and where the cadre stood in it.
 */
export default function CadreSelections({ cadreId }: { cadreId: string }) {
  const m = useProfileMessages();
  const t = useLabel();
  const [{ data, fetching, error }] = useQuery({
    query: CadreSelectionsQuery,
    variables: { cadreId },
  });
  if (!data) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  return (
    <List
      size="small"
      dataSource={data.cadre?.selectionCases ?? []}
      locale={{ emptyText: m.none }}
      renderItem={(c) => {
        const mine = c.candidates.find((candidate) => candidate.cadre.id === cadreId);
        return (
          <List.Item>
            <Space wrap size={4}>
              <Link to={`/selection/cases/${c.id}`}>{c.title}</Link>
              <StageTag stage={c.stage} />
              {mine && (
                <Tag color={candidateStatusColors[mine.status]}>
                  {t(candidateStatusLabels[mine.status])}
                </Tag>
              )}
              <Typography.Text type="secondary">
                {format(m.opened, { day: dayText(c.createdAt) })}
              </Typography.Text>
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
