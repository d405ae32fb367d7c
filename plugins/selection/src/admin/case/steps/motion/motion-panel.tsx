import { Card, Flex } from 'antd';
import type { StepProps } from '../step-props.ts';
import { HigherApproval } from './higher-approval.tsx';
import { useMotionMessages } from './messages.ts';
import { MotionFacts } from './motion-facts.tsx';
import { NominateForm } from './nominate-form.tsx';

/** 动议: the motion as made, the report of an important post, and the candidates put forward. */
export function MotionPanel({ selectionCase, open }: StepProps) {
  const m = useMotionMessages();
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.motion}>
        <MotionFacts selectionCase={selectionCase} />
      </Card>
      <HigherApproval selectionCase={selectionCase} open={open} />
      {open && <NominateForm caseId={selectionCase.id} />}
    </Flex>
  );
}
