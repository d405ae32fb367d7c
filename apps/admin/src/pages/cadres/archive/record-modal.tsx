import { App, Form, Input } from 'antd';
import type { CombinedError } from 'urql';
import type { ServerErrors } from '@cadre/ui';
import { FormModal } from '../../common/form-modal.tsx';
import { useArchiveMessages } from './messages.ts';

/**
 * Corrections, lifts, revocations and removals take their reason as an argument `reason`, beside
 * an input that may have a `reason` of its own: the form names the former `revisionReason`.
 */
const REVISION_REASON = { reason: 'revisionReason' };

type Answer<D> = { data?: D | null; error?: CombinedError };

/** A dialog with a record's form; the reason of a change is the field `revisionReason`. */
export function RecordModal<V extends object>(
  props: Omit<Parameters<typeof FormModal<V>>[0], 'okText' | 'rename' | 'open'>,
) {
  const m = useArchiveMessages();
  return <FormModal<V> {...props} open okText={m.save} rename={REVISION_REASON} />;
}

/**
 * Reads a write's answer: on success says so, reloads the records and answers true; otherwise
 * the refusal is on the form, the values as typed.
 */
export function useRecordSaved(onChanged: () => void) {
  const m = useArchiveMessages();
  const { message } = App.useApp();
  return <D, K extends keyof D>(errors: ServerErrors, answer: Answer<D>, field: K): boolean => {
    if (errors.check(answer, field) === null) return false;
    void message.success(m.saved);
    onChanged();
    return true;
  };
}

/** Why a record is corrected, lifted, revoked or removed: kept with its former version. */
export function ReasonField({ label, required = true }: { label: string; required?: boolean }) {
  return (
    <Form.Item name="revisionReason" label={label} rules={[{ required }]}>
      <Input.TextArea rows={2} maxLength={200} />
    </Form.Item>
  );
}

/** Revoking or removing a record: a dialog asking only why. */
export function ReasonModal<D, K extends keyof D>({
  title,
  field,
  run,
  onClose,
  onChanged,
}: {
  title: string;
  field: K;
  run: (reason: string) => Promise<Answer<D>>;
  onClose: () => void;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const saved = useRecordSaved(onChanged);
  return (
    <RecordModal<{ revisionReason: string }>
      title={title}
      onClose={onClose}
      onSubmit={async (values, errors) => saved(errors, await run(values.revisionReason), field)}
    >
      <ReasonField label={m.revisionReason} />
    </RecordModal>
  );
}
