// Events of the archive's records, for plugins to subscribe to. Payloads carry ids (and the year
// of a grade) only: what a sanction says never travels.

export const ARCHIVE_EVENTS = {
  /** `{ cadreId, rewardId }` */
  rewardRecorded: 'core.reward.recorded',
  rewardCorrected: 'core.reward.corrected',
  rewardRevoked: 'core.reward.revoked',
  /** `{ cadreId, sanctionId }` */
  sanctionRecorded: 'core.sanction.recorded',
  sanctionCorrected: 'core.sanction.corrected',
  sanctionLifted: 'core.sanction.lifted',
  sanctionRevoked: 'core.sanction.revoked',
  /** `{ cadreId, year }`: a grade entered or changed. */
  annualGradeRecorded: 'core.annual-grade.recorded',
  annualGradeRemoved: 'core.annual-grade.removed',
  /** `{ cadreId, familyMemberId }` */
  familyMemberRecorded: 'core.family-member.recorded',
  familyMemberCorrected: 'core.family-member.corrected',
  familyMemberRemoved: 'core.family-member.removed',
} as const;
