import type { Builder } from '../builder.ts';
import type { CadreRef } from '../cadre.ts';
import type { CadreEnums } from '../cadre-enums.ts';
import { type ArchiveEnums, registerArchiveEnums } from './archive-enums.ts';
import { registerArchiveRecordRevision } from './archive-record-revision.ts';
import { registerCadreAnnualGrade } from './cadre-annual-grade.ts';
import { registerCadreReward } from './cadre-reward.ts';
import { registerCadreSanction } from './cadre-sanction.ts';
import { registerFamilyMember } from './family-member.ts';
import { registerRestriction } from './restriction.ts';

export { auditInfluenceFilter, checkInfluenceFilter } from './cadre-sanction.ts';

/**
 * The archive's records beyond the archive facts: A14 rewards and sanctions, A15, A36. Returns the
 * code lists with the archive's own added (AnnualGrade …), for plugins' fields.
 */
export function registerArchiveRecords(
  builder: Builder,
  Cadre: CadreRef,
  cadreEnums: CadreEnums,
): ArchiveEnums {
  const refs = {
    Cadre,
    enums: registerArchiveEnums(builder, cadreEnums),
    ...registerArchiveRecordRevision(builder),
  };
  registerCadreReward(builder, refs);
  const { Sanction } = registerCadreSanction(builder, refs);
  registerRestriction(builder, { ...refs, Sanction });
  registerCadreAnnualGrade(builder, refs);
  registerFamilyMember(builder, refs);
  return refs.enums;
}
