import { DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { format, RecordDialogButton, type Schema, useLabel } from '@cadre/ui';
import { CONSEQUENCE_LABELS } from '../../../rules.ts';
import { useConclusionMessages } from './messages.ts';
import { ActOnConsequenceMutation, type Consequence } from './queries.ts';

/** The kinds granted as a reward in the archive (嘉奖, 记三等功); the others are done with a note. */
const REWARDED: ReadonlySet<Schema.ConsequenceKind> = new Set([
  'COMMENDATION',
  'MERIT_THIRD_CLASS',
]);

interface GrantValues {
  decisionDate: Dayjs;
  issuingBody: string;
  documentNumber?: string;
}

/**
 * Acting on a pending consequence, once: grant a commendation or merit (it goes into the cadre's
 * archive), mark another done with a note, or dismiss it with the reason.
 */
export function ConsequenceActions({ consequence: c }: { consequence: Consequence }) {
  const m = useConclusionMessages();
  const t = useLabel();
  const kind = t(CONSEQUENCE_LABELS[c.kind]);
  const whom = c.cadre?.name ?? c.unit?.name ?? '';
  return (
    <Space orientation="vertical" size={4}>
      {REWARDED.has(c.kind) ? (
        <RecordDialogButton
          name={`assessment-grant-${c.id}`}
          label={m.grant}
          title={format(m.grantTitle, { kind, name: whom })}
          buttonProps={{ type: 'primary' }}
          document={ActOnConsequenceMutation}
          field="actOnAssessmentConsequence"
          variables={(v: GrantValues) => ({
            id: c.id,
            action: 'GRANT' as const,
            reward: {
              decisionDate: v.decisionDate.format('YYYY-MM-DD'),
              issuingBody: v.issuingBody,
              documentNumber: v.documentNumber || null,
            },
          })}
        >
          <Form.Item
            name="decisionDate"
            label={m.decisionDate}
            initialValue={dayjs()}
            rules={[{ required: true, message: m.decisionDate }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="issuingBody"
            label={m.issuingBody}
            rules={[{ required: true, whitespace: true, message: m.issuingBody }]}
          >
            <Input placeholder={m.issuingBodyHint} maxLength={60} />
          </Form.Item>
          <Form.Item name="documentNumber" label={m.documentNumber}>
            <Input maxLength={60} />
          </Form.Item>
        </RecordDialogButton>
      ) : (
        <RecordDialogButton
          name={`assessment-done-${c.id}`}
          label={m.done}
          title={format(m.doneTitle, { kind })}
          buttonProps={{ type: 'primary' }}
          document={ActOnConsequenceMutation}
          field="actOnAssessmentConsequence"
          variables={({ note }: { note: string }) => ({ id: c.id, action: 'DONE' as const, note })}
        >
          <Form.Item
            name="note"
            label={m.doneNote}
            rules={[{ required: true, whitespace: true, message: m.doneNote }]}
          >
            <Input.TextArea rows={3} maxLength={500} autoFocus />
          </Form.Item>
        </RecordDialogButton>
      )}
      <RecordDialogButton
        name={`assessment-dismiss-${c.id}`}
        label={m.dismiss}
        title={format(m.dismissTitle, { kind })}
        document={ActOnConsequenceMutation}
        field="actOnAssessmentConsequence"
        variables={({ note }: { note: string }) => ({ id: c.id, action: 'DISMISS' as const, note })}
      >
        <Form.Item
          name="note"
          label={m.dismissReason}
          rules={[{ required: true, whitespace: true, message: m.dismissReason }]}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </RecordDialogButton>
    </Space>
  );
}
