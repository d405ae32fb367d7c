import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import {
  format,
  RecordDialogButton,
  type Schema,
  ServerErrorAlert,
  useRecord,
  useStepMessages,
  useViewer,
} from '@cadre/ui';
import { ASSESSMENT_PERMISSION as P } from '../../../permissions.ts';
import { capProblems } from '../../../rules.ts';
import { useParticipantPages } from '../participant-pages.tsx';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { CapLine } from './cap-line.tsx';
import { GradeDialog } from './grade-dialog.tsx';
import { GradesTable } from './grades-table.tsx';
import { useAllocationMessages } from './messages.ts';
import {
  AllocateMutation,
  ApproveCapMutation,
  ConcludeMutation,
  type Graded,
  GRADED_PARTICIPANTS,
  SetGradeMutation,
} from './queries.ts';

interface CapValues {
  percent: number;
  approval: string;
}

/** A raised 优秀 share on a recorded approval: for the holders of the approve permission only. */
function CapApproval({ roundId, percent }: { roundId: string; percent: number }) {
  const m = useAllocationMessages();
  return (
    <RecordDialogButton
      name="assessment-cap-approval"
      label={m.approveCap}
      title={m.approveCapTitle}
      buttonProps={{ size: 'middle' }}
      document={ApproveCapMutation}
      field="approveExcellentCap"
      variables={(values: CapValues) => ({ roundId, ...values })}
    >
      <Form.Item
        name="percent"
        label={m.capPercent}
        extra={m.capPercentHint}
        initialValue={percent}
        rules={[{ required: true, message: m.capPercent }]}
      >
        <InputNumber min={0} max={100} precision={2} suffix="%" />
      </Form.Item>
      <Form.Item
        name="approval"
        label={m.approval}
        rules={[{ required: true, whitespace: true, message: m.approval }]}
      >
        <Input placeholder={m.approvalHint} maxLength={200} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 定档, once everyone is graded within the cap: asks first, as it writes the archive. */
function Conclusion({
  round,
  grades,
}: {
  round: StepProps['round'];
  grades: readonly (Schema.AnnualGrade | null)[];
}) {
  const m = useAllocationMessages();
  const step = useStepMessages();
  const { modal } = App.useApp();
  const conclude = useRecord(ConcludeMutation, 'concludeAssessmentRound');
  const ungraded = grades.filter((g) => g === null).length;
  const over = capProblems(grades, round.excellentCapPercent).length > 0;
  const ready = ungraded === 0 && !over;
  const ask = () =>
    modal.confirm({
      title: format(step.confirmTitle, { step: m.conclude }),
      content: `${m.concludeIntro} ${step.irreversible}`,
      okText: step.confirmOk,
      cancelText: step.cancel,
      onOk: () => conclude.submit({ roundId: round.id, expectedVersion: round.version }),
    });
  return (
    <Card size="small" title={m.concludeTitle}>
      <Typography.Paragraph type="secondary">{m.concludeIntro}</Typography.Paragraph>
      <Alert
        role="status"
        type={ready ? 'success' : 'warning'}
        showIcon
        title={
          ready
            ? m.readyToConclude
            : ungraded > 0
              ? format(m.ungraded, { count: ungraded })
              : m.capOver
        }
        style={{ marginBottom: 12 }}
      />
      <ServerErrorAlert errors={conclude.errors} />
      <Button type="primary" loading={conclude.busy} onClick={ask}>
        {m.conclude}
      </Button>
    </Card>
  );
}

/**
 * 确定等次: the totals, ranks and proposed grades (computed on the server, explained), the 优秀
 * cap live as grades are set, a grade other than the proposal with its reason, a raised cap on
 * approval, and 定档.
 */
export function AllocationPanel({ round, open }: StepProps) {
  const m = useAllocationMessages();
  const { can } = useViewer();
  const people = useParticipantPages(GRADED_PARTICIPANTS, round.id);
  const allocate = useRecord(AllocateMutation, 'allocateAssessmentGrades');
  const setGrade = useRecord(SetGradeMutation, 'setParticipantGrade');
  const [pending, setPending] = useState<{ participant: Graded; grade: Schema.AnnualGrade }>();
  const participants = people.participants;
  if (!participants)
    return (
      <>
        {people.loader}
        <StepLoad error={people.error} />
      </>
    );

  const grading = open && can(P.allocate);
  const approving = open && can(P.approveCap);
  const gradesWith = (change?: typeof pending) =>
    participants.map((p) => (p.id === change?.participant.id ? change.grade : p.grade));
  // The proposal needs no reason: it is set at once; any other grade asks why first.
  const pick = (participant: Graded, grade: Schema.AnnualGrade) =>
    grade === participant.proposedGrade
      ? void setGrade.submit({ participantId: participant.id, grade, reason: null })
      : setPending({ participant, grade });
  const allocated = participants.some((p) => p.proposedGrade !== null);

  return (
    <Flex vertical gap={16}>
      {people.loader}
      {(grading || approving) && (
        <Card size="small">
          <Typography.Paragraph type="secondary">{m.allocateHint}</Typography.Paragraph>
          <ServerErrorAlert errors={allocate.errors} />
          <Space wrap>
            {grading && (
              <Button
                type="primary"
                loading={allocate.busy}
                onClick={() => void allocate.submit({ roundId: round.id })}
              >
                {allocated ? m.reallocate : m.allocate}
              </Button>
            )}
            {approving && <CapApproval roundId={round.id} percent={round.excellentCapPercent} />}
          </Space>
        </Card>
      )}
      <Card size="small" title={m.ranking}>
        <CapLine
          grades={gradesWith(pending)}
          capPercent={round.excellentCapPercent}
          pending={pending !== undefined}
        />
        <ServerErrorAlert errors={setGrade.errors} />
        {allocated ? (
          <GradesTable
            participants={participants}
            group={round.group}
            unitResults={round.unitResultWeight > 0}
            editing={grading}
            onPick={pick}
          />
        ) : (
          <Typography.Text type="secondary">{m.notAllocated}</Typography.Text>
        )}
      </Card>
      {open && can(P.conclude) && allocated && <Conclusion round={round} grades={gradesWith()} />}
      {pending && (
        <GradeDialog
          participant={pending.participant}
          grade={pending.grade}
          grades={gradesWith(pending)}
          capPercent={round.excellentCapPercent}
          onClose={() => setPending(undefined)}
        />
      )}
    </Flex>
  );
}
