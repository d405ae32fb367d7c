import {
  Alert,
  Empty,
  Flex,
  Form,
  InputNumber,
  Segmented,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, PageHeader, UnitSelect, useLabel, useViewer } from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from '../permissions.ts';
import { QUARTER_GRADE_LABELS } from '../rules.ts';
import { Deductions } from './deductions.tsx';
import { EvaluationDialog } from './evaluation-dialog.tsx';
import { useDailyMessages } from './messages.ts';
import { PeriodGrid } from './period-grid.tsx';
import { PublishButton } from './publish-button.tsx';
import { DailyInboxQuery, DailyOwnUnitQuery, type Inbox, type InboxRow } from './queries.ts';
import { RecordDialog } from './record-dialog.tsx';

/** Mutations answer records an empty inbox has none of yet: reload on those too. */
const DAILY_TYPENAMES = {
  additionalTypenames: ['DailyRecord', 'QuarterlyEvaluation', 'DailyDeduction'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Due items link with the unit's row id; the API takes its global id. */
const unitIdOf = (param: string) => (UUID.test(param) ? btoa(`Unit:${param}`) : param);

/** The unit, year and quarter on screen, kept in the address (due items link here). */
function usePlace() {
  const [params, setParams] = useSearchParams();
  const now = dayjs();
  const quarter = Number(params.get('quarter'));
  const unit = params.get('unit');
  const place = {
    unitId: unit ? unitIdOf(unit) : null,
    year: Number(params.get('year')) || now.year(),
    quarter: quarter >= 1 && quarter <= 4 ? quarter : Math.floor(now.month() / 3) + 1,
  };
  const go = (next: Partial<typeof place>) => {
    const { unitId, year: y, quarter: q } = { ...place, ...next };
    setParams({ ...(unitId ? { unit: unitId } : {}), year: String(y), quarter: String(q) });
  };
  return { ...place, go };
}

const evaluationsOf = (inbox: Inbox) =>
  inbox.rows.flatMap((r) => (r.evaluation ? [r.evaluation] : []));

/** Evaluations of the quarter not published yet (new, or corrected since). */
const waiting = (inbox: Inbox) => evaluationsOf(inbox).filter((e) => !e.publishedOn).length;

/** The quarter's evaluations: how many wait for publication, and until when it runs. */
function PublicityTags({ inbox }: { inbox: Inbox }) {
  const m = useDailyMessages();
  const count = waiting(inbox);
  const until = evaluationsOf(inbox)
    .map((e) => e.publicityEndsOn)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  return (
    <>
      {count > 0 && <Tag color="warning">{format(m.unpublishedCount, { count })}</Tag>}
      {until && <Tag color="processing">{format(m.publicityEnds, { until })}</Tag>}
    </>
  );
}

function EvaluationCell({ row }: { row: InboxRow }) {
  const m = useDailyMessages();
  const t = useLabel();
  const e = row.evaluation;
  if (!e) return <Typography.Text type="secondary">{m.notEvaluated}</Typography.Text>;
  const publicity = !e.publishedOn
    ? { color: 'warning', text: m.unpublished }
    : e.publicityRunning
      ? { color: 'processing', text: format(m.published, { until: e.publicityEndsOn ?? '' }) }
      : {
          color: 'default',
          text: format(m.publishedEnded, { from: e.publishedOn, until: e.publicityEndsOn ?? '' }),
        };
  return (
    <Flex vertical gap={2} align="flex-start">
      <Flex gap={4} align="center">
        <Typography.Text strong>{e.score}</Typography.Text>
        <Tag color={e.grade === 'POOR' ? 'error' : e.grade === 'GOOD' ? 'success' : 'default'}>
          {t(QUARTER_GRADE_LABELS[e.grade])}
        </Tag>
        <Tag color={publicity.color}>{publicity.text}</Tag>
      </Flex>
      {e.comment && <Typography.Text type="secondary">{e.comment}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {format(m.evaluatedBy, { name: e.evaluatorName ?? '—', on: e.evaluatedOn })}
      </Typography.Text>
    </Flex>
  );
}

function InboxTable({ inbox, editing }: { inbox: Inbox; editing: boolean }) {
  const m = useDailyMessages();
  const weekName = (start: string) =>
    format(m.weekOf, { from: start, to: dayjs(start).add(6, 'day').format('YYYY-MM-DD') });
  const monthName = (start: string) => format(m.monthOf, { month: start.slice(0, 7) });
  const starts = (records: readonly { periodStart: string }[]) => records.map((r) => r.periodStart);
  return (
    <Table<InboxRow>
      rowKey={(r) => r.cadre.id}
      dataSource={inbox.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={m.noCadres} /> }}
      columns={[
        { key: 'cadre', title: m.cadre, fixed: 'left', render: (_, r) => r.cadre.name },
        {
          key: 'weekly',
          title: m.weekly,
          render: (_, r) => (
            <Flex vertical gap={4}>
              <PeriodGrid
                periods={inbox.weeks}
                recorded={starts(r.weeklyRecords)}
                missing={r.missingWeeks}
                name={weekName}
              />
              <Flex gap={8} align="center">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {format(m.weeklyCount, {
                    done: r.weeklyRecords.length,
                    total: inbox.weeks.length,
                  })}
                </Typography.Text>
                {editing && <RecordDialog cadre={r.cadre} />}
              </Flex>
            </Flex>
          ),
        },
        {
          key: 'monthly',
          title: m.monthly,
          render: (_, r) => (
            <PeriodGrid
              periods={inbox.months}
              recorded={starts(r.monthlySelfChecks)}
              missing={r.missingMonths}
              name={monthName}
            />
          ),
        },
        {
          key: 'evaluation',
          title: m.evaluation,
          render: (_, r) => (
            <Flex vertical gap={4} align="flex-start">
              <EvaluationCell row={r} />
              {editing && (
                <EvaluationDialog
                  cadre={r.cadre}
                  year={inbox.year}
                  quarter={inbox.quarter}
                  evaluation={r.evaluation}
                />
              )}
            </Flex>
          ),
        },
        {
          key: 'deductions',
          title: m.deductions,
          render: (_, r) => (
            <Deductions cadre={r.cadre} deductions={r.openDeductions} editing={editing} />
          ),
        },
      ]}
    />
  );
}

/**
 * 平时考核: a unit's inbox of a quarter. A unit assessor keeps the own unit's (fixed); the
 * assessment office picks any unit.
 */
export default function DailyPage() {
  const m = useDailyMessages();
  const { can } = useViewer();
  const anyUnit = can(P.readDaily);
  const editing = can(P.writeDaily) || can(P.writeOwnUnit);
  const { unitId: picked, year, quarter, go } = usePlace();
  const [{ data: own, fetching: ownLoading }] = useQuery({ query: DailyOwnUnitQuery });
  const ownUnit = own?.me?.unit ?? null;
  const unitId = anyUnit ? (picked ?? ownUnit?.id ?? null) : (ownUnit?.id ?? null);
  const [{ data, fetching, error }] = useQuery({
    query: DailyInboxQuery,
    variables: { unitId: unitId ?? '', year, quarter },
    pause: !unitId,
    context: DAILY_TYPENAMES,
  });
  const inbox = data?.dailyAssessmentInbox ?? null;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        tags={inbox && <PublicityTags inbox={inbox} />}
        actions={
          <>
            {anyUnit ? (
              <UnitSelect
                label={m.unit}
                placeholder={m.pickUnit}
                value={unitId ?? undefined}
                onChange={(id) => go({ unitId: id ?? null })}
              />
            ) : (
              ownUnit && <Tag>{ownUnit.name}</Tag>
            )}
            <Form.Item label={m.year} style={{ margin: 0 }}>
              <InputNumber
                value={year}
                min={2000}
                max={2100}
                precision={0}
                onChange={(value) => value && go({ year: value })}
              />
            </Form.Item>
            <Segmented<number>
              aria-label={m.quarter}
              value={quarter}
              onChange={(value) => go({ quarter: value })}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: format(m.quarterOption, { quarter: q }),
              }))}
            />
            {inbox && editing && waiting(inbox) > 0 && <PublishButton inbox={inbox} />}
          </>
        }
      />
      <LoadError error={error} />
      {!unitId && !ownLoading && (
        <Alert type="info" showIcon title={anyUnit ? m.noUnit : m.noOwnUnit} />
      )}
      {unitId && data && !inbox && <Alert type="warning" showIcon title={m.notFound} />}
      {inbox && <InboxTable inbox={inbox} editing={editing} />}
      {unitId && !data && fetching && <Skeleton active paragraph={{ rows: 8 }} />}
    </>
  );
}
