import type { Label } from '../../contract/plugin.ts';
import {
  ANNUAL_GRADE_LABELS,
  REWARD_KIND_LABELS,
  SANCTION_KIND_LABELS,
} from '../../domain/archive-labels.ts';
import { RESTRICTION_LABELS } from '../../domain/influence-periods.ts';
import type { Builder } from '../builder.ts';
import type { CadreEnums } from '../cadre-enums.ts';

/** Enum values described by the names the cadre card prints, in both languages. */
function labelled<Value extends string>(labels: Record<Value, Label>) {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [
      value,
      { description: `${label.zh} (${label.en})` },
    ]),
  ) as Record<Value, { description: string }>;
}

/** The code lists of the archive's records (A14, A15) and of the influence-period engine. */
export function registerArchiveEnums(builder: Builder, cadreEnums: CadreEnums) {
  return {
    ...cadreEnums,
    RewardKind: builder.enumType('RewardKind', { values: labelled(REWARD_KIND_LABELS) }),
    SanctionKind: builder.enumType('SanctionKind', { values: labelled(SANCTION_KIND_LABELS) }),
    AnnualGrade: builder.enumType('AnnualGrade', { values: labelled(ANNUAL_GRADE_LABELS) }),
    RestrictionKind: builder.enumType('RestrictionKind', {
      values: labelled(RESTRICTION_LABELS),
    }),
  };
}

export type ArchiveEnums = ReturnType<typeof registerArchiveEnums>;
