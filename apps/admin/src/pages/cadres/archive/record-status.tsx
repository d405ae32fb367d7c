import { Tag, Tooltip } from 'antd';
import { format } from '@cadre/ui';
import { useArchiveMessages } from './messages.ts';

/** 已撤销 with the reason, or 已解除 with the day: why a record no longer counts. */
export function RecordStatus({
  revokeReason,
  revokedAt,
  liftedOn,
}: {
  revokedAt: string | null;
  revokeReason: string | null;
  liftedOn?: string | null;
}) {
  const m = useArchiveMessages();
  if (revokedAt)
    return (
      <Tooltip title={format(m.revokedWhy, { reason: revokeReason ?? '' })}>
        <Tag color="default">{m.revoked}</Tag>
      </Tooltip>
    );
  if (liftedOn) return <Tag color="green">{format(m.lifted, { date: liftedOn })}</Tag>;
  return null;
}
