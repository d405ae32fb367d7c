import type { Label } from '@cadre/core';

// The stages of a selection case: the states of its workflow (see ../workflow.ts).

export const SELECTION_CASE_TYPE = 'selection.appointment';

export const STAGES = [
  'MOTION',
  'RECOMMENDATION',
  'INSPECTION',
  'DELIBERATION',
  'DEPARTMENT_REVIEW',
  'DECISION',
  'PUBLICITY',
  'APPOINTMENT',
  'PROBATION',
  'FORMAL',
  'REVERTED',
  'WITHDRAWN',
] as const;
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
export const FINAL_STAGES: readonly Stage[] = ['FORMAL', 'REVERTED', 'WITHDRAWN'];
