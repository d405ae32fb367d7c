import { Flex } from 'antd';
import { useQuery } from 'urql';
import { useViewer } from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from '../../../permissions.ts';
import { useParticipantPages } from '../participant-pages.tsx';
import { RoundSetupQuery } from '../queries.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { ItemsCard } from './items-card.tsx';
import { ParticipantsCard } from './participants-card.tsx';
import { PARTICIPANTS } from './queries.ts';
import { SubjectsCard } from './subjects-card.tsx';
import { SurveyCard } from './survey-card.tsx';

/** 准备: the evaluation subjects and items with their weights, the survey, the participants. */
export function PreparationPanel({ round, open }: StepProps) {
  const { can } = useViewer();
  const [{ data, error }] = useQuery({ query: RoundSetupQuery, variables: { id: round.id } });
  const people = useParticipantPages(PARTICIPANTS, round.id);
  const setup = data?.assessmentRound;
  const setting = open && can(P.score);
  // Until scoring closes, the participants and the survey's counts may still change.
  const beforeAllocation = round.stage === 'PREPARATION' || round.stage === 'SCORING';
  return (
    <>
      {people.loader}
      {!setup || !people.participants ? (
        <StepLoad error={error ?? people.error} />
      ) : (
        <Flex vertical gap={16}>
          <SubjectsCard roundId={round.id} subjects={setup.subjects} editing={setting} />
          <ItemsCard roundId={round.id} items={setup.items} editing={setting} />
          <SurveyCard
            roundId={round.id}
            survey={setup.subjects.find((s) => s.kind === 'SATISFACTION_SURVEY')}
            editing={beforeAllocation && can(P.score)}
          />
          <ParticipantsCard
            roundId={round.id}
            participants={people.participants}
            editing={beforeAllocation && can(P.openRound)}
          />
        </Flex>
      )}
    </>
  );
}
