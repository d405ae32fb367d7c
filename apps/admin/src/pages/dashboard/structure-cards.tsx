import type { ReactNode } from 'react';
import { Card, Col, Empty } from 'antd';
import {
  type DocumentType,
  educationLabels,
  genderLabels,
  politicalStatusLabels,
  rankLabels,
} from '@cadre/ui';
import { unrecorded } from '../common/code-lists.ts';
import { AgePyramid, FEMALE, MALE, RankChart, ShareChart } from './charts.tsx';
import { useDashboardMessages } from './messages.ts';
import type { DashboardStructureFragment } from './queries.ts';

export type Structure = DocumentType<typeof DashboardStructureFragment>;

/** A dashboard card: a titled, small card filling its column. */
export function DashboardCard(props: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card title={props.title} extra={props.extra} size="small" style={{ height: '100%' }}>
      {props.children}
    </Card>
  );
}

/** 干部结构: the columns of rank, age, gender, party and education charts (a district's or a city's district's). */
export function StructureCards({ structure }: { structure: Structure }) {
  const m = useDashboardMessages();
  if (structure.total === 0) {
    return (
      <Col span={24}>
        <Empty description={m.noCadres} />
      </Col>
    );
  }
  return (
    <>
      <Col xs={24} xl={12}>
        <DashboardCard title={m.byRank}>
          <RankChart
            items={structure.byRank.map((r) => ({ label: rankLabels[r.rank], count: r.count }))}
          />
        </DashboardCard>
      </Col>
      <Col xs={24} xl={12}>
        <DashboardCard title={m.agePyramid}>
          <AgePyramid bands={structure.ageBands} />
        </DashboardCard>
      </Col>
      <Col xs={24} md={8}>
        <DashboardCard title={m.gender}>
          <ShareChart
            title={m.gender}
            colors={structure.byGender.map((g) => (g.gender === 'MALE' ? MALE : FEMALE))}
            items={structure.byGender.map((g) => ({
              label: genderLabels[g.gender],
              count: g.count,
            }))}
          />
        </DashboardCard>
      </Col>
      <Col xs={24} md={8}>
        <DashboardCard title={m.party}>
          <ShareChart
            title={m.party}
            items={structure.byPoliticalStatus.map((p) => ({
              label: politicalStatusLabels[p.politicalStatus],
              count: p.count,
            }))}
          />
        </DashboardCard>
      </Col>
      <Col xs={24} md={8}>
        <DashboardCard title={m.education}>
          <ShareChart
            title={m.education}
            items={structure.byEducation.map((e) => ({
              label: e.education ? educationLabels[e.education] : unrecorded,
              count: e.count,
            }))}
          />
        </DashboardCard>
      </Col>
    </>
  );
}
