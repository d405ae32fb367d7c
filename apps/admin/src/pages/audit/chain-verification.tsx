import { Alert, Button, Card, Flex, Spin } from 'antd';
import { useQuery } from 'urql';
import { format, requestError, useLabel } from '@cadre/ui';
import { useAuditMessages } from './messages.ts';
import { VerifyAuditChainQuery } from './queries.ts';

/** Recomputes the district's hash chain on the server and says whether it holds, and where not. */
export function ChainVerification() {
  const m = useAuditMessages();
  const t = useLabel();
  const [{ data, error, fetching }, verify] = useQuery({
    query: VerifyAuditChainQuery,
    requestPolicy: 'network-only',
  });
  const result = data?.verifyAuditChain;

  return (
    <Card
      size="small"
      title={m.chain}
      style={{ marginBottom: 16 }}
      extra={
        <Button loading={fetching} onClick={() => verify({ requestPolicy: 'network-only' })}>
          {m.verifyAgain}
        </Button>
      }
    >
      <div role="status" aria-live="polite" aria-busy={fetching}>
        {fetching && !result && (
          <Flex gap={8} align="center">
            <Spin size="small" />
            {m.verifying}
          </Flex>
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={m.verifyFailed}
            description={t(requestError(error).message)}
          />
        )}
        {result?.intact && (
          <Alert
            type="success"
            showIcon
            title={m.intact}
            description={format(m.intactText, { count: result.checked })}
          />
        )}
        {result && !result.intact && (
          <Alert
            type="error"
            showIcon
            title={m.broken}
            description={format(m.brokenText, {
              seq: result.brokenSeq ?? '?',
              id: result.brokenRecordId ?? '?',
              reason: result.reason ?? '',
              count: result.checked,
            })}
          />
        )}
      </div>
    </Card>
  );
}
