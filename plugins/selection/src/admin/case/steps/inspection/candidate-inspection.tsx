import { Collapse, Empty, Tag, Typography } from 'antd';
import { useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import type { InspectionCase } from './queries.ts';
import { EligibilityList } from '../eligibility-list.tsx';
import { useStepsMessages } from '../messages.ts';
import { candidatesIn } from '../step-props.ts';
import { EvaluationForm } from './evaluation-form.tsx';
import { FourMusts } from './four-musts.tsx';
import { useInspectionMessages } from './messages.ts';

/**
 * Each candidate listed for inspection: the qualifications, each failure explained; the
 * evaluation of 德能勤绩廉; the four musts.
 */
export function CandidateInspection({
  selectionCase,
  open,
}: {
  selectionCase: InspectionCase;
  open: boolean;
}) {
  const m = useInspectionMessages();
  const steps = useStepsMessages();
  const { can } = useViewer();
  const editing = open && can(P.record);
  const listed = candidatesIn(selectionCase, [
    'LISTED',
    'APPROVED',
    'REJECTED',
    'APPOINTED',
    'DISQUALIFIED',
  ]);
  if (listed.length === 0) return <Empty description={m.noListed} />;
  return (
    <Collapse
      defaultActiveKey={listed.map((c) => c.id)}
      items={listed.map((candidate) => ({
        key: candidate.id,
        label: (
          <>
            {candidate.cadre.name}{' '}
            {candidate.eligibility.length === 0 ? (
              <Tag color="success">{steps.eligible}</Tag>
            ) : (
              <Tag color="error">{steps.ineligible}</Tag>
            )}
          </>
        ),
        children: (
          <>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {steps.qualifications}
            </Typography.Title>
            <EligibilityList failures={candidate.eligibility} />
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
              {m.evaluation}
            </Typography.Title>
            <EvaluationForm
              candidate={candidate}
              editing={editing && candidate.status === 'LISTED'}
            />
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
              {m.fourMusts}
            </Typography.Title>
            <FourMusts candidate={candidate} editing={editing && candidate.status === 'LISTED'} />
          </>
        ),
      }))}
    />
  );
}
