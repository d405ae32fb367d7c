import { Card, Col, Row, Statistic } from 'antd';
import type { DocumentType } from '@cadre/ui';
import { sumQuota } from '../common/quota.ts';
import { useDashboardMessages } from '../dashboard/messages.ts';
import { useCityMessages } from './messages.ts';
import type { CityDistrictFiguresFragment } from './queries.ts';

export type DistrictFigures = DocumentType<typeof CityDistrictFiguresFragment>;

const ALERT = { content: { color: '#c62828' } };

/** The figures of several districts added up (the city's totals); average age weighted by cadres. */
export function totalsOf(districts: readonly DistrictFigures[]) {
  const cadres = districts.reduce((sum, d) => sum + d.cadresInService, 0);
  const ageSum = districts.reduce(
    (sum, d) => sum + (d.structure.averageAge ?? 0) * d.structure.total,
    0,
  );
  const add = (pick: (d: DistrictFigures) => number) =>
    districts.reduce((sum, d) => sum + pick(d), 0);
  return {
    cadresInService: cadres,
    averageAge: cadres > 0 ? Math.round((ageSum / cadres) * 10) / 10 : null,
    quota: sumQuota(districts.map((d) => d.quota)),
    overQuotaUnits: add((d) => d.overQuotaUnits),
    openDueItems: add((d) => d.openDueItems),
    overdueDueItems: add((d) => d.overdueDueItems),
  };
}

/** One row of headline statistics: a district's, or the city's totals. */
export function FiguresCard({ figures }: { figures: ReturnType<typeof totalsOf> }) {
  const m = useDashboardMessages();
  const c = useCityMessages();
  const stat = (title: string, value: number | string, alert = false) => (
    <Col xs={12} md={6} lg={3}>
      <Statistic title={title} value={value} styles={alert ? ALERT : undefined} />
    </Col>
  );
  return (
    <Card size="small">
      <Row gutter={[16, 16]}>
        {stat(m.cadresInService, figures.cadresInService)}
        {stat(c.averageAge, figures.averageAge ?? '—')}
        {stat(m.approved, figures.quota.approved)}
        {stat(m.filled, figures.quota.filled)}
        {stat(m.vacant, figures.quota.vacant)}
        {stat(m.overQuota, figures.quota.overQuota, figures.quota.overQuota > 0)}
        {stat(m.dueSoon, figures.openDueItems)}
        {stat(m.overdue, figures.overdueDueItems, figures.overdueDueItems > 0)}
      </Row>
    </Card>
  );
}
