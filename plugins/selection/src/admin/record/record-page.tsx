import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CaseMissing, usePageTitle, useViewer } from '@cadre/ui';
import { caseIdOf } from '../common/case-id.ts';
import { useCommonMessages } from '../common/messages.ts';
import { CORE_CASE_READ } from '../permissions.ts';
import { useRecordMessages } from './messages.ts';
import { SelectionRecordQuery } from './queries.ts';
import { RecordFacts } from './record-facts.tsx';
import { RecordHistory } from './record-history.tsx';
import { RecordSteps } from './record-steps.tsx';
import './record.css';

/**
 * 全程纪实表: the case's record on one sheet, for accountability (责任追究) — the motion, the
 * candidates, each step's records, every step taken, the integrity checks. Prints on its own
 * (the menu and header stay off the paper).
 */
export default function RecordPage() {
  const m = useRecordMessages();
  const common = useCommonMessages();
  const id = caseIdOf(useParams().id ?? '');
  const { can } = useViewer();
  const [result] = useQuery({
    query: SelectionRecordQuery,
    variables: { id, checks: can(CORE_CASE_READ) },
  });
  const record = result.data?.selectionCase;
  usePageTitle(record ? `${m.title} · ${record.title}` : m.title);

  if (!record) return <CaseMissing result={result} texts={common} to="/selection/cases" />;
  return (
    <>
      <Space className="selection-record-toolbar" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {m.print}
        </Button>
        <Link to={`/selection/cases/${record.id}`}>{m.back}</Link>
      </Space>
      <article className="selection-record">
        <h1>{m.title}</h1>
        <RecordFacts record={record} />
        <RecordSteps record={record} />
        <RecordHistory record={record} />
      </article>
    </>
  );
}
