import { Card, Flex } from 'antd';
import { useQuery } from 'urql';
import { useViewer } from '@cadre/ui';
import { CORE_CASE_READ } from '../../../permissions.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { CandidateInspection } from './candidate-inspection.tsx';
import { IntegrityCheck } from './integrity-check.tsx';
import { useInspectionMessages } from './messages.ts';
import { PlanForm } from './plan-form.tsx';
import { InspectionQuery } from './queries.ts';
import { TeamForm } from './team-form.tsx';

/** 考察: plan and pre-announcement, the team, each candidate inspected, the integrity check. */
export function InspectionPanel({ selectionCase, open }: StepProps) {
  const m = useInspectionMessages();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({
    query: InspectionQuery,
    variables: { id: selectionCase.id, checks: can(CORE_CASE_READ) },
  });
  const c = data?.selectionCase;
  if (!c) return <StepLoad error={error} />;
  return (
    <Flex vertical gap={16}>
      <PlanForm selectionCase={c} open={open} />
      <TeamForm selectionCase={c} open={open} />
      <Card size="small" title={m.subjects}>
        <CandidateInspection selectionCase={c} open={open} />
      </Card>
      <IntegrityCheck selectionCase={c} open={open} />
    </Flex>
  );
}
