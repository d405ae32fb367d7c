import { Empty, Flex, List, Skeleton, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError } from '@cadre/ui';
import { useWidgetMessages } from './messages.ts';
import { PendingConsequencesQuery } from './queries.ts';

/** Consequences listed on the card: the oldest, which have waited longest. */
const SHOWN = 5;

/**
 * The dashboard's card: how many consequences of concluded rounds wait (考核结果运用: 嘉奖,
 * 记三等功, 诫勉或调整 …), and the oldest few, each linking to its round where it is acted on.
 */
export default function PendingConsequencesWidget() {
  const m = useWidgetMessages();
  const [{ data, fetching, error }] = useQuery({
    query: PendingConsequencesQuery,
    variables: { first: SHOWN },
  });
  if (!data) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  const { totalCount, edges } = data.assessmentConsequences;
  if (totalCount === 0) return <Empty description={m.nonePending} />;
  return (
    <Flex vertical gap={8}>
      <Statistic title={m.pending} value={totalCount} suffix={m.items} />
      <List
        size="small"
        dataSource={edges.map((e) => e.node)}
        renderItem={(c) => (
          <List.Item>
            <Flex wrap gap={4} align="center">
              <Tag color="orange">{c.kindLabel}</Tag>
              <Typography.Text>
                {c.cadre?.name ?? (c.unit ? format(m.unitOf, { unit: c.unit.name }) : '')}
              </Typography.Text>
              <Link to={`/assessment/rounds/${c.round.id}`}>{c.round.title}</Link>
            </Flex>
          </List.Item>
        )}
      />
      <Link to="/assessment/rounds">{m.allRounds}</Link>
    </Flex>
  );
}
