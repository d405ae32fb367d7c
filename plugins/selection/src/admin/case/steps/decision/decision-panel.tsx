import { Alert, Flex } from 'antd';
import { useQuery } from 'urql';
import { useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { publicityWorkingDays } from '../../settings.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { MeetingCard } from './meeting-card.tsx';
import { useDecisionMessages } from './messages.ts';
import { PublicityStart } from './publicity-start.tsx';
import { DecisionQuery } from './queries.ts';
import { VoteEntry } from './vote-entry.tsx';

/**
 * 讨论决定: the vote (by those permitted to record decisions), the meetings as recorded, and, once
 * a decision stands, the start of the publicity.
 */
export function DecisionPanel({ selectionCase: c, open, district }: StepProps) {
  const m = useDecisionMessages();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({ query: DecisionQuery, variables: { id: c.id } });
  const meetings = data?.selectionCase?.meetings;
  if (!meetings) return <StepLoad error={error} />;
  const decided = meetings.find((meeting) => meeting.inForce);
  const signed = decided && decided.signedByChair && decided.signedByRecorder;
  return (
    <Flex vertical gap={16}>
      {open &&
        !decided &&
        (can(P.decide) ? (
          <VoteEntry selectionCase={c} />
        ) : (
          <Alert type="info" showIcon title={m.decideOnly} />
        ))}
      {decided && !signed && <Alert type="warning" showIcon title={m.unsigned} />}
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} selectionCase={c} meeting={meeting} open={open} />
      ))}
      {open && decided && can(P.record) && (
        <PublicityStart selectionCase={c} workingDays={publicityWorkingDays(district)} />
      )}
    </Flex>
  );
}
