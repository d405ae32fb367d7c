import type { Label } from '@cadre/core';

// The kinds of adjustment (seed 002), apart from the statistics so the admin pages can name them
// without loading the rules' run-time dependencies.

/** Seed 002: 提拔、平职交流、改任非领导职务、免职, each 正科/副科. */
export const ADJUSTMENT_TYPES = [
  'PROMOTION',
  'LATERAL_TRANSFER',
  'NON_LEADING',
  'REMOVAL',
] as const;
export type AdjustmentType = (typeof ADJUSTMENT_TYPES)[number];

export const ADJUSTMENT_TYPE_LABELS: Record<AdjustmentType, Label> = {
  PROMOTION: { zh: '提拔', en: 'Promotion' },
  LATERAL_TRANSFER: { zh: '平职交流', en: 'Lateral transfer' },
  NON_LEADING: { zh: '改任非领导职务', en: 'Moved to a non-leading post' },
  REMOVAL: { zh: '免职', en: 'Removal' },
};
