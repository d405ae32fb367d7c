import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Form, Input, Skeleton } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import {
  graphql,
  ServerErrorAlert,
  type ServerErrors,
  usePageTitle,
  useServerErrors,
} from '@cadre/ui';
import { sessionToken, useSessionToken } from '../session/token.ts';
import { LanguageSwitch } from './header-bar.tsx';
import { CodeForm, type Credentials, type Enrollment, useRetry } from './login-parts.tsx';
import { useLoginMessages, useShellMessages } from './messages.ts';

const EnrollStep = lazy(() => import('./login-enrollment.tsx'));

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $code: String) {
    login(username: $username, password: $password, code: $code) {
      __typename
      ... on MutationLoginSuccess {
        data {
          token
          expiresAt
        }
      }
      ... on SecondFactorEnrollmentError {
        secret
        otpauthUri
        enrollmentToken
        expiresAt
      }
      ...ServerError
    }
  }
`);

/** Only paths of this app: never an address elsewhere (`//host`). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Where a sign-in stands: the password, then for administrators a code or the enrollment. */
type Step =
  | { kind: 'password' }
  | { kind: 'code'; credentials: Credentials }
  | { kind: 'enroll'; credentials: Credentials; enrollment: Enrollment };

/** What a sign-in attempt came to, short of a failure. */
type LoginAnswer =
  { kind: 'session'; token: string } | { kind: 'code' } | ({ kind: 'enroll' } & Enrollment);

type OnAnswer = (credentials: Credentials, answer: LoginAnswer) => void;

/**
 * Sends `login` and reads its answer: a session, the request for a code, or a secret to enroll.
 * Any other answer (the one failure of every kind, too many attempts) lands in `errors`.
 */
function useLogin(errors: ServerErrors) {
  const [{ fetching }, login] = useMutation(LoginMutation);
  const run = async (
    credentials: Credentials,
    code: string | null = null,
  ): Promise<LoginAnswer | null> => {
    const result = await login({ ...credentials, code });
    const answer = result.data?.login;
    if (answer?.__typename === 'SecondFactorRequiredError') {
      errors.clear();
      return { kind: 'code' };
    }
    if (answer?.__typename === 'SecondFactorEnrollmentError') {
      errors.clear();
      const { secret, otpauthUri, enrollmentToken, expiresAt } = answer;
      return { kind: 'enroll', secret, otpauthUri, enrollmentToken, expiresAt };
    }
    const session = errors.check(result, 'login');
    return session ? { kind: 'session', token: session.token } : null;
  };
  return { fetching, run };
}

export function LoginPage() {
  const m = useLoginMessages();
  const shell = useShellMessages();
  usePageTitle(m.title);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = useSessionToken();
  const [expired] = useState(() => params.get('reason') === 'expired');
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const next = safeNext(params.get('next'));

  if (token) return <Navigate to={next} replace />;

  const onAnswer: OnAnswer = (credentials, answer) => {
    if (answer.kind === 'enroll') setStep({ kind: 'enroll', credentials, enrollment: answer });
    else if (answer.kind === 'code') setStep({ kind: 'code', credentials });
    else {
      sessionToken.set(answer.token);
      navigate(next, { replace: true });
    }
  };
  const restart = () => setStep({ kind: 'password' });

  return (
    <main className="login">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className={step.kind === 'enroll' ? 'login-card login-card-wide' : 'login-card'}>
        <div className="login-brand">
          <span className="shell-brand-mark" aria-hidden>
            干
          </span>
          <div>
            <h1>{shell.product}</h1>
            <p>{shell.productSub}</p>
          </div>
        </div>
        {step.kind === 'password' && <PasswordStep expired={expired} onAnswer={onAnswer} />}
        {step.kind === 'code' && (
          <CodeStep credentials={step.credentials} onAnswer={onAnswer} onBack={restart} />
        )}
        {step.kind === 'enroll' && (
          <Suspense fallback={<Skeleton active />}>
            <EnrollStep
              // A new secret (after going back and signing in again) starts a fresh form.
              key={step.enrollment.enrollmentToken}
              credentials={step.credentials}
              enrollment={step.enrollment}
              onSignedIn={(session) => onAnswer(step.credentials, session)}
              onBack={restart}
            />
          </Suspense>
        )}
      </Card>
    </main>
  );
}

function PasswordStep({ expired, onAnswer }: { expired: boolean; onAnswer: OnAnswer }) {
  const m = useLoginMessages();
  const [form] = Form.useForm<Credentials>();
  const errors = useServerErrors(form);
  const { fetching, run } = useLogin(errors);

  const submit = async (credentials: Credentials) => {
    const answer = await run(credentials);
    if (answer) onAnswer(credentials, answer);
  };

  return (
    <>
      {expired && !errors.message && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={m.expired}
          style={{ marginBottom: 16 }}
        />
      )}
      <ServerErrorAlert errors={errors} />
      <Form<Credentials> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="username"
          label={m.username}
          rules={[{ required: true, message: m.usernameRequired }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            autoComplete="username"
            autoFocus
            size="large"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={m.password}
          rules={[{ required: true, message: m.passwordRequired }]}
        >
          <Input.Password
            prefix={<LockOutlined aria-hidden />}
            autoComplete="current-password"
            size="large"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
          {m.submit}
        </Button>
      </Form>
    </>
  );
}

function CodeStep({
  credentials,
  onAnswer,
  onBack,
}: {
  credentials: Credentials;
  onAnswer: OnAnswer;
  onBack(): void;
}) {
  const m = useLoginMessages();
  const [form] = Form.useForm<{ code: string }>();
  const errors = useServerErrors(form);
  const { fetching, run } = useLogin(errors);
  const { inputRef, retry } = useRetry(form);

  const submit = async ({ code }: { code: string }) => {
    const answer = await run(credentials, code);
    if (answer) onAnswer(credentials, answer);
    else retry();
  };

  return (
    <section aria-labelledby="login-code-title">
      <h2 id="login-code-title" className="login-step-title">
        {m.codeTitle}
      </h2>
      <p className="login-step-intro">{m.codeIntro}</p>
      <ServerErrorAlert errors={errors} />
      <CodeForm
        form={form}
        label={m.code}
        submitLabel={m.verify}
        onSubmit={submit}
        fetching={fetching}
        inputRef={inputRef}
        onBack={onBack}
      />
    </section>
  );
}
