import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { format, usePageTitle } from '@cadre/ui';
import { useShellMessages } from './messages.ts';

function Home() {
  const m = useShellMessages();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {m.backHome}
    </Button>
  );
}

export function NotFound() {
  const m = useShellMessages();
  usePageTitle(m.notFoundTitle);
  return <Result status="404" title={m.notFoundTitle} subTitle={m.notFoundText} extra={<Home />} />;
}

export function Forbidden({ permission }: { permission: string }) {
  const m = useShellMessages();
  usePageTitle(m.forbiddenTitle);
  return (
    <Result
      status="403"
      title={m.forbiddenTitle}
      subTitle={format(m.forbiddenText, { permission })}
      extra={<Home />}
    />
  );
}
