import type { ArchiveRecordAction, Prisma } from '@cadre/db/client';
import { auditable } from '../audit.ts';
import type { WriteScope } from '../workflow.ts';

/** The archive's record types, as revisions and audit records name them. */
export type ArchiveRecordType =
  'CadreReward' | 'CadreSanction' | 'CadreAnnualGrade' | 'FamilyMember';

/**
 * Keeps the version of a record as it was before a correction, lift, revocation or removal, with
 * who and why, so the history an accountability review reads is never lost.
 */
export async function keepRevision(
  { tx, actor }: WriteScope,
  recordType: ArchiveRecordType,
  before: { id: string; cadreId: string },
  action: ArchiveRecordAction,
  reason: string,
): Promise<void> {
  await tx.archiveRecordRevision.create({
    data: {
      districtId: actor.districtId,
      cadreId: before.cadreId,
      recordType,
      recordId: before.id,
      action,
      reason,
      before: Object.fromEntries(
        Object.entries(before).map(([field, value]) => [field, auditable(value)]),
      ) as Prisma.InputJsonObject,
      revisedBy: actor.userId,
    },
  });
}
