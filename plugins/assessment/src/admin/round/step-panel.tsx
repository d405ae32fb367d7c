import type { ComponentType } from 'react';
import type { RoundStage } from '../rules.ts';
import { AllocationPanel } from './steps/allocation/allocation-panel.tsx';
import { ConclusionPanel } from './steps/conclusion/conclusion-panel.tsx';
import { PreparationPanel } from './steps/preparation/preparation-panel.tsx';
import { ScoringPanel } from './steps/scoring/scoring-panel.tsx';
import type { StepProps } from './steps/step-props.ts';

/** One panel per stage: its records, and its forms while the round is there. */
const PANELS: Record<RoundStage, ComponentType<StepProps>> = {
  PREPARATION: PreparationPanel,
  SCORING: ScoringPanel,
  ALLOCATION: AllocationPanel,
  CONCLUDED: ConclusionPanel,
};

export function StepPanel({ stage, ...props }: StepProps & { stage: RoundStage }) {
  const Panel = PANELS[stage];
  return <Panel {...props} />;
}
