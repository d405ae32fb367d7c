import type { ComponentType } from 'react';
import type { ProcessStage } from '../rules.ts';
import { AppointmentPanel } from './steps/appointment/appointment-panel.tsx';
import { DecisionPanel } from './steps/decision/decision-panel.tsx';
import { DeliberationPanel } from './steps/deliberation/deliberation-panel.tsx';
import { InspectionPanel } from './steps/inspection/inspection-panel.tsx';
import { MotionPanel } from './steps/motion/motion-panel.tsx';
import { ProbationPanel } from './steps/probation/probation-panel.tsx';
import { PublicityPanel } from './steps/publicity/publicity-panel.tsx';
import { RecommendationPanel } from './steps/recommendation/recommendation-panel.tsx';
import { ReviewPanel } from './steps/review/review-panel.tsx';
import type { StepProps } from './steps/step-props.ts';

/** One panel per step of the process: its records, and its forms while the case is there. */
const PANELS: Record<ProcessStage, ComponentType<StepProps>> = {
  MOTION: MotionPanel,
  RECOMMENDATION: RecommendationPanel,
  INSPECTION: InspectionPanel,
  DELIBERATION: DeliberationPanel,
  DEPARTMENT_REVIEW: ReviewPanel,
  DECISION: DecisionPanel,
  PUBLICITY: PublicityPanel,
  APPOINTMENT: AppointmentPanel,
  PROBATION: ProbationPanel,
};

export function StepPanel({ stage, ...props }: StepProps & { stage: ProcessStage }) {
  const Panel = PANELS[stage];
  return <Panel {...props} />;
}
