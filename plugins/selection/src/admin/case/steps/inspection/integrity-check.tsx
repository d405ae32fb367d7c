import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { format, labelOf, ServerErrorAlert, useLabel, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { dateTimeText } from '../../../common/dates.ts';
import { severityColors, severityLabels } from '../../../labels.ts';
import { type InspectionCase, RunIntegrityCheckMutation } from './queries.ts';
import { useStepsMessages } from '../messages.ts';
import { useInspectionMessages } from './messages.ts';

type Check = NonNullable<InspectionCase['workflowCase']['integrityChecks']>[number];
type Finding = Check['findings'][number];

/**
 * 廉洁与档案核查 (带病提拔 prevention): core asks the archive and every plugin enabled in the
 * district about the candidates listed for inspection, and says which sources it consulted.
 */
export function IntegrityCheck({
  selectionCase: c,
  open,
}: {
  selectionCase: InspectionCase;
  open: boolean;
}) {
  const m = useInspectionMessages();
  const steps = useStepsMessages();
  const t = useLabel();
  const { can } = useViewer();
  const record = useRecord(RunIntegrityCheckMutation, 'runSelectionIntegrityCheck');
  const checks = c.workflowCase.integrityChecks;
  const latest = checks?.at(-1);
  const nameOf = (cadreId: string) =>
    c.candidates.find((candidate) => candidate.cadre.id === cadreId)?.cadre.name ?? '';

  return (
    <Card
      size="small"
      title={m.integrity}
      extra={
        open &&
        can(P.record) && (
          <Button loading={record.busy} onClick={() => void record.submit({ caseId: c.id })}>
            {m.runCheck}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{m.integrityIntro}</Typography.Paragraph>
      <ServerErrorAlert errors={record.errors} />
      {!latest ? (
        <Typography.Text type="secondary">{m.noCheck}</Typography.Text>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color={latest.blocking ? 'error' : 'success'}>
              {latest.blocking ? m.blocking : m.clear}
            </Tag>
            {!latest.complete && <Tag color="warning">{m.incomplete}</Tag>}
            <Typography.Text type="secondary">
              {format(m.checkedAt, { time: dateTimeText(latest.checkedAt) })}
            </Typography.Text>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {format(m.consulted, { sources: latest.sourcesConsultedTitles.join('、') })}
            {latest.sourcesNotConsultedTitles.length > 0 &&
              `；${format(m.notConsulted, { sources: latest.sourcesNotConsultedTitles.join('、') })}`}
          </Typography.Paragraph>
          <Table<Finding>
            size="small"
            rowKey={(f) => `${f.cadre.id}-${f.code}`}
            pagination={false}
            dataSource={latest.findings}
            locale={{ emptyText: m.noFindings }}
            columns={[
              { key: 'cadre', title: steps.candidate, render: (_, f) => nameOf(f.cadre.id) },
              {
                key: 'severity',
                title: m.severity,
                render: (_, f) => (
                  <Tag color={severityColors[f.severity]}>{t(severityLabels[f.severity])}</Tag>
                ),
              },
              { key: 'source', title: m.source, dataIndex: 'sourceTitle' },
              {
                key: 'finding',
                title: m.finding,
                render: (_, f) => t(labelOf(f.reasonZh, f.reasonEn)),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
