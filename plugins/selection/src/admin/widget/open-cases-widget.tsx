import { Empty, Flex, Progress, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, useLabel } from '@cadre/ui';
import { PROCESS_STAGES, STAGE_LABELS } from '../rules.ts';
import { useWidgetMessages } from './messages.ts';
import { OpenSelectionCasesQuery } from './queries.ts';

/** The dashboard's card: open cases by step, each step a link to its cases. */
export default function OpenCasesWidget() {
  const m = useWidgetMessages();
  const t = useLabel();
  const [{ data, fetching, error }] = useQuery({ query: OpenSelectionCasesQuery });
  if (!data) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  const counts = PROCESS_STAGES.map((stage) => ({ stage, count: data[stage].totalCount }));
  const most = Math.max(...counts.map((c) => c.count));
  if (most === 0) return <Empty description={m.none} />;
  return (
    <Flex vertical gap={4}>
      {counts.map(({ stage, count }) => (
        <Link key={stage} to={`/selection/cases?stage=${stage}`}>
          <Flex align="center" gap={8}>
            <span style={{ width: 96, flex: 'none' }}>{t(STAGE_LABELS[stage])}</span>
            <Progress
              status="normal"
              percent={(count / most) * 100}
              format={() => count}
              aria-label={format(m.count, { stage: t(STAGE_LABELS[stage]), count })}
            />
          </Flex>
        </Link>
      ))}
      <Link to="/selection/cases">{m.all}</Link>
    </Flex>
  );
}
