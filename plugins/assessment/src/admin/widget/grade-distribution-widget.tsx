import { Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError } from '@cadre/ui';
import { GradeDistributionChart } from '../results/grade-chart.tsx';
import { GradeDistributionQuery } from '../results/queries.ts';
import { useWidgetMessages } from './messages.ts';

/** Units drawn on the card: those with most cadres graded. */
const UNITS = 8;

/** The dashboard's card: the last concluded year's annual grades by unit, as stacked bars. */
export default function GradeDistributionWidget() {
  const m = useWidgetMessages();
  const [{ data, fetching, error }] = useQuery({
    query: GradeDistributionQuery,
    variables: { year: null },
  });
  if (!data) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  const { year, units } = data.assessmentGradeDistribution;
  if (year === null || units.length === 0) return <Empty description={m.noYear} />;
  const title = format(m.grades, { year });
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <GradeDistributionChart title={title} units={units.slice(0, UNITS)} />
      <Flex justify="space-between">
        <Typography.Text type="secondary">
          {units.length > UNITS ? format(m.moreUnits, { count: units.length - UNITS }) : ''}
        </Typography.Text>
        <Link to={`/assessment/results?year=${year}`}>{m.allResults}</Link>
      </Flex>
    </Flex>
  );
}
