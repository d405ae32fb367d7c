import { Card, DatePicker, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
import { RecordDialogButton } from '../../../common/record-dialog-button.tsx';
import { StepForm } from '../../../common/step-form.tsx';
import { useRecord } from '../../../common/use-record.ts';
import { type DeliberationCase, RecordReportMutation, VerifyReportMutation } from './queries.ts';
import { CandidateSelect } from '../candidate-select.tsx';
import { candidateOf, candidatesIn } from '../step-props.ts';
import { useDeliberationMessages } from './messages.ts';

type Report = DeliberationCase['reports'][number];

interface ReportValues {
  candidateId?: string;
  receivedOn: Dayjs;
  summary: string;
}

interface VerifyValues {
  verification: string;
  verifiedOn: Dayjs;
}

/** 审查核实: what verifying a report found. */
function VerifyButton({ report }: { report: Report }) {
  const m = useDeliberationMessages();
  return (
    <RecordDialogButton
      name={`selection-verify-${report.id}`}
      label={m.verify}
      document={VerifyReportMutation}
      field="verifyDeliberationReport"
      variables={({ verification, verifiedOn }: VerifyValues) => ({
        reportId: report.id,
        input: { verification, verifiedOn: dayOf(verifiedOn) },
      })}
    >
      <Form.Item name="verification" label={m.verification} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
      <Form.Item
        name="verifiedOn"
        label={m.verifiedOn}
        rules={[{ required: true }]}
        initialValue={dayjs()}
      >
        <DatePicker />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 情况反映 received before the meeting and their verification. */
export function Reports({
  selectionCase: c,
  open,
}: {
  selectionCase: DeliberationCase;
  open: boolean;
}) {
  const m = useDeliberationMessages();
  const { can } = useViewer();
  const editing = open && can(P.record);
  const [form] = Form.useForm<ReportValues>();
  const record = useRecord(RecordReportMutation, 'recordDeliberationReport', form);
  const submit = async ({ receivedOn, candidateId, summary }: ReportValues) => {
    const saved = await record.submit({
      caseId: c.id,
      input: { summary, candidateId: candidateId ?? null, receivedOn: dayOf(receivedOn) },
    });
    if (saved) form.resetFields();
  };

  return (
    <Card size="small" title={m.reports}>
      <Typography.Paragraph type="secondary">{m.reportsIntro}</Typography.Paragraph>
      <List
        size="small"
        dataSource={c.reports}
        locale={{ emptyText: m.noReports }}
        renderItem={(r) => (
          <List.Item extra={editing && !r.verified && <VerifyButton report={r} />}>
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span>{candidateOf(c, r.candidate?.id)?.cadre.name ?? m.aboutCase}</span>
                  <Typography.Text type="secondary">{r.receivedOn}</Typography.Text>
                  <Tag color={r.verified ? 'success' : 'warning'}>
                    {r.verified ? m.verified : m.unverified}
                  </Tag>
                </Space>
              }
              description={
                <>
                  <div>{r.summary}</div>
                  {r.verification && (
                    <Typography.Text type="secondary">
                      {r.verifiedOn}：{r.verification}
                    </Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {editing && (
        <StepForm<ReportValues>
          name="selection-report"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveReport}
          onSubmit={submit}
          initialValues={{ receivedOn: dayjs() }}
        >
          <Form.Item name="candidateId" label={m.about}>
            <CandidateSelect
              candidates={candidatesIn(c, ['LISTED'])}
              placeholder={m.aboutCase}
              allowClear
            />
          </Form.Item>
          <Form.Item name="summary" label={m.summary} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="receivedOn" label={m.receivedOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </StepForm>
      )}
    </Card>
  );
}
