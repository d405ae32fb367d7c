// The parts of signing in that the code step and the (lazily loaded) enrollment share.
import { type Ref, useRef } from 'react';
import { Button, Form, type FormInstance, Input, type InputRef } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useLoginMessages } from './messages.ts';

export interface Credentials {
  username: string;
  password: string;
}

/** What the server gave an administrator without a second factor: shown once, then confirmed. */
export interface Enrollment {
  secret: string;
  otpauthUri: string;
  enrollmentToken: string;
  expiresAt: string;
}

/** Keeps the digits of what was typed or pasted (`123 456` → `123456`), six at most. */
const digitsOnly = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\D/g, '').slice(0, 6) : value;

/** The 6-digit code field: focused when it appears; Enter submits its form. */
export function CodeField({ label, inputRef }: { label: string; inputRef: Ref<InputRef> }) {
  const m = useLoginMessages();
  return (
    <Form.Item
      name="code"
      label={label}
      normalize={digitsOnly}
      rules={[{ required: true, pattern: /^\d{6}$/, message: m.codeRequired }]}
    >
      <Input
        ref={inputRef}
        prefix={<SafetyOutlined aria-hidden />}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        autoFocus
        size="large"
        className="login-code"
      />
    </Form.Item>
  );
}

/** The form of both code steps: the field, its button, and the way back to the password. */
export function CodeForm({
  form,
  label,
  submitLabel,
  onSubmit,
  fetching,
  inputRef,
  onBack,
}: {
  form: FormInstance<{ code: string }>;
  label: string;
  submitLabel: string;
  onSubmit: (values: { code: string }) => unknown;
  fetching: boolean;
  inputRef: Ref<InputRef>;
  onBack: () => void;
}) {
  const m = useLoginMessages();
  return (
    <>
      <Form<{ code: string }>
        form={form}
        layout="vertical"
        onFinish={onSubmit}
        requiredMark={false}
      >
        <CodeField label={label} inputRef={inputRef} />
        <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
          {submitLabel}
        </Button>
      </Form>
      <Button type="link" block onClick={onBack} className="login-back">
        {m.back}
      </Button>
    </>
  );
}

/** After a refused code: the field emptied and focused for the next one. */
export function useRetry(form: FormInstance<{ code: string }>) {
  const inputRef = useRef<InputRef>(null);
  const retry = () => {
    form.setFieldValue('code', '');
    inputRef.current?.focus();
  };
  return { inputRef, retry };
}
