import { Card, Flex, Typography } from 'antd';
import { useQuery } from 'urql';
import { useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { NominateForm } from '../motion/nominate-form.tsx';
import { StepLoad } from '../step-load.tsx';
import { candidatesIn, type StepProps } from '../step-props.ts';
import { CandidatesReview } from './candidates-review.tsx';
import { useRecommendationMessages } from './messages.ts';
import { RecommendationQuery } from './queries.ts';
import { RoundForm } from './round-form.tsx';
import { RoundsList } from './rounds-list.tsx';
import { SignedRecommendations } from './signed-recommendations.tsx';

/** 民主推荐: rounds and their tallies, signed recommendations, and the listing for inspection. */
export function RecommendationPanel({ selectionCase, open }: StepProps) {
  const m = useRecommendationMessages();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({
    query: RecommendationQuery,
    variables: { id: selectionCase.id },
  });
  const c = data?.selectionCase;
  if (!c) return <StepLoad error={error} />;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.rounds}>
        <Typography.Paragraph type="secondary">{m.roundsIntro}</Typography.Paragraph>
        <RoundsList selectionCase={c} />
      </Card>
      {open && can(P.record) && (
        <RoundForm caseId={c.id} candidates={candidatesIn(c, ['NOMINATED', 'LISTED'])} />
      )}
      <CandidatesReview selectionCase={c} open={open} />
      {open && <NominateForm caseId={c.id} />}
      <SignedRecommendations selectionCase={c} open={open} />
    </Flex>
  );
}
