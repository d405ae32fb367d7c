import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { FormInstance, FormProps } from 'antd';
import type { CombinedError } from 'urql';
import { type ServerErrors, useServerErrors } from '../errors/use-server-errors.ts';
import { idempotent, type IdempotentContext, newIdempotencyKey } from './idempotency.ts';

/** A field that fails a rule is scrolled to the middle of its scroll area and focused. */
export const SCROLL_TO_FIRST_ERROR = { block: 'center', focus: true } as const;

/** Controls whose Enter means "take this date / option": it must not submit the form around them. */
const PICKERS = '.ant-picker, .ant-select, .ant-cascader, [role="combobox"]';

/**
 * `onKeyDown` of a form: Enter in a picker confirms the date or the option and nothing more (the
 * browser would also submit the form). Enter in a text field still submits.
 */
export function keepEnterInPickers(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Enter' && (event.target as Element).closest(PICKERS)) event.preventDefault();
}

/** A request that got no answer: retried, it must keep its idempotency key. */
const unanswered = (result: { data?: unknown; error?: CombinedError }) =>
  !result.data && !!result.error && result.error.graphQLErrors.length === 0;

export interface KitForm<V> {
  /** Spread on the antd `<Form>`: scroll to and focus the first wrong field, Enter in pickers. */
  formProps: Pick<FormProps<V>, 'form' | 'scrollToFirstError' | 'onKeyDown' | 'onValuesChange'>;
  /** Server errors on this form (`check` also starts a new submission after an answer). */
  errors: ServerErrors;
  /** A submission is running: disable or show loading on the submit button. */
  busy: boolean;
  /** Wraps `onFinish`: a submit while one is running does nothing (and answers undefined). */
  once<A extends unknown[], R>(
    submit: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R | undefined>;
  /** The context of the form's create mutation: `create(variables, kit.idempotent())`. */
  idempotent(): IdempotentContext;
  /** The form was opened again: a new submission, no error shown. */
  reset(): void;
}

/**
 * One form of the admin UI: what every page inherits so that errors are never out of view and a
 * form writes once. The idempotency key is kept while the same values are submitted again
 * without an answer (a retry) and renewed when the values change or an answer arrives.
 *
 *   const [form] = Form.useForm<Values>();
 *   const kit = useKitForm(form);
 *   const save = async (values: Values) => {
 *     const created = kit.errors.check(await create({ input: values }, kit.idempotent()), 'createX');
 *   };
 *   <ServerErrorAlert errors={kit.errors} />
 *   <Form {...kit.formProps} onFinish={kit.once(save)}>…
 *     <Button htmlType="submit" loading={kit.busy}>…</Button>
 *   </Form>
 */
export function useKitForm<V>(
  form?: FormInstance<V>,
  rename?: Readonly<Record<string, string>>,
): KitForm<V> {
  const serverErrors = useServerErrors(form, rename);
  const key = useRef<string | null>(null);
  const pending = useRef(false);
  const [busy, setBusy] = useState(false);
  const renew = useCallback(() => {
    key.current = null;
  }, []);
  const { check: checkAnswer, clear } = serverErrors;
  const check = useCallback<ServerErrors['check']>(
    (result, field) => {
      if (!unanswered(result)) renew();
      return checkAnswer(result, field);
    },
    [checkAnswer, renew],
  );
  const once = useCallback(
    <A extends unknown[], R>(submit: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        if (pending.current) return undefined;
        pending.current = true;
        setBusy(true);
        try {
          return await submit(...args);
        } finally {
          pending.current = false;
          setBusy(false);
        }
      },
    [],
  );
  const idempotentContext = useCallback(
    () => idempotent((key.current ??= newIdempotencyKey())),
    [],
  );
  const reset = useCallback(() => {
    renew();
    clear();
  }, [renew, clear]);
  const formProps = useMemo(
    () => ({
      form,
      scrollToFirstError: SCROLL_TO_FIRST_ERROR,
      onKeyDown: keepEnterInPickers,
      onValuesChange: renew,
    }),
    [form, renew],
  );
  return {
    formProps,
    errors: { ...serverErrors, check },
    busy,
    once,
    idempotent: idempotentContext,
    reset,
  };
}
