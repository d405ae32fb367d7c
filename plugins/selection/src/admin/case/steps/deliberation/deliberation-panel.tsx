import { Card, Flex } from 'antd';
import { useQuery } from 'urql';
import { useLabel } from '@cadre/ui';
import { deliberationBlockers, higherApprovalBlocker } from '../../../rules.ts';
import { HigherApproval } from '../motion/higher-approval.tsx';
import { RuleProblems } from '../rule-problems.tsx';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { useDeliberationMessages } from './messages.ts';
import { Opinions } from './opinions.tsx';
import { DeliberationQuery } from './queries.ts';
import { Reports } from './reports.tsx';

/**
 * 酝酿: opinions and reports, and whether the case may go to the meeting, by the rules the step
 * "put to the meeting" applies (分歧未统一、情况反映未核实、重要岗位未获批复的不上会).
 */
export function DeliberationPanel({ selectionCase, open }: StepProps) {
  const m = useDeliberationMessages();
  const t = useLabel();
  const [{ data, error }] = useQuery({
    query: DeliberationQuery,
    variables: { id: selectionCase.id },
  });
  const c = data?.selectionCase;
  if (!c) return <StepLoad error={error} />;
  const higher = higherApprovalBlocker({
    important: selectionCase.importantPost,
    approvedOn: selectionCase.higherApprovedOn ? new Date(selectionCase.higherApprovedOn) : null,
  });
  const blockers = [...deliberationBlockers(c), ...(higher ? [higher] : [])].map(t);
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.status}>
        <RuleProblems problems={blockers} ok={m.ready} />
      </Card>
      <Opinions selectionCase={c} open={open} />
      <Reports selectionCase={c} open={open} />
      <HigherApproval selectionCase={selectionCase} open={open} />
    </Flex>
  );
}
