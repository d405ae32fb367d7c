import { Alert, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, useViewer } from '@cadre/ui';
import { DashboardCard, StructureCards } from '../dashboard/structure-cards.tsx';
import { FiguresCard, totalsOf } from './figures.tsx';
import { ManagedCadres } from './managed-cadres.tsx';
import { useCityMessages } from './messages.ts';
import { CityDistrictQuery } from './queries.ts';

/** Drill-down from the city roll-up: one district's figures and, by grant, its 市管干部. */
export default function CityDistrictPage() {
  const m = useCityMessages();
  const { can } = useViewer();
  const code = useParams().code ?? '';
  const [{ data, error, fetching }] = useQuery({ query: CityDistrictQuery, variables: { code } });
  const result = data?.cityDistrict;
  const district = result?.__typename === 'QueryCityDistrictSuccess' ? result.data : null;

  return (
    <>
      <PageHeader
        title={district?.name ?? code}
        intro={district ? format(m.districtIntro, { district: district.name }) : undefined}
        actions={<Link to="/">{m.backToRollUp}</Link>}
      />
      <LoadError error={error} title={m.loadFailed} />
      {result && 'message' in result && <Alert type="error" showIcon message={result.message} />}
      {fetching && !data && <Skeleton active paragraph={{ rows: 8 }} />}
      {district && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <FiguresCard figures={totalsOf([district])} />
          </Col>
          {district.headlineFigures.length > 0 && (
            <Col span={24}>
              <DashboardCard title={m.headline}>
                <Row gutter={[16, 16]}>
                  {district.headlineFigures.map((h) => (
                    <Col xs={12} md={6} key={`${h.plugin}/${h.key}`}>
                      <Statistic title={h.label} value={h.value} />
                    </Col>
                  ))}
                </Row>
              </DashboardCard>
            </Col>
          )}
          <StructureCards structure={district.structure} />
          {can('core.city.read-managed-cadres') && (
            <Col span={24}>
              <DashboardCard title={m.managedCadres}>
                <Typography.Paragraph type="secondary">{m.managedHint}</Typography.Paragraph>
                <ManagedCadres code={district.code} />
              </DashboardCard>
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
