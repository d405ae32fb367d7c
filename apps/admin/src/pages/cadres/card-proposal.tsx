import { App, Button, Form, Input, Select, Space } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { ServerErrorAlert, useServerErrors } from '@cadre/ui';
import {
  AppointmentFormQuery,
  type CardProposal,
  RecordCardPrintMutation,
  SaveAppointmentProposalMutation,
} from './card-query.ts';
import { useCardMessages } from './messages.ts';

// The 任免审批表's cells beyond the archive (拟任职务 … 行政机关任免意见): read for one case, written
// on the form itself. Loading the form and printing it are recorded on the server.

export const PROPOSAL_CELLS = [
  'proposedPost',
  'proposedRemoval',
  'reason',
  'reportingUnit',
  'approvalOpinion',
  'appointingOpinion',
] as const;
export type ProposalCell = (typeof PROPOSAL_CELLS)[number];
type Values = { input: Record<ProposalCell, string | null> };

/** The proposal of the case in `?case=` (the latest without it), and the writes of the form. */
export function useCardProposal(cadreId: string) {
  const m = useCardMessages();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const asked = params.get('case');
  // Every load is a recorded read of the card: never answered from the cache.
  const [{ data }, reload] = useQuery({
    query: AppointmentFormQuery,
    variables: { cadreId, caseId: asked },
    requestPolicy: 'network-only',
  });
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const [editing, setEditing] = useState(false);
  const [{ fetching: saving }, save] = useMutation(SaveAppointmentProposalMutation);
  const [, recordPrint] = useMutation(RecordCardPrintMutation);
  const proposal = data?.appointmentForm?.proposal ?? null;
  const caseId = proposal?.case.id ?? asked;

  const submit = async ({ input }: Values) => {
    if (!caseId) return;
    const saved = errors.check(await save({ cadreId, caseId, input }), 'saveAppointmentProposal');
    if (!saved) return;
    void message.success(m.saved);
    setEditing(false);
    reload({ requestPolicy: 'network-only' });
  };
  const print = async () => {
    if (errors.check(await recordPrint({ cadreId, caseId }), 'recordCardPrint') !== null)
      window.print();
  };
  const startEditing = () => {
    form.setFieldsValue({
      input: Object.fromEntries(
        PROPOSAL_CELLS.map((f) => [f, proposal?.[f] ?? '']),
      ) as Values['input'],
    });
    setEditing(true);
  };

  const cases = data?.appointmentForm?.proposals ?? [];
  const toolbar = (
    <>
      <Space className="card-toolbar" wrap>
        <Link to={`/cadres/${cadreId}`}>{m.back}</Link>
        {cases.length > 1 && (
          <Select
            aria-label={m.caseLabel}
            style={{ minWidth: 240 }}
            value={proposal?.case.id}
            options={cases.map((p) => ({ value: p.case.id, label: p.case.title }))}
            onChange={(value: string) => {
              setEditing(false);
              setParams({ case: value }, { replace: true });
            }}
          />
        )}
        {editing ? (
          <>
            <Button onClick={() => setEditing(false)}>{m.cancel}</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {m.save}
            </Button>
          </>
        ) : (
          <>
            <Button icon={<EditOutlined />} disabled={!caseId} onClick={startEditing}>
              {m.edit}
            </Button>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => void print()}>
              {m.print}
            </Button>
          </>
        )}
      </Space>
      {!caseId && data && <p className="card-hint">{m.noCase}</p>}
      <div className="card-toolbar-errors">
        <ServerErrorAlert errors={errors} />
      </div>
    </>
  );
  return { proposal, editing, form, submit, clear: errors.clear, toolbar };
}

/** One of the form's proposal cells: its text, or a text area while the form is edited. */
export function ProposalText({
  field,
  label,
  editing,
  proposal,
  fallback = '',
}: {
  field: ProposalCell;
  label: string;
  editing: boolean;
  proposal: CardProposal | null;
  fallback?: string;
}) {
  if (!editing) return <>{proposal?.[field] ?? fallback}</>;
  return (
    <Form.Item name={['input', field]} className="card-field">
      <Input.TextArea aria-label={label} placeholder={fallback} autoSize={{ minRows: 1 }} />
    </Form.Item>
  );
}
