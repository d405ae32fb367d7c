import { Form, QRCode, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import { format, graphql, ServerErrorAlert, useServerErrors } from '@cadre/ui';
import { CodeForm, type Credentials, type Enrollment, useRetry } from './login-parts.tsx';
import { useLoginMessages } from './messages.ts';

const ConfirmSecondFactorMutation = graphql(`
  mutation ConfirmSecondFactor($username: String!, $enrollmentToken: String!, $code: String!) {
    confirmSecondFactor(username: $username, enrollmentToken: $enrollmentToken, code: $code) {
      ... on MutationConfirmSecondFactorSuccess {
        data {
          token
          expiresAt
        }
      }
      ...ServerError
    }
  }
`);

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read out and type. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * The first sign-in of an administrator without a second factor: the new secret as a QR code,
 * as text and as its link, then the first code of the authenticator app, which starts the session.
 * Its own chunk: the QR code is drawn once per administrator, never on an ordinary sign-in.
 */
export default function EnrollStep({
  credentials,
  enrollment,
  onSignedIn,
  onBack,
}: {
  credentials: Credentials;
  enrollment: Enrollment;
  onSignedIn(session: { kind: 'session'; token: string }): void;
  onBack(): void;
}) {
  const m = useLoginMessages();
  const [form] = Form.useForm<{ code: string }>();
  const errors = useServerErrors(form);
  const [{ fetching }, confirm] = useMutation(ConfirmSecondFactorMutation);
  const { inputRef, retry } = useRetry(form);

  const submit = async ({ code }: { code: string }) => {
    const session = errors.check(
      await confirm({
        username: credentials.username,
        enrollmentToken: enrollment.enrollmentToken,
        code,
      }),
      'confirmSecondFactor',
    );
    if (session) onSignedIn({ kind: 'session', token: session.token });
    else retry();
  };

  return (
    <section aria-labelledby="login-enroll-title">
      <h2 id="login-enroll-title" className="login-step-title">
        {m.enrollTitle}
      </h2>
      <div className="login-enroll">
        <div role="img" aria-label={m.qrCode} className="login-qr">
          <QRCode value={enrollment.otpauthUri} size={160} type="svg" bordered={false} />
        </div>
        <p className="login-step-intro">{m.enrollIntro}</p>
      </div>
      <dl className="login-enroll-facts">
        <dt>{m.secret}</dt>
        <dd>
          <Typography.Text code copyable={{ text: enrollment.secret }} className="login-secret">
            {groupSecret(enrollment.secret)}
          </Typography.Text>
          <div className="login-fact-help">{m.secretHelp}</div>
        </dd>
        <dt>{m.uri}</dt>
        <dd>
          <Typography.Text type="secondary" copyable className="login-uri">
            {enrollment.otpauthUri}
          </Typography.Text>
        </dd>
      </dl>
      <p className="login-fact-help">
        {format(m.enrollExpires, { time: dayjs(enrollment.expiresAt).format('HH:mm') })}
      </p>
      <ServerErrorAlert errors={errors} />
      <CodeForm
        form={form}
        label={m.firstCode}
        submitLabel={m.confirm}
        onSubmit={submit}
        fetching={fetching}
        inputRef={inputRef}
        onBack={onBack}
      />
    </section>
  );
}
