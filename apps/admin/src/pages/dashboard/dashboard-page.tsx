import { type ReactNode, useMemo } from 'react';
import { Card, Col, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  format,
  LazyPart,
  LoadError,
  PageHeader,
  useLabel,
  useMountedPlugins,
  useViewer,
} from '@cadre/ui';
import CityRollUp from '../city/city-roll-up.tsx';
import { sumQuota } from '../common/quota.ts';
import { DueStanding } from '../common/due-standing.tsx';
import { QuotaByUnitChart } from './charts.tsx';
import { useDashboardMessages } from './messages.ts';
import { DashboardQuery } from './queries.ts';
import { DashboardCard, StructureCards } from './structure-cards.tsx';

/** Units shown in the quota chart: the ones with most approved posts. */
const QUOTA_UNITS = 12;
const DUE_ITEMS = 8;

/** 工作台: a city department's roll-up of its districts, or a district's own figures. */
export default function DashboardPage() {
  const { viewer } = useViewer();
  return viewer.district.level === 'CITY' ? <CityRollUp /> : <DistrictDashboard />;
}

/** The district's cadre structure, quota figures and deadlines, and the plugins' cards. */
function DistrictDashboard() {
  const m = useDashboardMessages();
  const t = useLabel();
  const { viewer, can } = useViewer();
  const { dashboardWidgets } = useMountedPlugins();
  const variables = {
    cadres: can('core.cadre.read'),
    units: can('core.unit.read'),
    dueItems: can('core.due-item.read'),
  };
  const [{ data, error, fetching }] = useQuery({ query: DashboardQuery, variables });
  const structure = data?.cadreStructure;
  const due = data?.myDueItems;

  const units = useMemo(
    () =>
      (data?.units ?? [])
        .flatMap((u) => [u, ...u.children])
        .map((u) => ({ name: u.name, ...sumQuota(u.quotaLines) }))
        .filter((u) => u.approved > 0 || u.filled > 0)
        .sort((a, b) => b.approved - a.approved || b.overQuota - a.overQuota)
        .slice(0, QUOTA_UNITS),
    [data?.units],
  );

  const card = (title: string, body: ReactNode, extra?: ReactNode) => (
    <DashboardCard title={title} extra={extra}>
      {body}
    </DashboardCard>
  );

  return (
    <>
      <PageHeader title={m.title} intro={format(m.intro, { district: viewer.district.name })} />
      <LoadError error={error} title={m.loadFailed} />
      {fetching && !data && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card size="small">
              <Row gutter={[16, 16]}>
                {structure && (
                  <>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic
                        title={m.cadresInService}
                        value={structure.total}
                        suffix={m.people}
                      />
                    </Col>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic
                        title={m.averageAge}
                        value={structure.averageAge ?? '—'}
                        suffix={structure.averageAge === null ? undefined : m.years}
                      />
                    </Col>
                  </>
                )}
                {data.quotaTotals && (
                  <>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic title={m.approved} value={data.quotaTotals.approved} />
                    </Col>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic title={m.filled} value={data.quotaTotals.filled} />
                    </Col>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic title={m.vacant} value={data.quotaTotals.vacant} />
                    </Col>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic
                        title={m.overQuota}
                        value={data.quotaTotals.overQuota}
                        styles={{
                          content:
                            data.quotaTotals.overQuota > 0 ? { color: '#c62828' } : undefined,
                        }}
                      />
                    </Col>
                  </>
                )}
                {due && (
                  <>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic title={m.dueSoon} value={due.length} />
                    </Col>
                    <Col xs={12} md={6} lg={3}>
                      <Statistic
                        title={m.overdue}
                        value={due.filter((d) => d.overdue).length}
                        styles={{
                          content: due.some((d) => d.overdue) ? { color: '#c62828' } : undefined,
                        }}
                      />
                    </Col>
                  </>
                )}
              </Row>
            </Card>
          </Col>

          {structure && <StructureCards structure={structure} />}

          {units.length > 0 && (
            <Col span={24}>
              {card(
                m.quotaByUnit,
                <>
                  <Typography.Paragraph type="secondary">
                    {format(m.quotaByUnitHint, { count: units.length })}
                  </Typography.Paragraph>
                  <QuotaByUnitChart units={units} />
                </>,
                <Link to="/units">{m.unitsLink}</Link>,
              )}
            </Col>
          )}

          {due && (
            <Col xs={24} xl={12}>
              {card(
                m.dueItems,
                <Table
                  size="small"
                  rowKey="id"
                  showHeader={false}
                  pagination={false}
                  dataSource={due.slice(0, DUE_ITEMS)}
                  locale={{ emptyText: m.noDueItems }}
                  onRow={(item) => ({
                    style: item.overdue ? { background: '#fff1f0' } : undefined,
                  })}
                  columns={[
                    {
                      key: 'title',
                      render: (_, item) =>
                        item.link ? <Link to={item.link}>{item.title}</Link> : item.title,
                    },
                    { key: 'due', dataIndex: 'dueDate', width: 110 },
                    {
                      key: 'standing',
                      width: 150,
                      render: (_, item) => <DueStanding {...item} />,
                    },
                  ]}
                />,
                <Link to="/due-items">{m.allDueItems}</Link>,
              )}
            </Col>
          )}

          {dashboardWidgets.map((widget) => (
            <Col xs={24} xl={12} key={widget.key}>
              {card(t(widget.title), <LazyPart load={widget.load} props={{}} />)}
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
