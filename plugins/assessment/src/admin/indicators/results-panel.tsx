import {
  Card,
  Empty,
  Flex,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useQuery } from 'urql';
import { format, LoadError, type Schema, unitCategoryLabels, useLabel } from '@cadre/ui';
import { useIndicatorsMessages } from './messages.ts';
import {
  type IndicatorSetView,
  type ResultsIndicator,
  SetResultsQuery,
  UnitIndicatorSummaryQuery,
  type UnitScoreRow,
} from './queries.ts';
import { ResultDialog } from './result-dialog.tsx';

interface UnitRow {
  id: string;
  name: string;
}

/** Recording a result changes these, also where the page showed none of them yet. */
const RESULT_TYPENAMES = { additionalTypenames: ['UnitIndicatorResult', 'Indicator'] };

/** The units of the set's category × its indicators: each cell the points and their entry. */
function ResultsMatrix({ setId, editable }: { setId: string; editable: boolean }) {
  const m = useIndicatorsMessages();
  const [{ data, fetching, error }] = useQuery({
    query: SetResultsQuery,
    variables: { id: setId },
    context: RESULT_TYPENAMES,
  });
  const set = data?.indicatorSet;
  if (!set) return fetching ? <Skeleton active /> : <LoadError error={error} />;
  const open = editable && !set.closed;
  const cell = (indicator: ResultsIndicator, unit: UnitRow) => {
    const result = indicator.results.find((r) => r.unit.id === unit.id);
    return (
      <Flex gap={4} align="center" justify="flex-end">
        {result ? (
          <Tooltip title={result.note}>
            <span>{indicator.directDeduction ? `−${result.points}` : result.points}</span>
          </Tooltip>
        ) : (
          <span style={{ color: 'var(--ant-color-text-tertiary)' }}>{m.notRecorded}</span>
        )}
        {open && <ResultDialog indicator={indicator} unit={unit} result={result} />}
      </Flex>
    );
  };
  const columns: TableColumnsType<UnitRow> = [
    { key: 'unit', title: m.unit, dataIndex: 'name', fixed: 'left' },
    ...set.indicators.map((indicator) => ({
      key: indicator.id,
      title: indicator.directDeduction
        ? `${indicator.name}（${m.directDeduction}）`
        : `${indicator.name}（${indicator.weight}）`,
      align: 'right' as const,
      render: (_v: unknown, unit: UnitRow) => cell(indicator, unit),
    })),
  ];
  return (
    <>
      <LoadError error={error} />
      <Table<UnitRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={set.units}
        columns={columns}
        locale={{ emptyText: m.noUnits }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}

/** The category's units against the loss limit (seed 004: 失分超过责任分值20%). */
function Standings({ year, category }: { year: number; category: Schema.UnitCategory }) {
  const m = useIndicatorsMessages();
  const [{ data, error }] = useQuery({
    query: UnitIndicatorSummaryQuery,
    variables: { year },
    context: RESULT_TYPENAMES,
  });
  const summary = data?.unitIndicatorSummary;
  const rows = summary?.units.filter((u) => u.unit.category === category) ?? [];
  const figure = (field: keyof UnitScoreRow, percent = false) => ({
    key: field,
    align: 'right' as const,
    render: (_v: unknown, row: UnitScoreRow) => `${String(row[field])}${percent ? '%' : ''}`,
  });
  return (
    <Card size="small" title={m.summary}>
      {summary && (
        <Typography.Paragraph type="secondary">
          {format(m.summaryIntro, { limit: summary.lossLimit })}
        </Typography.Paragraph>
      )}
      <LoadError error={error} />
      <Table<UnitScoreRow>
        rowKey={(row) => row.unit.id}
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: m.noSummary }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'unit', title: m.colUnit, render: (_v, row) => row.unit.name },
          { ...figure('responsibility'), title: m.colResponsibility },
          { ...figure('earned'), title: m.colEarned },
          { ...figure('deducted'), title: m.colDeducted },
          { ...figure('score'), title: m.colScore },
          { ...figure('loss'), title: m.colLoss },
          { ...figure('lossShare', true), title: m.colLossShare },
          {
            key: 'standing',
            title: m.colStanding,
            render: (_v, row) =>
              row.exceedsLimit ? (
                <Tooltip title={m.overLimitHint}>
                  <Tag color="error">{m.overLimit}</Tag>
                </Tooltip>
              ) : (
                <Tag color="success">{m.withinLimit}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** 单位得分: one category's results this year, entered per unit and indicator, and the standings. */
export function ResultsPanel({
  year,
  category,
  set,
  editable,
}: {
  year: number;
  category: Schema.UnitCategory;
  set: IndicatorSetView | null;
  editable: boolean;
}) {
  const m = useIndicatorsMessages();
  const t = useLabel();
  if (!set) {
    return (
      <Empty description={format(m.noSet, { year, category: t(unitCategoryLabels[category]) })} />
    );
  }
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.results} extra={m.resultsIntro}>
        <ResultsMatrix setId={set.id} editable={editable} />
      </Card>
      <Standings year={year} category={category} />
    </Flex>
  );
}
