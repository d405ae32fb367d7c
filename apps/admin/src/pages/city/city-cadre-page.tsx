import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  cadreStatusLabels,
  educationLabels,
  format,
  genderLabels,
  identityLabels,
  LoadError,
  PageHeader,
  politicalStatusLabels,
  rankLabels,
  useLabel,
} from '@cadre/ui';
import { useCityMessages } from './messages.ts';
import { CityManagedCadreQuery } from './queries.ts';

/** 市管干部's basic facts, as the city reads them: read-only, every view audited. */
export default function CityCadrePage() {
  const m = useCityMessages();
  const t = useLabel();
  const { code = '', id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({
    query: CityManagedCadreQuery,
    variables: { code, id },
  });
  const result = data?.cityManagedCadre;
  const cadre = result?.__typename === 'QueryCityManagedCadreSuccess' ? result.data : null;
  const back = (
    <Link to={`/city/districts/${code}`}>{format(m.backToDistrict, { district: code })}</Link>
  );

  return (
    <>
      <PageHeader
        title={cadre ? format(m.cadreTitle, { name: cadre.name }) : m.managedCadres}
        intro={format(m.cadreIntro, { district: code })}
        actions={back}
      />
      <LoadError error={error} />
      {result && 'message' in result && <Alert type="error" showIcon message={result.message} />}
      {fetching && !data && <Skeleton active />}
      {cadre && (
        <Card size="small">
          <Descriptions
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              [m.name, cadre.name],
              [m.gender, t(genderLabels[cadre.gender])],
              [m.ethnicity, cadre.ethnicity],
              [m.nativePlace, cadre.nativePlace],
              [m.birthDate, cadre.birthDate],
              [m.politicalStatus, t(politicalStatusLabels[cadre.politicalStatus])],
              [m.partyJoinDate, cadre.partyJoinDate ?? '—'],
              [m.workStartDate, cadre.workStartDate],
              [
                m.fullTimeEducation,
                cadre.fullTimeEducation ? t(educationLabels[cadre.fullTimeEducation]) : '—',
              ],
              [
                m.inServiceEducation,
                cadre.inServiceEducation ? t(educationLabels[cadre.inServiceEducation]) : '—',
              ],
              [m.identity, t(identityLabels[cadre.identity])],
              [m.rank, t(rankLabels[cadre.rank])],
              [m.rankSince, cadre.rankSince],
              [m.unit, cadre.unitName],
              [m.post, cadre.postTitle ?? '—'],
              [m.status, t(cadreStatusLabels[cadre.status])],
            ].map(([label, children]) => ({ key: label, label, children }))}
          />
        </Card>
      )}
    </>
  );
}
