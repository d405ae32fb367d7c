import { type ReactNode, useState } from 'react';
import {
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Progress,
  Row,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, useLabel } from '@cadre/ui';
import { dayjs, type Dayjs, dayOf } from '../common/dates.ts';
import { percent } from '../common/numbers.ts';
import { ADJUSTMENT_TYPE_LABELS } from '../rules.ts';
import { ADJUSTMENT_FIELDS, AdjustmentsByRank, AgeBands, SharePie } from './charts.tsx';
import { LookBack } from './look-back.tsx';
import { useStatisticsMessages } from './messages.ts';
import { SelectionStatisticsQuery, type Statistics } from './queries.ts';

const card = (title: string, body: ReactNode) => (
  <Card size="small" title={title} style={{ height: '100%' }}>
    {body}
  </Card>
);

/** 班子结构 of the appointees: the figures, then age, gender, party and education. */
function Appointees({ appointees: a }: { appointees: Statistics['appointees'] }) {
  const m = useStatisticsMessages();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Statistic title={m.count} value={a.count} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={m.averageAge}
          value={a.averageAge ?? '—'}
          suffix={a.averageAge === null ? undefined : m.years}
        />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={m.women} value={a.women} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={m.university}
          value={a.universityOrAboveShare === null ? '—' : percent(a.universityOrAboveShare)}
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        {card(m.age, <AgeBands bands={a.ageBands} />)}
      </Col>
      <Col xs={24} md={12} xl={6}>
        {card(
          m.gender,
          <SharePie
            title={m.gender}
            slices={[
              { name: m.men, count: a.count - a.women },
              { name: m.women, count: a.women },
            ]}
          />,
        )}
      </Col>
      <Col xs={24} md={12} xl={6}>
        {card(
          m.politics,
          <SharePie
            title={m.politics}
            slices={[
              { name: m.party, count: a.count - a.nonParty },
              { name: m.nonParty, count: a.nonParty },
            ]}
          />,
        )}
      </Col>
      <Col xs={24} md={12} xl={6}>
        {card(
          m.education,
          <SharePie
            title={m.education}
            slices={[
              { name: m.university, count: a.universityOrAbove },
              { name: m.belowUniversity, count: a.count - a.universityOrAbove },
            ]}
          />,
        )}
      </Col>
    </Row>
  );
}

/**
 * 选任统计分析: adjustments by type and rank, the structure of the new appointees, the share of
 * promotions from the reserve pool, and the look-back at the period's promotions (带病提拔回头看).
 */
export default function StatisticsPage() {
  const m = useStatisticsMessages();
  const t = useLabel();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const from = dayOf(period[0]);
  const [{ data, fetching, error }] = useQuery({
    query: SelectionStatisticsQuery,
    variables: { from, to: dayOf(period[1]) },
  });
  const s = data?.selectionStatistics;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          <Form.Item label={m.period} style={{ margin: 0 }}>
            <DatePicker.RangePicker
              value={period}
              allowClear={false}
              onChange={(range) => {
                const [start, end] = range ?? [];
                if (start && end) setPeriod([start, end]);
              }}
            />
          </Form.Item>
        }
      />
      <LoadError error={error} />
      {!s && fetching && <Skeleton active paragraph={{ rows: 10 }} />}
      {s && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {/* Three abreast from 1200 px; below, two and one, so no title is cut short. */}
            <Col xs={24} md={12} xl={8}>
              {card(
                m.adjustments,
                s.adjustments.total === 0 ? (
                  <Empty description={m.empty} />
                ) : (
                  <SharePie
                    title={m.adjustments}
                    slices={ADJUSTMENT_FIELDS.map(([field, type]) => ({
                      name: t(ADJUSTMENT_TYPE_LABELS[type]),
                      count: s.adjustments[field],
                    }))}
                  />
                ),
              )}
            </Col>
            <Col xs={24} md={12} xl={8}>
              {card(
                m.byRank,
                s.adjustmentsByRank.length === 0 ? (
                  <Empty description={m.empty} />
                ) : (
                  <AdjustmentsByRank lines={s.adjustmentsByRank} />
                ),
              )}
            </Col>
            <Col xs={24} xl={8}>
              {card(
                m.reserve,
                s.reserveShare === null ? (
                  <Empty description={m.noPromotions} />
                ) : (
                  <Flex vertical align="center" gap={8}>
                    <Progress
                      type="dashboard"
                      percent={Math.round(s.reserveShare * 1000) / 10}
                      format={() => percent(s.reserveShare ?? 0)}
                    />
                    <Typography.Text type="secondary">
                      {format(m.reserveFigures, {
                        promotions: s.promotions,
                        pool: s.promotionsFromReservePool,
                      })}
                    </Typography.Text>
                  </Flex>
                ),
              )}
            </Col>
          </Row>
          {card(
            m.appointees,
            s.appointees.count === 0 ? (
              <Empty description={m.empty} />
            ) : (
              <Appointees appointees={s.appointees} />
            ),
          )}
          {card(
            m.lookBack,
            <>
              <Typography.Paragraph type="secondary">
                {format(m.lookBackIntro, { since: from })}
              </Typography.Paragraph>
              <LookBack lines={data.promotionLookBack} />
            </>,
          )}
        </Flex>
      )}
    </>
  );
}
