import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import type { SuccessData } from '../errors/server-error.ts';
import type { ServerErrors } from '../errors/use-server-errors.ts';
import { useKitForm } from '../forms/use-kit-form.ts';
import { useStepMessages } from './messages.ts';

export interface Recorder<D, V, K extends keyof D> {
  /**
   * Sends the mutation once (a submit while it runs does nothing and answers undefined) with the
   * form's idempotency key; the success data, or null with the refusal on the form.
   */
  submit(variables: V): Promise<SuccessData<D[K]> | null | undefined>;
  busy: boolean;
  errors: ServerErrors;
}

/**
 * One record of a step (a round, a plan, a vote …): sends the mutation `field` of `document`,
 * says so when it is saved, and puts a refusal on `form` with the values left as typed. A
 * mutation that answers the record's owner (the case) lets urql reload the open page by itself.
 */
export function useRecord<D, V extends AnyVariables, K extends keyof D>(
  document: DocumentInput<D, V>,
  field: K,
  form?: FormInstance,
): Recorder<D, V, K> {
  const m = useStepMessages();
  const { message } = App.useApp();
  const [, run] = useMutation(document);
  const { errors, busy, once, idempotent } = useKitForm(form);
  const { check } = errors;
  const send = useCallback(
    async (variables: V) => {
      const data = check(await run(variables, idempotent()), field);
      if (data) void message.success(m.saved);
      return data;
    },
    [check, run, idempotent, field, message, m.saved],
  );
  return { submit: once(send), busy, errors };
}
