import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { format } from '@cadre/ui';
import { useRoundMessages } from './messages.ts';
import type { RoundDetail, Transition } from './queries.ts';
import { TransitionDialog } from './transition-dialog.tsx';

/** 定档 writes the grades to the archive: the allocation stage's own button takes it. */
const TAKEN_IN_STAGE = new Set(['conclude']);

/**
 * The steps the viewer may take now, each with the reason the server would refuse it today (its
 * guard, run on the server): a step is tried after a confirmation, and a refusal is shown there.
 */
export function NextSteps({ round }: { round: RoundDetail }) {
  const m = useRoundMessages();
  const [taking, setTaking] = useState<Transition | null>(null);
  const steps = round.workflowCase.availableTransitions;
  return (
    <Card size="small" title={m.nextSteps} style={{ marginBottom: 16 }}>
      {steps.length === 0 && <Typography.Text type="secondary">{m.noSteps}</Typography.Text>}
      <Flex wrap gap={16}>
        {steps.map((step) => (
          <div key={step.name} style={{ maxWidth: 480 }}>
            {TAKEN_IN_STAGE.has(step.name) ? (
              <Typography.Text strong>
                {step.label}
                <Typography.Text type="secondary"> · {m.inForm}</Typography.Text>
              </Typography.Text>
            ) : (
              <Button
                type={step.name === 'withdraw' ? 'default' : 'primary'}
                danger={step.name === 'withdraw'}
                onClick={() => setTaking(step)}
              >
                {step.label}
              </Button>
            )}
            {/* A step taken in the stage says there what still stands in its way. */}
            {step.refusal && !TAKEN_IN_STAGE.has(step.name) && (
              <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
                {format(m.refusedNow, { reason: step.refusal })}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Flex>
      {taking && (
        <TransitionDialog
          caseId={round.workflowCase.id}
          version={round.version}
          transition={taking}
          onClose={() => setTaking(null)}
        />
      )}
    </Card>
  );
}
