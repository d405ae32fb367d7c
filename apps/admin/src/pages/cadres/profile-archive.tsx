import type { ReactNode } from 'react';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import {
  archiveFactLabels,
  degreeLabels,
  educationLabels,
  format,
  genderLabels,
  identityLabels,
  type Label,
  managementAuthorityLabels,
  mutationOutcome,
  politicalStatusLabels,
  rankLabels,
  cadreStatusLabels,
  type Schema,
  useLabel,
  useViewer,
} from '@cadre/ui';
import { useProfileMessages } from './messages.ts';
import { type CadreProfile, VerifyArchiveFactMutation } from './profile-query.ts';

const pick = (
  labels: Record<string, Label>,
  value: string | null | undefined,
  t: (l: Label) => string,
) => (value ? t(labels[value] ?? { zh: value, en: value }) : '—');

/** Whether an archive fact was checked against the personnel archive, and by whom. */
function Verification({ cadre, fact }: { cadre: CadreProfile; fact: Schema.ArchiveFact }) {
  const m = useProfileMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { message } = App.useApp();
  const [{ fetching }, verify] = useMutation(VerifyArchiveFactMutation);
  const done = cadre.verifications.find((v) => v.fact === fact);
  if (done)
    return (
      <Tooltip title={done.note}>
        <Tag color="success" icon={<CheckCircleFilled />}>
          {format(m.verified, {
            who: done.verifiedBy.displayName,
            when: dayjs(done.verifiedAt).format('YYYY-MM-DD'),
          })}
        </Tag>
      </Tooltip>
    );
  return (
    <Space size={4}>
      <Tag icon={<ExclamationCircleOutlined />} color="warning">
        {m.unverified}
      </Tag>
      {can('core.archive.verify') && (
        <Popconfirm
          title={format(m.verifyConfirm, { fact: t(archiveFactLabels[fact]) })}
          onConfirm={async () => {
            const outcome = mutationOutcome(
              await verify({ cadreId: cadre.id, fact }),
              'verifyArchiveFact',
            );
            if (outcome.ok) void message.success(m.verifiedDone);
            else void message.error(t(outcome.error.message));
          }}
        >
          <Button size="small" type="link" loading={fetching}>
            {m.verify}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** 三龄二历一身份 and the rest of the record, each archive fact with its verification. */
export function ArchiveFacts({ cadre, photo }: { cadre: CadreProfile; photo: ReactNode }) {
  const m = useProfileMessages();
  const t = useLabel();
  const fact = (f: Schema.ArchiveFact, value: ReactNode) => (
    <Space wrap size={8}>
      <span>{value}</span>
      <Verification cadre={cadre} fact={f} />
    </Space>
  );
  const years = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format(m.yearsValue, { years: value });
  const education = (level: string | null, degree: string | null, school: string | null) =>
    [pick(educationLabels, level, t), degree ? pick(degreeLabels, degree, t) : null, school]
      .filter(Boolean)
      .join(' · ');

  return (
    <>
      <Card title={m.basics} size="small" className="profile-card">
        <Flex gap={24} align="start">
          {photo}
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={m.name}>{cadre.name}</Descriptions.Item>
            <Descriptions.Item label={m.gender}>
              {pick(genderLabels, cadre.gender, t)}
            </Descriptions.Item>
            <Descriptions.Item label={m.ethnicity}>{cadre.ethnicity}</Descriptions.Item>
            <Descriptions.Item label={m.nativePlace}>{cadre.nativePlace}</Descriptions.Item>
            <Descriptions.Item label={m.birthPlace}>{cadre.birthPlace ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={m.idNumber}>{cadre.idNumberMasked ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={m.political}>
              {pick(politicalStatusLabels, cadre.politicalStatus, t)}
            </Descriptions.Item>
            <Descriptions.Item label={m.unit}>{cadre.unit.name}</Descriptions.Item>
            <Descriptions.Item label={m.currentPost}>
              {cadre.currentPost?.title ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={m.rank}>{pick(rankLabels, cadre.rank, t)}</Descriptions.Item>
            <Descriptions.Item label={m.rankSince}>{cadre.rankSince}</Descriptions.Item>
            <Descriptions.Item label={m.status}>
              {pick(cadreStatusLabels, cadre.status, t)}
            </Descriptions.Item>
            <Descriptions.Item label={m.authority}>
              {pick(managementAuthorityLabels, cadre.managementAuthority, t)}
            </Descriptions.Item>
            <Descriptions.Item label={m.healthStatus}>
              {cadre.healthStatus ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={m.professionalTitle}>
              {cadre.professionalTitle ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={m.specialty}>{cadre.specialty ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Flex>
      </Card>
      <Card title={m.archive} size="small" className="profile-card">
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 180 } }}>
          <Descriptions.Item label={`${m.birthDate} / ${m.age}`}>
            {fact('BIRTH_DATE', `${cadre.birthDate} · ${format(m.ageValue, { age: cadre.age })}`)}
          </Descriptions.Item>
          <Descriptions.Item label={`${m.partyJoinDate} / ${m.partyYears}`}>
            {fact(
              'PARTY_JOIN_DATE',
              cadre.partyJoinDate ? `${cadre.partyJoinDate} · ${years(cadre.partyYears)}` : '—',
            )}
          </Descriptions.Item>
          <Descriptions.Item label={`${m.workStartDate} / ${m.workYears}`}>
            {fact('WORK_START_DATE', `${cadre.workStartDate} · ${years(cadre.workYears)}`)}
          </Descriptions.Item>
          <Descriptions.Item label={`${m.fullTime} / ${m.inService}`}>
            {fact(
              'EDUCATION',
              <>
                {m.fullTime}：
                {education(cadre.fullTimeEducation, cadre.fullTimeDegree, cadre.fullTimeSchool)}
                <br />
                {m.inService}：
                {education(cadre.inServiceEducation, cadre.inServiceDegree, cadre.inServiceSchool)}
              </>,
            )}
          </Descriptions.Item>
          <Descriptions.Item label={m.experience}>
            {fact('EXPERIENCE', format(m.grassRootsValue, { years: cadre.grassRootsYears }))}
          </Descriptions.Item>
          <Descriptions.Item label={m.identity}>
            {fact('IDENTITY', pick(identityLabels, cadre.identity, t))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
