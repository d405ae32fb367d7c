import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { format } from '@cadre/ui';
import { useCaseMessages } from './messages.ts';
import type { CaseDetail, Transition } from './queries.ts';
import { TransitionDialog } from './transition-dialog.tsx';

/**
 * Steps taken by a form of their own, since they carry its data (the first day of publicity, the
 * appointment document, the probation assessment); the others are taken here.
 */
const TAKEN_IN_FORMS = new Set([
  'start-publicity',
  'appoint-on-probation',
  'appoint',
  'confirm',
  'revert',
]);

/**
 * The steps the viewer may take now, each with the reason the server would refuse it today (its
 * guard, run on the server): a step is tried after a confirmation, and a refusal is shown there.
 */
export function NextSteps({ selectionCase }: { selectionCase: CaseDetail }) {
  const m = useCaseMessages();
  const [taking, setTaking] = useState<Transition | null>(null);
  const steps = selectionCase.workflowCase.availableTransitions;
  return (
    <Card size="small" title={m.nextSteps}>
      {steps.length === 0 && <Typography.Text type="secondary">{m.noSteps}</Typography.Text>}
      <Flex vertical gap={12}>
        {steps.map((step) => (
          <div key={step.name}>
            {TAKEN_IN_FORMS.has(step.name) ? (
              <Typography.Text strong>
                {step.label}
                <Typography.Text type="secondary"> · {m.inForm}</Typography.Text>
              </Typography.Text>
            ) : (
              <Button
                type={step.name === 'withdraw' ? 'default' : 'primary'}
                danger={step.name === 'withdraw'}
                block
                onClick={() => setTaking(step)}
              >
                {step.label}
              </Button>
            )}
            {step.refusal && (
              <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
                {format(m.refusedNow, { reason: step.refusal })}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Flex>
      {taking && (
        <TransitionDialog
          caseId={selectionCase.workflowCase.id}
          version={selectionCase.version}
          transition={taking}
          onClose={() => setTaking(null)}
        />
      )}
    </Card>
  );
}
