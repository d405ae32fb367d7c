import type { Schema } from '@cadre/ui';

/** A step a case walks through; it then ends formally appointed, reverted or withdrawn. */
export type ProcessStage = Exclude<Schema.SelectionStage, 'FORMAL' | 'REVERTED' | 'WITHDRAWN'>;

/** 动议 → 民主推荐 → 考察 → 酝酿 → 部务会研究 → 讨论决定 → 任前公示 → 任职 → 试用期. */
export const PROCESS: readonly ProcessStage[] = [
  'MOTION',
  'RECOMMENDATION',
  'INSPECTION',
  'DELIBERATION',
  'DEPARTMENT_REVIEW',
  'DECISION',
  'PUBLICITY',
  'APPOINTMENT',
  'PROBATION',
];

export const isProcessStage = (stage: string | null): stage is ProcessStage =>
  (PROCESS as readonly (string | null)[]).includes(stage);
