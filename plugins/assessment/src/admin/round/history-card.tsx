import { Card, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { format, type Label, useLabel } from '@cadre/ui';
import { ROUND_STAGE_LABELS } from '../rules.ts';
import { useRoundMessages } from './messages.ts';
import type { History } from './queries.ts';

/** 全程纪实: every step, who took it and why, newest first. */
export function HistoryCard({ history }: { history: History }) {
  const m = useRoundMessages();
  const t = useLabel();
  // The stage in the language shown now (the server's label is in the language of the request).
  const stageName = (state: string) => {
    const label = (ROUND_STAGE_LABELS as Record<string, Label | undefined>)[state];
    return label && t(label);
  };
  return (
    <Card size="small" title={m.history}>
      {history.length === 0 ? (
        <Typography.Text type="secondary">{m.historyEmpty}</Typography.Text>
      ) : (
        <Timeline
          items={[...history].reverse().map((entry) => ({
            key: entry.id,
            content: (
              <>
                <Typography.Text strong>{entry.label}</Typography.Text>
                <Typography.Text type="secondary">
                  {' → '}
                  {stageName(entry.toState) ?? entry.toStateLabel}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {dayjs(entry.at).format('YYYY-MM-DD HH:mm')} ·{' '}
                    {format(m.by, { actor: entry.actorName })}
                  </Typography.Text>
                </div>
                {entry.reason && <div>{entry.reason}</div>}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
