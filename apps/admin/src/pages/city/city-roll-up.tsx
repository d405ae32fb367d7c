import { Col, Empty, Row, Skeleton, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, useViewer } from '@cadre/ui';
import { useDashboardMessages } from '../dashboard/messages.ts';
import { DashboardCard } from '../dashboard/structure-cards.tsx';
import { type DistrictFigures, FiguresCard, totalsOf } from './figures.tsx';
import { useCityMessages } from './messages.ts';
import { CityRollUpQuery } from './queries.ts';

/** A plugin's headline figure as a column: `plugin/key`, labeled as the gateway names it. */
function headlineColumns(districts: readonly DistrictFigures[], notEnabled: string) {
  const seen = new Map<string, string>();
  for (const d of districts)
    for (const h of d.headlineFigures) seen.set(`${h.plugin}/${h.key}`, h.label);
  return [...seen].map(([key, label]): TableColumnsType<DistrictFigures>[number] => ({
    key,
    title: label,
    align: 'right',
    render: (_, d) => {
      const figure = d.headlineFigures.find((h) => `${h.plugin}/${h.key}` === key);
      return figure ? figure.value : <span title={notEnabled}>—</span>;
    },
  }));
}

/** 工作台 of a city department (市级汇总): its districts' figures added up, and one row each. */
export default function CityRollUp() {
  const m = useCityMessages();
  const d = useDashboardMessages();
  const { viewer } = useViewer();
  const [{ data, error, fetching }] = useQuery({ query: CityRollUpQuery });
  const districts = data?.cityDistrictFigures ?? [];

  const columns: TableColumnsType<DistrictFigures> = [
    {
      key: 'district',
      title: m.district,
      render: (_, row) => <Link to={`/city/districts/${row.code}`}>{row.name}</Link>,
    },
    { key: 'cadres', title: d.cadresInService, dataIndex: 'cadresInService', align: 'right' },
    {
      key: 'age',
      title: m.averageAge,
      align: 'right',
      render: (_, row) => row.structure.averageAge ?? '—',
    },
    {
      key: 'women',
      title: m.women,
      align: 'right',
      render: (_, row) => row.structure.byGender.find((g) => g.gender === 'FEMALE')?.count ?? 0,
    },
    { key: 'approved', title: d.approved, align: 'right', render: (_, row) => row.quota.approved },
    { key: 'filled', title: d.filled, align: 'right', render: (_, row) => row.quota.filled },
    { key: 'vacant', title: d.vacant, align: 'right', render: (_, row) => row.quota.vacant },
    { key: 'over', title: d.overQuota, align: 'right', render: (_, row) => row.quota.overQuota },
    { key: 'overUnits', title: m.overQuotaUnits, dataIndex: 'overQuotaUnits', align: 'right' },
    { key: 'due', title: d.dueSoon, dataIndex: 'openDueItems', align: 'right' },
    { key: 'overdue', title: d.overdue, dataIndex: 'overdueDueItems', align: 'right' },
    ...headlineColumns(districts, m.notEnabled),
  ];

  return (
    <>
      <PageHeader
        title={m.rollUpTitle}
        intro={format(m.rollUpIntro, { city: viewer.district.name })}
      />
      <LoadError error={error} title={m.loadFailed} />
      {fetching && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <FiguresCard figures={totalsOf(districts)} />
          </Col>
          <Col span={24}>
            <DashboardCard title={m.byDistrict}>
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={districts}
                columns={columns}
                locale={{ emptyText: <Empty description={m.noDistricts} /> }}
              />
            </DashboardCard>
          </Col>
        </Row>
      )}
    </>
  );
}
