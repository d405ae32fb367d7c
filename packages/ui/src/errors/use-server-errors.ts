import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import { useLabel } from '../i18n/label.ts';
import { mutationOutcome, type ServerError, type SuccessData } from './server-error.ts';

const NONE: Readonly<Record<string, string>> = {};

const isTextField = (element: Element | null) =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

export interface ServerErrors {
  /**
   * The success data of `field`, or null after putting the error on the form: each issue under
   * its field (the typed values stay as they are) and the whole message in `message`.
   */
  check<D, K extends keyof D>(
    result: { data?: D | null; error?: CombinedError },
    field: K,
  ): SuccessData<D[K]> | null;
  error: ServerError | null;
  /** The error in the current language, for an `Alert`. */
  message: string | null;
  clear(): void;
  /** Where `<ServerErrorAlert>` is: a refusal that names no field of the form is focused there. */
  alertRef: RefObject<HTMLDivElement | null>;
}

/**
 * One place where pages turn a mutation's answer into messages on an antd `Form`. `rename` puts
 * the issues of a server path under another form field, where an argument and an input field
 * share a name: `{ reason: 'revisionReason' }` keeps `reason` apart from `input.reason`.
 */
export function useServerErrors(
  form?: FormInstance,
  rename: Readonly<Record<string, string>> = NONE,
): ServerErrors {
  const t = useLabel();
  const [error, setError] = useState<ServerError | null>(null);
  const alertRef = useRef<HTMLDivElement | null>(null);
  const firstField = useRef<(string | number)[] | null>(null);
  const check = useCallback(
    <D, K extends keyof D>(result: { data?: D | null; error?: CombinedError }, field: K) => {
      const outcome = mutationOutcome(result, field);
      if (outcome.ok) {
        setError(null);
        return outcome.data;
      }
      setError(outcome.error);
      // One field may fail several rules: all its messages go under it.
      const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
      for (const issue of outcome.error.fields) {
        const name = rename[issue.path]?.split('.') ?? issue.name;
        const key = name.join('.');
        const entry = byField.get(key) ?? { name, errors: [] };
        entry.errors.push(t(issue.message));
        byField.set(key, entry);
      }
      const fields = [...byField.values()];
      form?.setFields(fields);
      firstField.current = fields.find((f) => form?.getFieldInstance(f.name))?.name ?? null;
      return null;
    },
    [form, rename, t],
  );
  // The submit button is often far from the alert and the fields (a long drawer): bring the
  // refusal into view and focus it, so that a refused submit never looks like nothing happened.
  useEffect(() => {
    if (!error) return;
    if (form && firstField.current) {
      form.scrollToField(firstField.current, { block: 'center', focus: true });
      return;
    }
    alertRef.current?.scrollIntoView({ block: 'nearest' });
    // A page that put the cursor back in a field (a code to type again) keeps it there.
    if (!isTextField(document.activeElement)) alertRef.current?.focus();
  }, [error, form]);
  const clear = useCallback(() => setError(null), []);
  return { check, error, message: error ? t(error.message) : null, clear, alertRef };
}
