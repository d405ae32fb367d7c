import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql, ServerErrorAlert, usePageTitle, useServerErrors } from '@cadre/ui';
import { sessionToken, useSessionToken } from '../session/token.ts';
import { LanguageSwitch } from './header-bar.tsx';
import { useLoginMessages, useShellMessages } from './messages.ts';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ... on MutationLoginSuccess {
        data {
          token
          expiresAt
        }
      }
      ...ServerError
    }
  }
`);

/** Only paths of this app: never an address elsewhere (`//host`). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const m = useLoginMessages();
  const shell = useShellMessages();
  usePageTitle(m.title);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = useSessionToken();
  const [form] = Form.useForm<Credentials>();
  const errors = useServerErrors(form);
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [expired] = useState(() => params.get('reason') === 'expired');
  const next = safeNext(params.get('next'));

  if (token) return <Navigate to={next} replace />;

  const submit = async (values: Credentials) => {
    const data = errors.check(await login(values), 'login');
    if (!data) return;
    sessionToken.set(data.token);
    navigate(next, { replace: true });
  };

  return (
    <main className="login">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <div className="login-brand">
          <span className="shell-brand-mark" aria-hidden>
            干
          </span>
          <div>
            <h1>{shell.product}</h1>
            <p>{shell.productSub}</p>
          </div>
        </div>
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
      </Card>
    </main>
  );
}
