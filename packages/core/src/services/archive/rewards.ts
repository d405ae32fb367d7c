import { z } from 'zod';
import { RewardKind } from '@cadre/db';
import type { CadreReward } from '@cadre/db/client';
import type { Label } from '../../contract/plugin.ts';
import { checkRecordDates } from '../../domain/archive-rules.ts';
import { todayInChina } from '../../domain/dates.ts';
import { parseInput } from '../../errors/zod-issues.ts';
import type { WriteScope } from '../workflow.ts';
import { ARCHIVE_EVENTS } from './events.ts';
import {
  archiveIssues,
  cadreOf,
  changesOf,
  existing,
  notRevoked,
  optionalText,
  refuse,
  revisionReason,
  text,
} from './records.ts';
import { keepRevision } from './revisions.ts';

// A14 奖励: rewards as the archive records them. Corrected with a reason, revoked rather than
// deleted; each change keeps the former version.

const REWARD: Label = { zh: '奖励', en: 'Reward' };

const rewardInput = z.object({
  kind: z.enum(RewardKind),
  title: text({ zh: '奖励名称', en: 'Title' }, 60, 2),
  decisionDate: z.date(),
  issuingBody: text({ zh: '批准机关', en: 'Issuing body' }, 60, 2),
  documentNumber: optionalText({ zh: '文号', en: 'Document number' }, 60),
  reason: optionalText({ zh: '奖励原因', en: 'Reason' }, 200),
});

export type RewardInput = z.input<typeof rewardInput>;

/** A valid reward of a cadre born on `birthDate`. */
function checkedReward(raw: unknown, birthDate: Date) {
  const input = parseInput(rewardInput, raw);
  refuse(
    archiveIssues(
      checkRecordDates({ decisionDate: input.decisionDate }, todayInChina(), birthDate),
    ),
  );
  return input;
}

/** A reward of the district not revoked, with its cadre's birth date. */
async function liveReward({ tx, actor }: WriteScope, id: string) {
  const { cadre, ...row } = notRevoked(
    await existing(id, REWARD, (id) =>
      tx.cadreReward.findFirst({
        where: { id, districtId: actor.districtId },
        include: { cadre: { select: { birthDate: true } } },
      }),
    ),
    REWARD,
  );
  return { row, birthDate: cadre.birthDate };
}

export async function addReward(
  scope: WriteScope,
  cadreId: string,
  raw: RewardInput,
): Promise<CadreReward> {
  const cadre = await cadreOf(scope, cadreId);
  const input = checkedReward(raw, cadre.birthDate);
  const reward = await scope.tx.cadreReward.create({
    data: { ...input, cadreId: cadre.id, districtId: scope.actor.districtId },
  });
  await scope.audit({
    operation: 'cadre.reward.add',
    targetType: 'Cadre',
    targetId: cadre.id,
    changes: { rewardId: reward.id, ...changesOf({}, input) },
  });
  await scope.emit(ARCHIVE_EVENTS.rewardRecorded, { cadreId: cadre.id, rewardId: reward.id });
  return reward;
}

export async function correctReward(
  scope: WriteScope,
  id: string,
  raw: RewardInput,
  reasonRaw: string,
): Promise<CadreReward> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const { row, birthDate } = await liveReward(scope, id);
  const input = checkedReward(raw, birthDate);
  await keepRevision(scope, 'CadreReward', row, 'CORRECT', reason);
  const reward = await scope.tx.cadreReward.update({ where: { id: row.id }, data: input });
  await scope.audit({
    operation: 'cadre.reward.correct',
    targetType: 'Cadre',
    targetId: row.cadreId,
    changes: { rewardId: row.id, reason, ...changesOf(row, input) },
  });
  await scope.emit(ARCHIVE_EVENTS.rewardCorrected, { cadreId: row.cadreId, rewardId: row.id });
  return reward;
}

export async function revokeReward(
  scope: WriteScope,
  id: string,
  reasonRaw: string,
): Promise<CadreReward> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const { row } = await liveReward(scope, id);
  await keepRevision(scope, 'CadreReward', row, 'REVOKE', reason);
  const reward = await scope.tx.cadreReward.update({
    where: { id: row.id },
    data: { revokedAt: new Date(), revokeReason: reason },
  });
  await scope.audit({
    operation: 'cadre.reward.revoke',
    targetType: 'Cadre',
    targetId: row.cadreId,
    changes: { rewardId: row.id, revokeReason: [null, reason] },
  });
  await scope.emit(ARCHIVE_EVENTS.rewardRevoked, { cadreId: row.cadreId, rewardId: row.id });
  return reward;
}
