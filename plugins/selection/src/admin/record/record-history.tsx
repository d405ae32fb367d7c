import { Table } from 'antd';
import { format, labelOf, useLabel } from '@cadre/ui';
import { dateTimeText } from '../common/dates.ts';
import { severityLabels } from '../labels.ts';
import { useRecordMessages } from './messages.ts';
import type { CaseRecord } from './queries.ts';

type Entry = CaseRecord['workflowCase']['history'][number];

/** Every step in order (who, when, why, on what documents) and the integrity checks. */
export function RecordHistory({ record: c }: { record: CaseRecord }) {
  const m = useRecordMessages();
  const t = useLabel();
  // Read only with core.case.read; without it the section says there is none to show.
  const checks = c.workflowCase.integrityChecks ?? [];
  const nameOf = (cadreId: string) =>
    c.candidates.find((x) => x.cadre.id === cadreId)?.cadre.name ?? '';
  return (
    <>
      <h2>{m.steps}</h2>
      <Table<Entry>
        bordered
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.workflowCase.history}
        columns={[
          { key: 'at', title: m.at, width: 150, render: (_, e) => dateTimeText(e.at) },
          { key: 'step', title: m.step, dataIndex: 'label' },
          {
            key: 'change',
            title: m.change,
            render: (_, e) => `${e.fromStateLabel ?? ''} → ${e.toStateLabel}`,
          },
          { key: 'actor', title: m.actor, dataIndex: 'actorName' },
          {
            key: 'reason',
            title: m.reason,
            render: (_, e) =>
              [e.reason, ...e.attachments.map((a) => `${a.name}：${a.reference}`)]
                .filter(Boolean)
                .join('；'),
          },
        ]}
      />
      <h2>{m.integrity}</h2>
      {checks.length === 0 && <p>{m.none}</p>}
      {checks.map((check) => (
        <div key={check.checkedAt}>
          <p>
            {format(m.checkLine, {
              time: dateTimeText(check.checkedAt),
              result: check.blocking ? m.blocking : m.clear,
              sources: check.sourcesConsultedTitles.join('、'),
            })}
          </p>
          <ul>
            {check.findings.map((f, index) => (
              <li key={`${f.cadre.id}-${index}`}>
                {nameOf(f.cadre.id)}：{t(severityLabels[f.severity])}，{f.sourceTitle}，
                {t(labelOf(f.reasonZh, f.reasonEn))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
