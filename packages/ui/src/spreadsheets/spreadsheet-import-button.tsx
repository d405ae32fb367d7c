import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, type ButtonProps, Modal, Upload } from 'antd';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import type { SuccessData } from '../errors/server-error.ts';
import { useKitForm } from '../forms/use-kit-form.ts';
import { useLabel } from '../i18n/label.ts';
import { format } from '../i18n/messages.ts';
import { fileAsBase64 } from './download.ts';
import { useSpreadsheetMessages } from './messages.ts';

/** The server's default limit (core's `SPREADSHEET_MAX_BYTES`): larger files are refused here. */
const MAX_BYTES = 512 * 1024;

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SpreadsheetImportButtonProps<D, V extends AnyVariables, K extends keyof D> {
  /** A mutation that takes the file as base64 and selects `...ServerError`. */
  document: DocumentInput<D, V>;
  field: K;
  /** The mutation's variables around the chosen file (base64). */
  variables: (file: string) => V;
  /** How many rows the answer says were imported, for the success message. */
  count: (data: SuccessData<D[K]>) => number;
  onImported?: (data: SuccessData<D[K]>) => void;
  label?: string;
  maxBytes?: number;
  buttonProps?: ButtonProps;
}

/**
 * Picks an .xlsx and sends it through the mutation `field` of `document`. Imports are all or
 * nothing: a refused sheet shows every problem the server named (第3行“德”列：…) in a dialog,
 * and a success says how many rows came in. Too large a file is refused before it is sent.
 */
export function SpreadsheetImportButton<D, V extends AnyVariables, K extends keyof D>({
  document,
  field,
  variables,
  count,
  onImported,
  label,
  maxBytes = MAX_BYTES,
  buttonProps,
}: SpreadsheetImportButtonProps<D, V, K>) {
  const m = useSpreadsheetMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, run] = useMutation(document);
  const { errors, busy, once, idempotent } = useKitForm();
  const [local, setLocal] = useState<string | null>(null);

  const refusedHere = (file: File) =>
    !file.name.toLowerCase().endsWith('.xlsx')
      ? m.notXlsx
      : file.size > maxBytes
        ? format(m.tooLarge, { size: maxBytes / 1024 })
        : null;

  const send = once(async (file: File) => {
    errors.clear();
    setLocal(null);
    const refused = refusedHere(file);
    const base64 = refused ? null : await fileAsBase64(file).catch(() => null);
    if (base64 === null) {
      setLocal(refused ?? m.unreadable);
      return;
    }
    const data = errors.check(await run(variables(base64), idempotent()), field);
    if (!data) return;
    void message.success(format(m.imported, { count: count(data) }));
    onImported?.(data);
  });

  const refusal = errors.error;
  // A sheet's problems are the refusal's issues, one a line; any other refusal is its message.
  const problems = refusal?.fields.map((issue) => t(issue.message)) ?? [];
  const reason = refusal && problems.length === 0 ? t(refusal.message) : local;
  const close = () => {
    errors.clear();
    setLocal(null);
  };

  return (
    <>
      <Upload
        accept={XLSX_TYPES}
        showUploadList={false}
        maxCount={1}
        disabled={busy || buttonProps?.disabled}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} {...buttonProps}>
          {label ?? m.import}
        </Button>
      </Upload>
      <Modal
        open={problems.length > 0 || reason !== null}
        title={m.refusedTitle}
        onCancel={close}
        footer={<Button onClick={close}>{m.close}</Button>}
      >
        {problems.length > 0 ? (
          <Alert
            type="error"
            role="alert"
            title={m.fixAndRetry}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="error" role="alert" title={reason} />
        )}
      </Modal>
    </>
  );
}
