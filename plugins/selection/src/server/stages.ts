import type { Label } from '@cadre/core';

// The stages of a selection case: the states of its workflow (see ../workflow.ts).

export const SELECTION_CASE_TYPE = 'selection.appointment';

/**
 * The steps a case walks through, in order (动议 → 民主推荐 → 考察 → 酝酿 → 部务会研究 → 讨论决定 →
 * 任前公示 → 任职 → 试用期); the one place the order is written. A new stage goes here, with its label
 * below and its transitions in ../workflow.ts.
 */
export const PROCESS_STAGES = [
  'MOTION',
  'RECOMMENDATION',
  'INSPECTION',
  'DELIBERATION',
  'DEPARTMENT_REVIEW',
  'DECISION',
  'PUBLICITY',
  'APPOINTMENT',
  'PROBATION',
] as const;
export type ProcessStage = (typeof PROCESS_STAGES)[number];

/** Stages a case ends in: formally appointed, reverted after probation, withdrawn. */
const ENDS = ['FORMAL', 'REVERTED', 'WITHDRAWN'] as const;

export const STAGES = [...PROCESS_STAGES, ...ENDS] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, Label> = {
  MOTION: { zh: '动议', en: 'Motion' },
  RECOMMENDATION: { zh: '民主推荐', en: 'Democratic recommendation' },
  INSPECTION: { zh: '考察', en: 'Inspection' },
  DELIBERATION: { zh: '酝酿', en: 'Deliberation' },
  DEPARTMENT_REVIEW: { zh: '部务会研究', en: 'Department review' },
  DECISION: { zh: '讨论决定', en: 'Decision' },
  PUBLICITY: { zh: '任前公示', en: 'Pre-appointment publicity' },
  APPOINTMENT: { zh: '任职', en: 'Appointment' },
  PROBATION: { zh: '试用期', en: 'Probation' },
  FORMAL: { zh: '正式任职', en: 'Formally appointed' },
  REVERTED: { zh: '试用不合格', en: 'Failed probation' },
  WITHDRAWN: { zh: '终止', en: 'Withdrawn' },
};

/** Stages a case ends in. */
export const FINAL_STAGES: readonly Stage[] = ENDS;

export const isProcessStage = (stage: string | null): stage is ProcessStage =>
  (PROCESS_STAGES as readonly (string | null)[]).includes(stage);

/** Whether a case at step `current` has come to step `stage` (or past it). */
export const reached = (stage: ProcessStage, current: ProcessStage): boolean =>
  PROCESS_STAGES.indexOf(current) >= PROCESS_STAGES.indexOf(stage);
