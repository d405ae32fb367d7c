import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { format, useViewer } from '@cadre/ui';
import { dateTimeText } from '../../../common/dates.ts';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import type { StepProps } from '../step-props.ts';
import { useReviewMessages } from './messages.ts';

/**
 * 部务会研究: who submitted the case and who approved it or sent it back, and when, from the
 * case's transitions; the step itself is taken under "next steps" by a holder of the approval.
 */
export function ReviewPanel({ selectionCase: c, open }: StepProps) {
  const m = useReviewMessages();
  const { can } = useViewer();
  const history = c.workflowCase.history;
  const rounds = history.flatMap((entry, index) => {
    if (entry.toState !== 'DEPARTMENT_REVIEW') return [];
    const outcome = history[index + 1];
    return [{ submitted: entry, outcome: outcome?.fromState === entry.toState ? outcome : null }];
  });
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.title}>
        <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
        <Flex vertical gap={8}>
          {rounds.map(({ submitted, outcome }) => (
            <div key={submitted.id}>
              <div>
                {format(m.submitted, {
                  actor: submitted.actorName,
                  time: dateTimeText(submitted.at),
                })}
              </div>
              {!outcome ? (
                <Tag color="processing">{m.pending}</Tag>
              ) : (
                <Typography.Text
                  strong
                  type={outcome.toState === 'DECISION' ? 'success' : 'warning'}
                >
                  {format(outcome.toState === 'DECISION' ? m.approved : m.returned, {
                    actor: outcome.actorName,
                    time: dateTimeText(outcome.at),
                  })}
                  {outcome.reason && `（${outcome.reason}）`}
                </Typography.Text>
              )}
            </div>
          ))}
        </Flex>
      </Card>
      {open && (
        <Alert type="info" showIcon title={can(P.approve) ? m.approveHere : m.approveOnly} />
      )}
    </Flex>
  );
}
