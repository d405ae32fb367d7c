import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import { type ServerErrors, type SuccessData, useServerErrors } from '@cadre/ui';
import { useCommonMessages } from './messages.ts';

export interface Recorder<D, V, K extends keyof D> {
  /** Sends the mutation; the success data, or null with the refusal on the form. */
  submit(variables: V): Promise<SuccessData<D[K]> | null>;
  busy: boolean;
  errors: ServerErrors;
}

/**
 * One record of a case (a round, a plan, a vote …): sends the mutation `field` of `document`,
 * says so when it is saved, and puts a refusal on `form` with the values left as typed. Every
 * such mutation answers the case, so the open case page reloads by itself.
 */
export function useRecord<D, V extends AnyVariables, K extends keyof D>(
  document: DocumentInput<D, V>,
  field: K,
  form?: FormInstance,
): Recorder<D, V, K> {
  const m = useCommonMessages();
  const { message } = App.useApp();
  const [{ fetching }, run] = useMutation(document);
  const errors = useServerErrors(form);
  const { check } = errors;
  const submit = useCallback(
    async (variables: V) => {
      const data = check(await run(variables), field);
      if (data) void message.success(m.saved);
      return data;
    },
    [check, run, field, message, m.saved],
  );
  return { submit, busy: fetching, errors };
}
