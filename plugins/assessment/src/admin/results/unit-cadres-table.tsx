import { Button, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { format } from '@cadre/ui';
import { WIDE } from '../common/columns.ts';
import { AnnualGradeTag, QuarterGradeTag } from '../common/grades.tsx';
import { useResultsMessages } from './messages.ts';
import type { UnitCadreRow, UnitResults } from './queries.ts';

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The unit's cadres in the year: a column per concluded round (grade, total, rank of n), the
 * quarterly grades (from 1200 px) and the daily score; a cadre's name opens their years.
 */
export function UnitCadresTable({
  results,
  onOpen,
}: {
  results: UnitResults;
  onOpen: (cadre: UnitCadreRow['cadre']) => void;
}) {
  const m = useResultsMessages();
  const columns: TableColumnsType<UnitCadreRow> = [
    {
      key: 'cadre',
      title: m.cadre,
      fixed: 'left',
      render: (_v, row) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={format(m.details, { name: row.cadre.name })}
          onClick={() => onOpen(row.cadre)}
        >
          {row.cadre.name}
        </Button>
      ),
    },
    ...results.rounds.map((round) => ({
      key: round.id,
      title: round.title,
      render: (_v: unknown, row: UnitCadreRow) => {
        const result = row.results.find((r) => r.round.id === round.id);
        if (!result) return m.none;
        return (
          <Flex vertical gap={2} align="flex-start">
            {result.grade ? <AnnualGradeTag grade={result.grade} /> : m.none}
            {result.total !== null && result.rank !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format(m.totalRank, {
                  total: result.total,
                  rank: result.rank,
                  outOf: result.outOf,
                })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    })),
    ...QUARTERS.map((quarter) => ({
      key: `q${quarter}`,
      title: format(m.quarter, { quarter }),
      responsive: WIDE,
      render: (_v: unknown, row: UnitCadreRow) => {
        const q = row.quarters.find((e) => e.quarter === quarter);
        return q ? <QuarterGradeTag grade={q.grade} score={q.score} /> : m.none;
      },
    })),
    {
      key: 'daily',
      title: m.dailyScore,
      align: 'right',
      render: (_v, row) => row.dailyScore ?? m.none,
    },
  ];
  return (
    <Table<UnitCadreRow>
      rowKey={(row) => row.cadre.id}
      size="small"
      pagination={false}
      dataSource={results.cadres}
      columns={columns}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty description={format(m.noCadres, { year: results.year })} />,
      }}
    />
  );
}
