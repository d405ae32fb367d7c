import { DatePicker, Form, Input } from 'antd';
import { RecordDialogButton, RecordList, StepForm, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { type Dayjs, dayjs, dayOf } from '../../../common/dates.ts';
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
    <RecordList
      title={m.reports}
      intro={m.reportsIntro}
      records={c.reports}
      empty={m.noReports}
      row={(r) => ({
        subject: candidateOf(c, r.candidate?.id)?.cadre.name ?? m.aboutCase,
        meta: r.receivedOn,
        tags: [
          {
            color: r.verified ? 'success' : 'warning',
            label: r.verified ? m.verified : m.unverified,
          },
        ],
        text: r.summary,
        followUp: r.verification ? { text: r.verification, on: r.verifiedOn } : null,
        action: editing && !r.verified && <VerifyButton report={r} />,
      })}
    >
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
    </RecordList>
  );
}
