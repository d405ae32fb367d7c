import { Alert, Card, Drawer, Empty, Flex, Form, InputNumber, Skeleton, Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, UnitSelect, useViewer } from '@cadre/ui';
import { DailyOwnUnitQuery } from '../daily/queries.ts';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import CadreAssessments from '../profile/cadre-assessments.tsx';
import { GradeDistributionChart } from './grade-chart.tsx';
import { useResultsMessages } from './messages.ts';
import { GradeDistributionQuery, UnitResultsQuery } from './queries.ts';
import { UnitCadresTable } from './unit-cadres-table.tsx';
import { UnitStanding } from './unit-standing.tsx';

/** The unit, year and cadre on screen, kept in the address so a reload or a link keeps them. */
function usePlace() {
  const [params, setParams] = useSearchParams();
  const place = {
    unitId: params.get('unit'),
    year: Number(params.get('year')) || null,
    cadre: params.get('cadre'),
  };
  const go = (next: Partial<typeof place>) => {
    const { unitId, year, cadre } = { ...place, ...next };
    setParams({
      ...(unitId ? { unit: unitId } : {}),
      ...(year ? { year: String(year) } : {}),
      ...(cadre ? { cadre } : {}),
    });
  };
  return { ...place, go };
}

/**
 * 考核结果: the year's grades by unit, and one unit's year — its cadres' grades by round, their
 * quarterly grades, its indicator score and loss — with each cadre's years a click away. Whoever
 * reads the rounds picks any unit; a unit's assessor sees the own unit (fixed). The year is the
 * last one concluded until another is chosen.
 */
export default function ResultsPage() {
  const m = useResultsMessages();
  const { can } = useViewer();
  const anyUnit = can(P.readRounds) || can(P.readDaily);
  const place = usePlace();
  const [{ data: own, fetching: ownLoading }] = useQuery({ query: DailyOwnUnitQuery });
  const ownUnit = own?.me?.unit ?? null;
  const unitId = anyUnit ? (place.unitId ?? ownUnit?.id ?? null) : (ownUnit?.id ?? null);
  const [distribution] = useQuery({
    query: GradeDistributionQuery,
    variables: { year: place.year },
  });
  const counted = distribution.data?.assessmentGradeDistribution;
  const year = place.year ?? counted?.year ?? (counted ? new Date().getFullYear() : null);
  const [unitResults] = useQuery({
    query: UnitResultsQuery,
    variables: { unitId: unitId ?? '', year: year ?? 0 },
    pause: !unitId || !year,
  });
  const results = unitResults.data?.unitAssessmentResults ?? null;
  const openCadre = results?.cadres.find((c) => c.cadre.id === place.cadre)?.cadre ?? null;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          <>
            {anyUnit ? (
              <UnitSelect
                label={m.unit}
                placeholder={m.pickUnit}
                value={unitId ?? undefined}
                onChange={(id) => place.go({ unitId: id ?? null, cadre: null })}
              />
            ) : (
              ownUnit && <Tag>{ownUnit.name}</Tag>
            )}
            <Form.Item label={m.year} style={{ margin: 0 }}>
              <InputNumber
                value={year ?? undefined}
                min={2000}
                max={2100}
                precision={0}
                onChange={(value) => value && place.go({ year: value, cadre: null })}
              />
            </Form.Item>
          </>
        }
      />
      <LoadError error={distribution.error ?? unitResults.error} />
      <Flex vertical gap={16}>
        {counted && year && (
          <Card size="small" title={format(m.distribution, { year })}>
            {counted.units.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={format(m.noDistribution, { year })}
              />
            ) : (
              <GradeDistributionChart
                title={format(m.distribution, { year })}
                units={counted.units}
              />
            )}
          </Card>
        )}
        {!unitId && !ownLoading && (
          <Alert type="info" showIcon title={anyUnit ? m.noUnit : m.noOwnUnit} />
        )}
        {unitId && unitResults.data && !results && (
          <Alert type="warning" showIcon title={m.notFound} />
        )}
        {unitId && !unitResults.data && unitResults.fetching && (
          <Skeleton active paragraph={{ rows: 6 }} />
        )}
        {results && (
          <>
            <Card size="small" title={`${results.unit.name} · ${m.standing}`}>
              <UnitStanding results={results} />
            </Card>
            <Card size="small" title={`${results.unit.name} · ${m.cadres}`}>
              <UnitCadresTable results={results} onOpen={(c) => place.go({ cadre: c.id })} />
            </Card>
          </>
        )}
      </Flex>
      <Drawer
        title={openCadre && format(m.drawerTitle, { name: openCadre.name })}
        open={openCadre !== null}
        onClose={() => place.go({ cadre: null })}
        size={720}
        destroyOnHidden
      >
        {openCadre && <CadreAssessments cadreId={openCadre.id} />}
      </Drawer>
    </>
  );
}
