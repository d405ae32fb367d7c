import { type CSSProperties, useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { format } from '../i18n/messages.ts';
import { useWorkflowMessages } from './messages.ts';
import type { WorkflowRecord, WorkflowTransition } from './queries.ts';
import { TransitionDialog } from './transition-dialog.tsx';

/**
 * The steps the viewer may take now, each with the reason the server would refuse it today (its
 * guard, run on the server): a step is tried after a confirmation, and a refusal is shown there.
 * Steps that carry data of their own are taken in their stage's forms and only named here.
 */
export function NextSteps({
  plugin,
  workflowCase,
  version,
  takenInForms,
  inForm,
  formsSayRefusal = false,
  attachments = false,
  vertical = false,
  style,
}: {
  /** The plugin's id, naming the step's form. */
  plugin: string;
  workflowCase: Pick<WorkflowRecord, 'id' | 'availableTransitions'>;
  /** The case's version, sent back with the step. */
  version: number;
  takenInForms: ReadonlySet<string>;
  /** Said beside a step taken in a form. */
  inForm: string;
  /** The forms say themselves what still stands in the way of their steps. */
  formsSayRefusal?: boolean;
  /** The step's dialog asks for its documents (依据文件). */
  attachments?: boolean;
  /** One step under the other, the buttons as wide as the card (a side column). */
  vertical?: boolean;
  style?: CSSProperties;
}) {
  const m = useWorkflowMessages();
  const [taking, setTaking] = useState<WorkflowTransition | null>(null);
  const steps = workflowCase.availableTransitions;
  return (
    <Card size="small" title={m.nextSteps} style={style}>
      {steps.length === 0 && <Typography.Text type="secondary">{m.noSteps}</Typography.Text>}
      <Flex vertical={vertical} wrap={!vertical} gap={vertical ? 12 : 16}>
        {steps.map((step) => {
          const inItsForm = takenInForms.has(step.name);
          return (
            <div key={step.name} style={vertical ? undefined : { maxWidth: 480 }}>
              {inItsForm ? (
                <Typography.Text strong>
                  {step.label}
                  <Typography.Text type="secondary"> · {inForm}</Typography.Text>
                </Typography.Text>
              ) : (
                <Button
                  type={step.name === 'withdraw' ? 'default' : 'primary'}
                  danger={step.name === 'withdraw'}
                  block={vertical}
                  onClick={() => setTaking(step)}
                >
                  {step.label}
                </Button>
              )}
              {step.refusal && !(inItsForm && formsSayRefusal) && (
                <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
                  {format(m.refusedNow, { reason: step.refusal })}
                </Typography.Paragraph>
              )}
            </div>
          );
        })}
      </Flex>
      {taking && (
        <TransitionDialog
          plugin={plugin}
          caseId={workflowCase.id}
          version={version}
          transition={taking}
          attachments={attachments}
          onClose={() => setTaking(null)}
        />
      )}
    </Card>
  );
}
