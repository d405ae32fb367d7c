import { Descriptions, Table } from 'antd';
import { format, rankLabels, useLabel } from '@cadre/ui';
import { dayText } from '../common/dates.ts';
import { candidateStatusLabels, probationResultLabels } from '../labels.ts';
import { ADJUSTMENT_TYPE_LABELS, STAGE_LABELS } from '../rules.ts';
import { useRecordMessages } from './messages.ts';
import type { CaseRecord } from './queries.ts';

type Candidate = CaseRecord['candidates'][number];

/** The motion and the candidates, each with where they ended. */
export function RecordFacts({ record: c }: { record: CaseRecord }) {
  const m = useRecordMessages();
  const t = useLabel();
  return (
    <>
      <h2>{m.basics}</h2>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'title', label: m.caseTitle, span: 'filled', children: c.title },
          { key: 'unit', label: m.unit, children: c.unit.name },
          { key: 'post', label: m.post, children: c.postTitle },
          { key: 'rank', label: m.rank, children: t(rankLabels[c.targetRank]) },
          { key: 'type', label: m.type, children: t(ADJUSTMENT_TYPE_LABELS[c.adjustmentType]) },
          { key: 'posts', label: m.posts, children: c.posts },
          { key: 'stage', label: m.stage, children: t(STAGE_LABELS[c.stage]) },
          { key: 'opened', label: m.opened, children: dayText(c.createdAt) },
          {
            key: 'quota',
            label: m.quota,
            children: format(m.quotaFigures, { approved: c.quotaApproved, filled: c.quotaFilled }),
          },
          ...(c.overQuota
            ? [
                {
                  key: 'over',
                  label: m.overQuota,
                  span: 'filled' as const,
                  children: c.quotaJustification,
                },
              ]
            : []),
          ...(c.importantPost
            ? [
                {
                  key: 'higher',
                  label: m.higher,
                  span: 'filled' as const,
                  children: format(m.higherFigures, {
                    reported: c.higherReportedOn ?? m.none,
                    approved: c.higherApprovedOn ?? m.pending,
                    reference: c.higherApprovalReference ?? m.none,
                  }),
                },
              ]
            : []),
          { key: 'analysis', label: m.analysis, span: 'filled', children: c.analysisNote },
        ]}
      />
      <h2>{m.candidates}</h2>
      <Table<Candidate>
        bordered
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.candidates}
        columns={[
          { key: 'name', title: m.name, render: (_, x) => x.cadre.name },
          { key: 'status', title: m.status, render: (_, x) => t(candidateStatusLabels[x.status]) },
          { key: 'pool', title: m.reservePool, render: (_, x) => (x.inReservePool ? m.yes : m.no) },
          {
            key: 'musts',
            title: m.fourMusts,
            render: (_, x) => format(m.fourMustsDone, { done: x.fourMusts.length }),
          },
          {
            key: 'inspection',
            title: m.inspection,
            render: (_, x) => x.evaluation?.conclusion ?? m.none,
          },
          {
            key: 'appointment',
            title: m.appointment,
            render: (_, x) =>
              x.appointment?.documentNumber
                ? `${x.appointment.documentNumber}（${x.appointment.effectiveOn ?? ''}）`
                : m.none,
          },
          {
            key: 'probation',
            title: m.probation,
            render: (_, x) =>
              x.probation?.result
                ? `${t(probationResultLabels[x.probation.result])}（${x.probation.concludedOn ?? ''}）`
                : m.none,
          },
        ]}
      />
    </>
  );
}
