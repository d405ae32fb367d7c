import { Card, Form, Typography } from 'antd';
import { CadreSearch, StepForm, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { useMotionMessages } from './messages.ts';
import { NominateCandidateMutation } from './queries.ts';

/** 提出人选: a cadre in service becomes a candidate of the case (at the motion or recommendation). */
export function NominateForm({ caseId }: { caseId: string }) {
  const m = useMotionMessages();
  const { can } = useViewer();
  const [form] = Form.useForm<{ cadreId: string }>();
  const record = useRecord(NominateCandidateMutation, 'nominateSelectionCandidate', form);
  if (!can(P.record)) return null;
  const submit = async ({ cadreId }: { cadreId: string }) => {
    if (await record.submit({ caseId, cadreId })) form.resetFields();
  };
  return (
    <Card size="small" title={m.nominate}>
      <Typography.Paragraph type="secondary">{m.nominateIntro}</Typography.Paragraph>
      <StepForm<{ cadreId: string }>
        name="selection-nominate"
        layout="inline"
        form={form}
        errors={record.errors}
        busy={record.busy}
        submitText={m.addCandidate}
        onSubmit={submit}
      >
        <Form.Item name="cadreId" label={m.cadre} rules={[{ required: true }]}>
          <CadreSearch placeholder={m.cadreSearch} />
        </Form.Item>
      </StepForm>
    </Card>
  );
}
