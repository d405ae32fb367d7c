import type { Audit, Transaction } from '@cadre/core';
import type { Rank, Unit } from '@cadre/db/client';
import { dayBefore } from './inputs.ts';

// What an appointment changes in core's record of the cadre (简历, current unit and rank), and
// what a failed probation changes back: written in the step's transaction, audited on the cadre.
// A changed post history loses its archive verification, as when core itself edits it.

/** 基层: posts in sub-districts and townships count as grass-roots experience. */
const isGrassRoots = (unit: Pick<Unit, 'category'>) =>
  unit.category === 'SUBDISTRICT' || unit.category === 'TOWNSHIP';

export interface PostChange {
  cadreId: string;
  /** Posts held on the day before `on` end then; null leaves them. */
  endHeldPosts: boolean;
  /** The post taken up on `on`, if any. */
  newPost: { unit: Pick<Unit, 'id' | 'name' | 'category'>; title: string } | null;
  /** The cadre's unit and rank from `on` (the rank's date changes only with the rank). */
  unitId: string;
  rank: Rank;
  rankSince: Date;
  on: Date;
  /** The audit operation, e.g. `selection.appointment.cadre`. */
  operation: string;
}

/** Applies `change` to the cadre; returns the id of the new post, if one was added. */
export async function changeCadrePost(
  tx: Transaction,
  audit: Audit,
  districtId: string,
  change: PostChange,
): Promise<string | null> {
  const cadre = await tx.cadre.findFirstOrThrow({
    where: { id: change.cadreId, districtId },
    select: { id: true, unitId: true, rank: true, rankSince: true },
  });
  const ended = change.endHeldPosts
    ? await tx.cadrePost.findMany({
        where: { cadreId: cadre.id, districtId, endedOn: null, startedOn: { lt: change.on } },
        select: { id: true, title: true },
      })
    : [];
  if (ended.length > 0) {
    await tx.cadrePost.updateMany({
      where: { id: { in: ended.map((p) => p.id) } },
      data: { endedOn: dayBefore(change.on) },
    });
  }
  const post = change.newPost
    ? await tx.cadrePost.create({
        data: {
          districtId,
          cadreId: cadre.id,
          unitId: change.newPost.unit.id,
          organization: change.newPost.unit.name,
          title: change.newPost.title,
          startedOn: change.on,
          grassRoots: isGrassRoots(change.newPost.unit),
        },
      })
    : null;
  const rankSince = change.rank === cadre.rank ? cadre.rankSince : change.rankSince;
  await tx.cadre.update({
    where: { id: cadre.id },
    data: { unitId: change.unitId, rank: change.rank, rankSince },
  });
  await tx.archiveFactVerification.deleteMany({ where: { cadreId: cadre.id, fact: 'EXPERIENCE' } });
  await audit({
    operation: change.operation,
    targetType: 'Cadre',
    targetId: cadre.id,
    changes: {
      unitId: [cadre.unitId, change.unitId],
      rank: [cadre.rank, change.rank],
      rankSince: [cadre.rankSince.toISOString().slice(0, 10), rankSince.toISOString().slice(0, 10)],
      endedPosts: ended.map((p) => p.title),
      addedPost: post?.title ?? null,
    },
  });
  return post?.id ?? null;
}
