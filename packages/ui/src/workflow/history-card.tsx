import { Card, Timeline, Typography } from 'antd';
import { dateTimeText } from '../i18n/dates.ts';
import { type Label, useLabel } from '../i18n/label.ts';
import { format } from '../i18n/messages.ts';
import { useWorkflowMessages } from './messages.ts';
import type { WorkflowHistory } from './queries.ts';

/** 全程纪实: every step, who took it, why and on which documents, newest first. */
export function HistoryCard({
  history,
  stageLabels,
}: {
  history: WorkflowHistory;
  /** The plugin's stages by state. */
  stageLabels: Readonly<Record<string, Label>>;
}) {
  const m = useWorkflowMessages();
  const t = useLabel();
  // The stage in the language shown now (the server's label is in the language of the request).
  const stageName = (state: string) => {
    const label: Label | undefined = stageLabels[state];
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
                    {dateTimeText(entry.at)} · {format(m.by, { actor: entry.actorName })}
                  </Typography.Text>
                </div>
                {entry.reason && <div>{entry.reason}</div>}
                {entry.attachments.map((a) => (
                  <div key={a.reference}>
                    <Typography.Text type="secondary">
                      {a.name}：{a.reference}
                    </Typography.Text>
                  </div>
                ))}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
