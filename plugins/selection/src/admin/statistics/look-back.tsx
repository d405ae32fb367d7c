import { Alert, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { labelOf, useLabel } from '@cadre/ui';
import { useStatisticsMessages } from './messages.ts';
import type { LookBackLine } from './queries.ts';

/** 带病提拔回头看: promoted cadres about whom the integrity check now finds something blocking. */
export function LookBack({ lines }: { lines: readonly LookBackLine[] }) {
  const m = useStatisticsMessages();
  const t = useLabel();
  if (lines.length === 0) return <Alert type="success" showIcon title={m.lookBackClear} />;
  return (
    <Table<LookBackLine>
      size="small"
      rowKey={(line) => `${line.cadre.id}-${line.selectionCase.id}`}
      pagination={false}
      dataSource={[...lines]}
      columns={[
        {
          key: 'cadre',
          title: m.cadre,
          render: (_, line) => <Link to={`/cadres/${line.cadre.id}`}>{line.cadre.name}</Link>,
        },
        { key: 'unit', title: m.unit, render: (_, line) => line.cadre.unit.name },
        {
          key: 'case',
          title: m.caseTitle,
          render: (_, line) => (
            <Link to={`/selection/cases/${line.selectionCase.id}`}>{line.selectionCase.title}</Link>
          ),
        },
        { key: 'appointed', title: m.appointedOn, dataIndex: 'appointedOn' },
        {
          key: 'findings',
          title: m.findings,
          render: (_, line) =>
            line.findings.map((f) => (
              <div key={f.code}>
                <Tag color="error">{f.source}</Tag>
                {t(labelOf(f.reasonZh, f.reasonEn))}
              </div>
            )),
        },
      ]}
    />
  );
}
