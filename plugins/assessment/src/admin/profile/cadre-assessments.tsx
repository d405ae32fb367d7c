import { Alert, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { format, LoadError } from '@cadre/ui';
import { QuarterGradeTag } from '../common/grades.tsx';
import { useProfileMessages } from './messages.ts';
import { CadreAssessmentRecordQuery, type DeductionView, type RecordYear } from './queries.ts';
import { ResultLine } from './result-line.tsx';

/** 平时考核直接扣分 not yet counted by an annual round: they will be. */
function OpenDeductions({ deductions }: { deductions: readonly DeductionView[] }) {
  const m = useProfileMessages();
  if (deductions.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={m.openDeductions}
      description={
        <Flex vertical>
          {deductions.map((d) => (
            <span key={d.id}>
              {format(m.deduction, {
                year: d.year,
                points: d.points,
                reason: d.reason,
                on: d.recordedOn,
              })}
            </span>
          ))}
        </Flex>
      }
    />
  );
}

/** One year: its concluded rounds, then its quarterly evaluations and their mean. */
function YearSection({ year: y }: { year: RecordYear }) {
  const m = useProfileMessages();
  const heading = format(m.year, { year: y.year });
  return (
    <section aria-label={heading}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {heading}
      </Typography.Title>
      <Flex vertical gap={8}>
        {y.results.map((r) => (
          <ResultLine key={r.round.id} result={r} />
        ))}
        <Space wrap size={4}>
          <Typography.Text type="secondary">{m.quarters}</Typography.Text>
          {y.quarters.length === 0 && (
            <Typography.Text type="secondary">{m.noQuarters}</Typography.Text>
          )}
          {y.quarters.map((q) => (
            <span key={q.id}>
              {format(m.quarter, { quarter: q.quarter })}{' '}
              <QuarterGradeTag grade={q.grade} score={q.score} />
            </span>
          ))}
          {y.dailyScore !== null && (
            <Typography.Text type="secondary">
              {format(m.dailyScore, { score: y.dailyScore })}
            </Typography.Text>
          )}
        </Space>
      </Flex>
    </section>
  );
}

/**
 * The cadre profile's section (干部数字档案 · 考核情况), also the results page's drill-down: each
 * year's grades with total, rank and explanation, what they called for, the quarterly grades, and
 * the deductions still open. A unit's assessor sees a cadre of the own unit, with its rows.
 */
export default function CadreAssessments({ cadreId }: { cadreId: string }) {
  const m = useProfileMessages();
  const [{ data, fetching, error }] = useQuery({
    query: CadreAssessmentRecordQuery,
    variables: { cadreId },
  });
  if (!data) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  const record = data.cadreAssessmentRecord;
  if (!record) return <Empty description={m.notReached} />;
  return (
    <Flex vertical gap={16}>
      <OpenDeductions deductions={record.openDeductions} />
      {record.years.length === 0 ? (
        <Empty description={m.none} />
      ) : (
        record.years.map((y) => <YearSection key={y.year} year={y} />)
      )}
    </Flex>
  );
}
