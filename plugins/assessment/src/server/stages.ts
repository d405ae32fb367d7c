import type { Label } from '@cadre/core';

// The stages of an assessment round: the states of its workflow (see ../workflow.ts).

export const ROUND_CASE_TYPE = 'assessment.round';

/**
 * A round's steps in order (准备 → 测评打分 → 确定等次 → 结果运用); the one place the order is
 * written. A new stage goes here, with its label below and its transitions in ../workflow.ts.
 */
export const ROUND_STAGES = ['PREPARATION', 'SCORING', 'ALLOCATION', 'CONCLUDED'] as const;
export type RoundStage = (typeof ROUND_STAGES)[number];

export const ROUND_STAGE_LABELS: Record<RoundStage | 'WITHDRAWN', Label> = {
  PREPARATION: { zh: '准备', en: 'Preparation' },
  SCORING: { zh: '测评打分', en: 'Scoring' },
  ALLOCATION: { zh: '确定等次', en: 'Allocation' },
  CONCLUDED: { zh: '结果运用', en: 'Concluded' },
  WITHDRAWN: { zh: '终止', en: 'Withdrawn' },
};

/** Whether a round at step `current` has come to step `stage` (or past it). */
export const reached = (stage: RoundStage, current: RoundStage): boolean =>
  ROUND_STAGES.indexOf(current) >= ROUND_STAGES.indexOf(stage);
